/// Assessment rules: symptoms, measures, diagnosis, psychoeducation, the sick role, medication, the
/// timeline, the interpersonal inventory, prior episodes, problem area, formulation and contract.
/// Weights: 0.8–0.88 specific techniques, 0.6–0.75 broader cues.
extension TechniqueRules {
    static let assessment: [RuleIndex.Entry] = [
        ("symptom-review", 0.82, "q", ["~sleep", "~appetite", "~energy", "~concentration"]),
        ("symptom-review", 0.6, "s", ["~sleep", "~appetite", "~energy", "~concentration"]),
        ("symptom-review", 0.82, "", [
            "(moving|talking|speaking|moved|talked) *3 (slowly|more slowly|slower)",
            "(slowed down|restless|fidgety)",
            "(interest|interested|enjoy|enjoying|enjoyed|enjoyment|pleasure) *4 (things|anything|activities|used to|lost|losing|hobbies)",
            "(mood|spirits) *4 (like|been|lately|days|during the day|in the morning|most days)",
            // Tears as a symptom need a frequency ("crying a lot", "tearful most days"); "those tears are welcome here" validates.
            "(crying|tearful|tears) *3 (lot|more|often|days|much|lately|recently|every day|all the time)",
            "(slowed down|restless|fidgety|agitated|sluggish)",
            "(worthless|worthlessness|guilty all)",
            "(sex drive|libido)",
            // Asking about the body in a symptom review: "how have you been physically", "physical health problems".
            "(feeling|felt|feel|been|doing|keeping|health) *2 (physically|physically well|in yourself physically)",
            "(physical|bodily) (health|symptoms|symptom|problems|problem|complaints|changes|side of things|aches|pains|illness|illnesses)",
            "(anything|something|any) else physical*",
            "(blood test|blood tests|thyroid|check up|checkup|medical history|medical problems|health problems)",
            "(other|any|what|which|more) *2 (symptom|symptoms) !part !not",
            "(anything|something) else *3 (noticed|notice) *2 (change|changes|changed|different)",
            "how (low|down|bad|dark|depressed) (does|do|did|has|have|can) (it|things|your mood|you|the mood) *2 (get|gotten|got|go|feel|been)",
            "(enjoy|enjoying|interest|interested|hobbies|pleasure) *5 (still|anymore|any more|these days|as much|as you used to|like you used to|like before)",
            "(still|anymore|any more) *4 (enjoy|enjoying|interested|pleasure)",
            // Worthlessness and excessive guilt asked as symptoms, not about a person or an event.
            "(guilty|worthless|useless|down on yourself|hard on yourself|a failure|no good) *4 (a lot|lately|recently|most days|all the time|these days|more than usual|much of the time|most of the time) !about !for !towards",
            // Diurnal variation.
            "(worse|better|lowest|worst|best) *3 (in the morning|in the mornings|in the evening|in the evenings|at a particular time of day|time of day|times of day)",
            "(thinking|thoughts|moving|speech|talking) *3 (slower|slowed|sluggish|foggy)",
        ]),
        ("symptom-review", 0.9, "q", [
            // A direct question about a symptom domain: "how's your concentration?", "any changes in your appetite?"
            "how (is|has|was|are|have) [your|the] *2 (~sleep|~appetite|~energy|~concentration)",
            "(any|are there|have there been|noticed) *2 (changes|change|problems|trouble|difficulty|difficulties) *3 (with|in|to) *2 (~sleep|~appetite|~energy|~concentration)",
        ]),
        ("symptom-review", 0.85, "", [
            "(ask|asked|go through|run through|check) *5 (questions|things) *4 (about|on) *4 (body|sleep|appetite|energy|symptoms|physical|health|mood|how you have been)",
            "(go through|run through|ask you about|check in on|check on|look at|go over) *4 (symptoms|your sleep|sleep|appetite|energy|concentration)",
            "(still|anymore|any more) *4 ~interest",
        ]),
        ("symptom-review", 0.85, "", [
            // A symptom domain raised as a topic in a fragment: "And your appetite, Daniel.", "What about sleep?"
            "^(and|so|now|what about|how about|and what about|and how about) [your] (appetite|sleep|sleeping|energy|energy levels|concentration|eating|weight|libido|sex drive|mood) *1 $",
        ]),
        ("symptom-review", 0.88, "q", [
            // Worthlessness asked without a frequency: "have you been feeling bad about yourself?"
            "(feel|feeling|felt) (bad|badly|down|negative|rubbish|awful|terrible|worthless|useless) about yourself",
            "(hard|difficult|harder|trouble|struggle|struggling) *3 (make|making) (decisions|up your mind|choices)",
            "(lost|losing|lose) (interest|pleasure|enjoyment) in (things|activities|anything|the things|stuff|hobbies|everything)",
            "(indecisive|indecision)",
            "(crying|tearful|tears) !welcome !fine !okay !allowed !understandable !natural !normal",
        ]),
        ("symptom-review", 0.7, "q", [
            "(hopeless|hopelessness|helpless)",
            "(most|how many) [of the]days",
            "(feeling|felt|feel) (down|low|depressed|sad) *4 (most|every|all) (day|days|the time)",
        ]),
        ("symptom-review", 0.86, "q", [
            // The mood screen ("have you been feeling down or depressed?") and the general health question.
            "(have|has) you been (feeling|felt) (down|low|depressed|sad|hopeless|flat|blue) !about !when !after !because !since !with",
            "(how much|how many hours|what part|most) of the day",
            "how (have|are) you been (generally|in general|overall|physically|in yourself|health wise)",
        ]),
        ("measure", 0.86, "", [
            "(rate|rating|score) *6 (0|zero|1|one) to (10|ten|100)",
            "(nine|9|some|a few|several|these) questions *6 (last two weeks|past two weeks|bothered|how often)",
            "how often *4 bothered (by|you)",
            "(out of|from 0 to|from zero to|from 1 to|from one to) (10|ten|100) !minutes",
        ]),
        ("measure", 0.88, "", [
            "(phq*|questionnaire|questionnaires|score|scores|scored|scoring|scale|hamilton|beck|bdi|rating scale|checklist|points)",
            "(ticked|marked|circled|rated|put down|answered|chose) *4 (every day|nearly every day|most days|several days|not at all|more than half)",
            "(moderate|moderately|mild|mildly|severe|severely) *2 (range|depression|depressed)",
            "(fill|filling|complete|completing|filled|completed) *3 (form|forms|questionnaire|questionaire|measure|survey)",
            "(questionaire|questionaires)",
            // The questionnaire referred to without its name: "the same nine questions as the first week", "fill this in again".
            "(same|usual) *2 (questions|form|sheet|questionnaire|checklist)",
            "(nine|9) (questions|items)",
            "(short|brief|quick|weekly) (form|questionnaire|checklist|scale|measure|rating)",
            "(fill|filling|filled|fills) (this|these|it|them|that|those) (in|out) !diary !log !chart !calendar !application !thanks !thank",
        ]),
        ("diagnosis", 0.88, "", [
            "(fits|meets|matches|consistent with|criteria|diagnos*|you have|you are suffering from|you are experiencing|is called|name for this|name for it|what you have is|this is|sounds like) *5 [major](depress*|depressive)",
            "(clinical|major|clinically) (depress*)",
            "(this|it) (might be|could be|may be|sounds like|looks like) *2 [a] depression",
            "(fit|match|meet) *3 [a|major|clinical] (depression|depressive)",
            "(it is|that is) (a|an|major|clinical) *2 (depression|depressive)",
            "depressive (episode|illness|disorder)",
        ]),
        ("diagnosis", 0.92, "", [
            // Naming: "what you're going through has a name: depression", "these symptoms add up to a depression".
            "(these|those|this|what you have|what you are|all of this|all this) *5 (are|is|sound like|sounds like|fit|fits|add up to|adds up to) *4 (symptoms|signs|picture) of *2 [a|major|clinical] depress*",
            "(has a name|a name for|the name for|the name we give|is called|it is called|we call|add up to|adds up to|point to|points to|amount to|amounts to) *7 [a|major|clinical] depress*",
            "(medical|recognized|recognizable|real) (illness|condition|diagnosis)",
            "(what|this) (we are|i am) (seeing|looking at|dealing with) (is|here is|sounds like|looks like) *3 depress*",
            "(picture|pattern|profile|textbook picture|classic picture) of (depression|a depression|a depressive illness|major depression|clinical depression)",
        ]),
        ("psychoeducation", 0.85, "", [
            "(depression|it|this|the illness) is (a|an|very) *3 (illness|condition|common|treatable|medical)",
            "(common|treatable|medical) *3 (illness|condition|problem|disorder)",
            "(depression|illness|being depressed|feeling (this way|like this)) *5 (not|is not|isn't) *2 [your](fault|weakness|failing|character|choice)",
            "(not|is not) *2 [a][sign of](weakness|character flaw|personal failing|laziness)",
            "(hopeless|hopelessness|guilt|tiredness|low energy|poor sleep|pessimism|feeling worthless|negative thoughts) *8 (symptom|symptoms|part of [the](depression|illness))",
            "(symptom|symptoms) *2 of [the](depression|illness)",
            "part of the (illness|depression)",
            "(many|lots of|most|one in) *3 (people|adults|women|men) *9 (depression|depressed|recover|get better|experience)",
            "(many|lots of|most|a lot of|plenty of) (people|parents|mothers|fathers|carers) *10 (sleep|concentrat*|memory|energy|appetite|withdraw|pull back|isolat*|symptom*|recover|get better|depress*)",
            "(depression|the illness) *4 (makes|tells|affects|can make|distorts|lies|colors|drains|saps)",
            "(people|you|most people) *3 (recover|get better|improve) *4 (treatment|therapy|help|weeks)",
            "(ipt|interpersonal (psychotherapy|therapy)) *4 (is|works|helps|focuses|looks|look|we)",
            "(depression|the illness|being depressed|low mood) (tends to|can|often|will|usually|makes|may) *4 (make|makes|people|withdraw|pull|isolate|tired|sleep|worse|hopeless)",
            "(depression|it|this) *4 (gets|get|does get|really does get|will get) better with (treatment|time|therapy|help)",
            "(grief|depression|mourning|bereavement) (is|is not|comes|often|can|tends) *4 (line|waves|common|normal|illness|takes|time)",
            "(grief|depression|mourning|bereavement) *3 (come|comes|coming) in waves",
            // A thought or feeling attributed to the illness: "that's the depression talking", "it's the illness, not you".
        ]),
        ("psychoeducation", 0.93, "", [
            "(is|are) [actually|just|really|simply] [one of] (the|your) (depression|illness|symptom|symptoms|symptom of depression) (talking|speaking|doing the talking|at work)",
            "(is|are|that is|it is|this is) (the|your) (depression|illness) *3 (not you|not a fact|not the truth|not reality|not who you are|rather than)",
            "(we know|research shows|studies show|what we know|one thing we know) *3 (depression|the illness|grief|low mood|being depressed)",
            // Symptoms that resolve as the illness lifts.
            "(as|when|once) (the|your) (mood|depression) (lifts|improves|gets better|eases|clears|recovers)",
            "depress* *5 (very|super|really|extremely|incredibly|so) (common|treatable)",
            // "When you're depressed, it's hard to see that things can change."
            "(when|if|while) (you are|someone is|people are|you have been|you feel|we are|you get) (depressed|low|grieving|this low|depression) *8 (hard|difficult|harder|normal|common|tend|tends|can|usually|often|natural|makes sense)",
            "(grief|mourning|depression|bereavement|recovery) (does not|do not|does|has|follows|is not|rarely|never) *4 (timetable|timeline|schedule|straight line|linear|set pattern|in stages|rules|neat)",
            "(this|the|our|interpersonal) (therapy|treatment|approach) *3 (focuses|focus|looks|works|helps|is about|concentrates|was developed|has been shown)",
        ]),
        ("psychoeducation", 0.86, "", [
            "(common|normal|typical|usual|expected) *3 (when|for|in|among|with) *3 (depress*|depression)",
            "(nobody|no one|noone) (chooses|choose|chose|asks for) *2 (depression|to be depressed|this|illness|to get depressed)",
            "(part of|a symptom of|a sign of|common in|typical of|what happens in) (the|a) (depression|illness)",
            "(not|are not|is not) *2 (lazy|laziness|weak|crazy|going crazy|going mad|losing your mind)",
            "(brain|mind) *3 (playing tricks|plays tricks|working against|lying to you)",
        ]),
        ("psychoeducation", 0.9, "s", [
            // How the illness shows itself: "one of the ways depression shows itself", "in men it often comes out as anger".
            "(way|ways|how|where) *3 (depression|the illness|grief|low mood|the depression) *2 (shows|show|shows up|show up|presents|comes out|come out|shows itself|expresses itself|turns up)",
            "(depression|the illness|the depression) *3 (shows itself|shows up|show up|comes out|come out|presents|expresses itself) (as|in|through|like)",
            // "That's a symptom", "the exhaustion is a symptom, not laziness".
            "(is|are) [just|really|actually|simply|also|often] (a|one|another|classic|typical|common|a classic|a common|one of the|part of the) (symptom|symptoms)",
        ]),
        ("psychoeducation", 0.93, "", [
            // The symptom belongs to the illness: "part of depression", "depression is common and treatable".
            "(part of|a symptom of|a sign of|typical of|common in) (depression|being depressed|low mood|depressive illness)",
            "depress* *3 (is|are) *2 (common|treatable|very common|a common illness) !major !clinical",
            // What the illness does to people: "depression tends to make people pull away".
            "(depression|the illness|being depressed|low mood) (tends to|can|often|will|usually|may|does) *2 (make|makes|leave|leaves|lead|leads|cause|causes) (people|someone|us|many people|most people|anyone)",
            "(grief|depression|mourning|sadness) and (grief|depression|mourning|sadness) *4 (alike|similar|the same|different|overlap|look like|feel like)",
        ]),
        ("psychoeducation", 0.9, "s", [
            // "It's natural to feel tired all the time when you're depressed"; "with depression, the things you enjoy can feel flat".
            "(common|normal|natural|usual|typical|understandable) *6 (when|if|while) (you are|someone is|people are|you have|we are|you feel) (depressed|depression|grieving|this low|so low)",
            "^(with|in) (depression|the depression|an illness like this|this illness|a depression)",
            "(not|is not) *2 (a sign|a sign that|proof|evidence) *2 (you are|that you are) (weak|lazy|failing|a failure|broken|crazy|mad|a bad)",
            // How recovery goes: "it can take a few weeks before people feel the difference".
            "(take|takes) *3 (weeks|time|while|months) *5 (feel|notice|see|start to feel|start feeling) (the|a|any) (difference|benefit|improvement|change|effect)",
        ]),
        ("psychoeducation", 0.92, "", ["(research|studies|evidence|good evidence) *4 (shows|show|suggests|suggest)", "(research|studies|good evidence) *2 that"]),
        ("psychoeducation", 0.93, "", [
            // Education about alcohol and mood is not a screening question.
            "(alcohol|drinking|drink|booze) (is|can|makes|may|will|often) *4 (depressant|depression|mood|worse|sleep|low)",
            "how *3 (grief|depression|mourning|bereavement|stuck grief|complicated grief) (works|work|goes|affects people|tends to go)",
            "(depression|illness|it|this) *3 (we can treat|can be treated|is treatable|responds to treatment)",
        ]),
        ("sick-role", 0.93, "", ["(pneumonia|flu|broken leg|broken arm|diabetes|physical illness)"]),
        ("sick-role", 0.88, "", [
            "(ok|okay|fine|alright|allowed|permission|reasonable|all right) *2 to *3 (do less|rest|take it easy|cut back|say no|not do|lower|let some things go|take time)",
            "(do|doing) less *3 [for now|while|at the moment|for a while]",
            "sick role",
            "(like|as) *3 (a|the|with|from) (flu|pneumonia|broken leg|physical illness|any illness|diabetes|heart condition|malaria|surgery|an operation|infection|a bad back)",
            "(breaks|broke|broken|break) (their|his|her|a|your) (leg|arm|ankle)",
            "(ok|okay|fine|alright|all right|acceptable|allowed) (not to|to not|if you are not|if you do not|if you can not|for you not to) *4 (host|cook|cooking|work|working|clean|cleaning|do|doing|go|going|attend|be|manage|keep up|visit|run)",
            "(lighter duties|light duties|medical leave|reduced hours|rest from some duties|rest from your duties|a break from work|a break from your duties)",
            "(put down|set down|let go of|hand over) *3 (for a while|for now|for the time being|while you recover|temporarily)",
            "(cut|cutting|scale|scaling) (back|down) *3 [on|for now|while]",
            "(time off|sick leave|sick note|fit note|doctor note|medical certificate|signed off|off sick|lighten the load|take some pressure off|expect less of yourself|go easy on yourself|be kind to yourself)",
            "(focus|focusing|concentrate|concentrating) on (getting well|getting better|recovering|your recovery|recovery|getting your health back)",
            "while you (recover|are recovering|get better|are ill|are unwell)",
            "(job|work|task|responsibility) *3 (is|will be) to (get better|recover|work on)",
        ]),
        ("sick-role", 0.91, "", [
            // Doing less because unwell: "you're unwell at the moment, so it makes sense to do a bit less and give yourself room to get better".
            "(do|doing) (a bit|a little|a lot|rather|much) less",
            "(room|time|space|permission) to (get better|recover|heal|get well)",
            "part of being (ill|unwell|sick|depressed)",
            "(temporarily|temporary) (stepping back|step back|stepping down|stepping away|taking a step back)",
            "(ok|okay|alright|fine|all right) to (tell|let) *4 (you are|that you are) (unwell|ill|sick|depressed|not well)",
            "(you are|you are still) (recovering|getting over) [from] (an|a) (illness|depression)",
            "(temporarily|temporary) (ill|sick|unwell|illness|out of action)",
            "(tell|telling|let|letting|explain to|explaining to) *4 (you are|you have been|you have|that you are|that you have) (ill|unwell|sick|depressed|not well|an illness|a depression|recovering) *8 (can not|will not|need to|cannot|less|off|break|pause|help|not able)",
            "(think of|see|treat|consider) yourself as *2 (ill|sick|unwell|recovering|someone recovering|a patient)",
            "(job|task|priority|work) *3 (is|will be) *2 (recovery|recovering|getting better|getting well|your recovery|get well|get better|recover)",
            "(weeks|days|a week|a few days|a while|a bit of time|some time|a month) off (work|from work|sick|while|until|to recover|to get better)",
            "(taking|take|have|having|took) *3 (weeks|days|a week|a month|a while) off",
            "(easing off|ease off|slowing down|taking it easy|resting|rest|doing less|cutting back) *3 (is|are) *2 part of (getting better|recovery|recovering|the treatment|getting well)",
            "(do not|no need to) (have|need) to (do everything|do it all|be everything|be perfect|keep up|do as much|manage everything) *3 [right now|for now|at the moment|while]",
        ]),
        ("medication", 0.9, "", [
            "~medication",
            "(doctor|gp|psychiatrist|physician) *6 (prescrib*|medication|tablets|pills|antidepress*|dose|medicine)",
            "(side effects|side effect|side efects|side affects|dose|dosage)",
            "(taking|take|on|prescribed|given) (anything|something) (for|to help with) (the|your) (depression|mood|sleep|nerves|anxiety|low mood)",
            // Adherence: "are you taking them every day or missing a few?"
            "(taking|take|took) (them|it|these|those|your dose) *3 (every day|each day|regularly|daily|as prescribed|consistently|on and off|every morning|every night)",
            "(missed|missing|skipped|skipping|forget|forgotten|forgetting|stopped taking) *3 (a dose|doses|a few|any|some|tablets|pills|them|it) !session !sessions !appointment",
        ]),
        ("timeline", 0.87, "", [
            "when *4 (did|does|had) *4 (start|started|begin|began|come on|came on|kick in|first notice|first noticed)",
            "when *3 (this|it|the depression|these feelings|things) (start|started|began|begin)",
            "(what|anything) *5 (going on|happening|happened|changing|changed|was happening) *8 (started|began|begin|start|when this|around (that|the) time|at (that|the) time)",
            "(around|about) the [same]time *6 (started|began|low|down|feel|mood|depress*)",
            "(before|after) *3 (things|this|it|the depression|the low mood|your mood) *3 (started|began|got bad|got worse|went down)",
            "(how long|since when) *5 (feeling|felt|been) *3 (this way|like this|down|low|depressed|this bad)",
            "(coincide|coincided|line up|lines up|timing|timeline)",
            "(first|start to) (notice|noticed) *4 (change|changes|low|down|mood|feeling)",
            "(this|it|the depression|feeling low|the low mood|your mood|the sadness|the sleep problem|the problems|the tiredness) (started|began|came|came on|set in) *4 (when|after|around|since|before)",
            "(came|started|began|came on|set in) *2 (just|right|soon|shortly|not long) (after|before|when)",
            "(months|weeks|time|year) (before|leading up to) (the depression|this|it started|things got bad|you became|the low mood)",
            "when did you last feel (okay|ok|well|good|yourself|like yourself|normal|alright|happy)",
            "(started|began) *4 (around|about|at) the same time",
            "when *5 [first] (start|started|began|begin) (to feel|feeling)",
            "when (this|it|things|the depression|all this|the low mood|your mood) [first] (began|started|start|begin|got bad|got worse|went downhill|went down|got harder|took a turn)",
            "(was that|was this|did that|did this|is that) *2 (around|about|after|before|at the same time as) (when|the time)",
            "(okay|ok|fine|alright|all right|well|good) (until|till|up until|up to) *4 (the|your|he|she|they|~change|you)",
            "(were|was) (things|life|you|everything|your mood) *2 (okay|ok|fine|alright|all right|good|better|different) before",
            "(what|anything) *5 (going on|happening|happened) *6 at (that|this) (point|stage)",
        ]),
        ("timeline", 0.93, "", [
            "(year|years|months|weeks|time|period|spell) (before|leading up to) *3 (you got|you became|you started|it started|this started|the depression|you felt|things got|you were) *2 (depressed|low|down|ill|unwell|bad|started|began)",
            "(before or after|after or before) *10 (mood|low|depress*|down|started|began|noticed|notice)",
            "(what|anything) *5 (going on|happening|happened) *4 when (the|your) (sleep|mood|appetite|energy|low mood|depression|tiredness) *2 (went|changed|started|began|got bad|got worse|dropped|slipped|stopped)",
            "(what|anything) *5 (going on|happening|happened) *3 when you first (felt|noticed|started|began|realised|realized|got)",
        ]),
        ("timeline", 0.88, "", [
            // The order of onset: "so the sleep went first, and then the mood, just after the wedding?"
            "(went|came|started|began|changed|slipped|dropped|fell|suffered) first",
        ]),
        ("timeline", 0.92, "", [
            "(last|when) *3 (felt|were|feeling) like (yourself|your (old|usual|normal) self)",
            "when did you [first] (notice|start|begin|realise|realize|become aware) *4 (feeling|to feel|the low mood|being low|this|the depression|low|down|it|mood)",
            "(low|mood|depress*|feeling|feel|felt|started|start|began|begin|this) *10 (before or after|after or before) *4 (died|death|passed|move|moved|retired|split|baby|argument|diagnosis|promotion|left)",
            // Onset placed a little after an event: "things went downhill not long after you moved".
            "(began|started|set in|came on|kicked in|dropped|went down|got worse|went downhill) *8 (around|about|at|right around) the [same] time (of|as|when|that|your|you|he|she|they)",
            "(downhill|started|began|set in|came on|kicked in|took a turn|went down|got worse) *2 (not long|shortly|soon|a few (weeks|months)|a couple of (weeks|months)|a month|a year|months|weeks|right) after",
        ]),
        ("inventory", 0.85, "", [
            "(who|people) *4 (important|matter|matters|close|closest|count on|rely on|turn to|in your life|around you|support you|confide)",
            "(important|close|key) (people|relationships|person)",
            "(how often|how much) *3 (see|seeing|speak|speaking|talk|talking|contact|hear from|visit|visiting|call|calling)",
            "(good|bad|hard|difficult|best|worst|not so good) *3 (in|about) (that|the|your|this) (relationship|marriage|friendship)",
            "(change|different) *4 (about|in) (how|the way) *4 (treats|treat|talks|speak|speaks|get on|gets on|you two|you and)",
            "(you two|you both|the two of you) *2 (get on|get along|getting on|getting along)",
            "(does|do|did) (your ~relation|he|she|they|~person) *2 (support|help|back) you",
            "(inner circle|circle of (people|friends|support)|map out your relationships|your relationships one by one|closest circle|people around you one by one)",
            "(what|anything) *4 (like|wish|want|change) *5 (change|different|changed) *5 (relationship|marriage|friendship|between you|with (him|her|them|your ~relation))",
            "(change|different) *6 (relationship|marriage|between you|how you (and|two)|you two|get on|get along|with (him|her|them|~person|your ~relation)|about (him|her|them|~person|your ~relation))",
            "(who|whom) *3 (talk to|see|spend time with|spend most of your time with|spend your time with|spend much time with|confide in|lean on|go to)",
            "who (have|has|had|do|did) you (been able to|felt able to|managed to|felt you could) (talk to|lean on|confide in|turn to|rely on|open up to)",
            "^who *6 (count on|rely on|depend on|lean on|trust)",
            "you and (your ~relation|~relation|~person|him|her|them|your (mum|dad|mother|father|parents|family|friends|flatmate|flatmates|housemates|colleagues)) *2 (get on|get along|getting on|getting along)",
            "what is it like between you and",
            "(in touch|in contact|keep in touch|stay in touch) with *3 (your|him|her|them|~person|people|friends|family|anyone)",
            "(get|gets|got|gain) (from|out of) (your|the|that|this) (relationship|friendship|marriage)",
            "(missing|lacking) *3 (relationship|marriage|friendship|between you)",
            "(tell|talk) *3 about (the people|your (family|friends|relationships|marriage|parents|children))",
            "(relationship|relationships) (with|between) *3 (your|him|her|them|~person)",
            "(get on|get along|getting on|getting along) with",
            "(good|bad|best|worst|difficult) (things|parts|side) *3 (about|of) *3 (relationship|him|her|them)",
            "who (is|are) in your (life|family|circle)",
            "who *3 (matters|matter) *2 (most|to you)",
            "(closest|close) to *2 (in your life|these days|at the moment|now)",
            "who *4 (closest|close) to",
            "(how|what) *2 things *3 with (your|him|her|them|~person)",
            "(good|hard|harder|difficult|best|worst) about your (relationship|friendship|marriage)",
            "(anyone|someone|somebody) *3 (confide|talk to|turn to|rely on|count on|lean on)",
            "(friends|people|family) *3 (see|talk to|speak to) *2 (regularly|often|much|a lot)",
            "(friends|people|anyone|family|someone) *3 (you are|you feel) close to",
            "(feel|think) [that] you (can|could) (talk to|confide in|rely on|lean on|turn to|count on|open up to) (your|him|her|them|~person|~relation)",
            "(anyone|anybody|someone|somebody|who) else *4 (close|important|matters|matter|in your life|around for you|around you|you (see|rely|count|lean|turn|confide|trust))",
            "(anyone|anybody|someone|somebody) else (we|i) (should|ought to|need to|might) (talk|know|hear|think) about",
            "who *2 (is|are) around (for you|you) *3 [at the moment|these days|now|right now]",
        ]),
        ("inventory", 0.88, "", [
            // What a relationship gives and lacks: "what do you get from Zed, and what's missing?"
            "what (do|did|does) you get (from|out of) (him|her|them|~person|your ~relation|~relation|the friendship|the relationship|your friendship|your relationship|your marriage|being with|seeing|time with)",
            "what (do|did|does) you get (from|out of) *3 [and|but] what (is|is missing|are you missing|do you miss|is lacking|do you not get|you do not get)",
            "(give|gives|gave) you *4 (and|but) what (is missing|is lacking|do you not get|does not (he|she|it))",
            "what (does|do|did) (he|she|they|~person|your ~relation|~relation|your friends|your family) give you",
            // Going through the people one by one: "let's go round the circle", "take each relationship in turn".
            "(go|going|work|walk|move|come) (round|around|through) *2 (the circle|your circle|the people|each person|the important people|your relationships|the relationships|people in your life|the people in your life) !years",
            "each (person|relationship|of these people|of those people|of your relationships) *2 (in turn|one by one|one at a time)",
            // Supports and withdrawal: "who has been supportive since she died?", "anyone you've pulled away from?", "who else have you been in touch with?"
            "(anyone|anybody|someone|somebody|people|who) *3 ((pulled|drawn|withdrawn|drifted|backed|stepped|moved) away from|(withdrawn|withdrew|pulled back|backed off) from)",
            "(anyone|anybody|someone|somebody|people|friends|who) *3 (stopped seeing|lost touch with|lost contact with|fallen out of touch with|drifted apart from) !back !again !reconnect !reconnecting",
            "who else *4 (in touch|in contact|been seeing|seen|talked to|spoken to|see|talk to|speak to)",
        ]),
        ("inventory", 0.88, "q", [
            "(anyone|someone|somebody|anybody) (you|you can|you could|you feel you can) *2 (be yourself with|trust|open up to|relax with|be honest with|be real with)",
            "how (are|have) things [been] (between you and|with) (your ~relation|~person|him|her|them|your (mum|dad|mother|father|sister|brother|wife|husband|partner|son|daughter|friends|family|parents|boss))",
            // Closeness now: "how close are you to your brother these days?"
            "how close (are|is|do you feel) (you|the two of you|you two) *2 (to|with)",
        ]),
        ("inventory", 0.92, "", [
            // Who has supported the patient (above a death word that only dates it: "since your husband died").
            "who (has|have|had) (been|stood) (supportive|there for you|a support|helpful|a help|good to you|by you|around for you|kind to you) !years !childhood !growing !younger",
        ]),
        ("inventory", 0.78, "q", [
            // The second half of "what do you get from Zed, and what's missing?", split off as its own question.
            "^[and|but|so] what (is|feels) (missing|lacking) [from it|from that|in it|there|for you] $",
        ]),
        ("prior-episodes", 0.95, "", [
            "when you (were|was|had been|last felt) (depressed|low|unwell|ill|down|like this) *10 (what|who) *3 (helped|help|got you through)",
            "^when you (were|was|had been|last felt|last were) (depressed|low|unwell|ill|down|like this)",
            "(run|runs|running|ran) in (the|your) family",
            "(had|have had|experienced|suffered|been through|gone through) *2 (depression|an episode|episodes|a depression|a depressive episode) (before|in the past|previously)",
        ]),
        ("prior-episodes", 0.94, "", [
            "(anyone|someone|anybody|somebody) in (your|the) family *6 (depress*|like this|mental health|nerves|something like this|been through|history)",
            "family history",
            // "Is this the first time you've been depressed?" asks about earlier episodes, not a diagnosis.
            "(is this|was this|was that|is it) the first (time|episode|bout)",
            "the first time *4 (depress*|felt|feel|like this|this low|this down|this bad|this happened|you have been)",
        ]),
        ("prior-episodes", 0.87, "q", ["(ever|before) *5 (depress*|episode|like this|this low|this bad|a low patch|a dark patch) !made !makes !make"]),
        ("prior-episodes", 0.93, "", [
            "(anything|something) similar *4 (happen|happened|before|after|when|in the past)",
            "(a time|times|a period|a spell|periods|spells) *6 (when|where) *3 (things were|you were|you felt|it was|it got) *2 (this bad|this low|like this|as bad|this hard|so low|as low)",
            "(other|earlier|previous|past) (times|periods|spells) *6 (felt like this|felt this way|felt this low|been this low|been depressed|felt so low|like this)",
            // An earlier episode placed in the past ("a bad patch at uni"), and recovery from it.
            "(what|who) (helped|got|pulled) you *2 (come out of|get out of|out of|pull out of|recover from|bounce back from) (that|it|that one|those|them)",
            "(rough|bad|dark|low|difficult|hard|black) (patch|spell|period|stretch|time) *6 (college|university|uni|school|before|in the past|years ago|teens|twenties|back then|when you were)",
            "(other|previous|earlier|past|prior) (episodes|bouts|spells)",
            "(second|third|fourth|another) time *4 (in your life|you have had|like this|this has happened|you have been)",
            "(what|anything|something) *3 (helped|worked|made a difference) *6 (last time|the last time|previous time|previously|that time|back then) *6 (depress*|low|down|like this|unwell|ill)",
            "(last time|the last time|previous time) you (were|felt|got|became) (depressed|low|down|like this|this low|unwell|ill)",
            "(another|other|a previous|an earlier) time *8 (like this|this low|this bad|felt like this|this way)",
            "(last|previous|earlier|first) episode",
            "(come|came|get|got|pull|pulled) out of it *3 (last time|before|that time|then)",
            "how (long|did) *4 (last|lift|lifted|pass|end|ended) *3 (the last time|last time|that time|then)",
        ]),
        ("prior-episodes", 0.87, "", [
            "(felt|been|feel|feeling) *3 (like this|this way|this low|this down|this bad|depressed) *3 (before|in the past|previously|another time|earlier in your life)",
            "(first|previous|earlier|last|other|past) (time|times|episode|episodes|bout|bouts) *4 (depress*|felt|like this|low|down|this happened)",
            "what helped *3 (then|before|last time|that time|in the past|you recover|you get better)",
            "(happened|happen) *2 before",
            "(anything|something) like this *5 (before|in the past|previously|earlier in your life)",
            "(past|previous|earlier) (episode|episodes|depression|treatment)",
            "(times|periods|spells|bouts|episodes|patches|stretches) (of|when you|where you|like this) *3 (depress*|low|down|felt like this|felt this way|this) *6 (before|earlier|in the past|previously|in your life|over the years|growing up)",
            "(earlier|before|previously|at other times) in your life *6 (depress*|low|down|like this|this way)",
            "(depress*|low|down|like this|this way) *6 (earlier|before|previously|at other times) in your life",
            
        ]),
        ("problem-area", 0.75, "", ["grief !dream !dreams", "(isolation|loneliness|transition)"]),
        ("problem-area", 0.82, "", [
            "(sounds|seems|looks) like *8 (at the (center|heart)|the (main|central|core|biggest) (issue|problem|thing)|what (matters|is driving))",
            "(center|heart|core|root) of (this|it|things|your depression|the problem|what)",
            "(dispute|role transition|interpersonal deficits|role dispute|problem area)",
            "(main|key|central|real|bigger|biggest|underlying) (problem|issue|area|focus)",
            "(shall|should|could) we (focus|concentrate|work) on (that|this|it)",
            "(focus|focus for|focus of) *4 (our work|the work|therapy|our sessions|our time) *4 (could|should|would|might|will) be",
            "(focus|work) on *6 (grief|dispute|transition|your loss|the move|the conflict|the disagreement|loneliness|isolation|the change)",
        ]),
        ("problem-area", 0.9, "", [
            "(a lot of|much of|all of|most of|so much of) (this|it|what you are feeling|your depression|how you feel) *2 (is|seems|might be|may be) *2 (tied up with|linked to|connected to|about|to do with|bound up with|comes back to|down to)",
            "(is|are|seems|seem) (central|key|at the root|the root|the core) (to|of) *3 (this|all this|all of this|it|things|what|how you)",
            "(big|main|real|key|central|biggest) (change|issue|thing|problem|loss|one) *3 (is|seems|might be|may be|looks|sounds) *6 (loss|grief|death|conflict|dispute|row|argument*|tension*|change|transition|move|retire*|isolat*|lonel*|connection*|relationship*|losing|divorce|split|baby|job|diagnosis)",
            "(seems|sounds|looks|feels|feel|seem) like the (biggest|main|central|key) (one|thing|issue|piece|area)",
            "(main|biggest|central|key|real) (thing|issue|problem|area|change) (seems to be|seems like|might be|may be|looks like|sounds like|here is|for you is|for us is|to work on|to focus on|for us to)",
            "(say|think|feel|agree) *2 the (main|biggest|central|key|real) (thing|issue|problem|area) is !childhood !dream !dreams",
            "(seems|seem) to be the (big|biggest|main|central|key|real) (change|thing|issue|problem|loss|one)",
            "(thing|area|issue) to (focus on|work on|concentrate on)",
            "(pulling you down|dragging you down|keeping the depression going|keeping your mood down|keeping you down|weighing on you most)",
            "(what we are dealing with|what we are looking at|what is going on|what is happening for you) *3 (is|seems to be|might be|may be|sounds like) *4 (loss|grief|mourning|conflict|dispute|disagreement|transition|change|isolation|loneliness|a role)",
            "(driving|behind|underneath|underlying|feeding|fuelling|fueling) *3 (your|the|this) (depression|low mood|mood)",
            "(thread|theme|through line) *3 (running through|through|behind|underneath) [all] [of] (this|it|what you)",
            // The problem areas reviewed together: "no recent loss or big change or row with anyone".
            "(loss|losses|bereavement|death|deaths|died) *5 (conflict|conflicts|row|rows|dispute|disputes|argument|arguments|fight|fights|falling out|change|changes|transition|transitions)",
            // The area most tied to the onset: "the thing that seems most tied to when you got low is the standoff with Raj".
            "(most|closely|really|strongly|clearly) (tied|linked|connected|bound up|related) (to|with) *4 (low|depress*|down|mood|started|began)",
            "(what|the thing that|the thing) (stands out|strikes me|seems to matter|matters) *3 (is|are) *6 (alone|isolat*|lonel*|loss|grief|conflict|row|dispute|standoff|change|transition|move|retire*|job|connection|friends)",
            "(big|main|real|key|central|biggest) (change|issue|thing|problem|loss) (here|in all this|for you|in this) (is|was|might be|seems|may be)",
        ]),
        ("problem-area", 0.88, "", [
            // The focus proposed as where to start, or what this is about: "that's where we should start", "this is really about being cut off".
            "(that is|this is|it is) where (we|you and i) (should|could|might|need to|ought to) (start|begin|focus|put our attention|concentrate)",
            "(is|be) where (we|you and i) [should|could|might|need to|ought to|will] (focus|start|begin|put our attention|concentrate|work) $",
            "(seems|seem|is|looks|feels|sounds) *2 the most (important|pressing|urgent|useful|helpful) *2 to (work on|focus on|concentrate on|look at|start with)",
            "(this|all this|all of this|your depression|the depression|your low mood) (is|seems|might be|may be) (really|mainly|mostly|largely|at heart|fundamentally|mostly to do|all) about !our !me !session !sessions",
        ]),
        ("problem-area", 0.9, "s", [
            // The main problem named in a statement: "…is the main problem", "the real difficulty is how cut off you've been".
            "(is|seems to be|might be|may be|sounds like) the (main|central|key|real|biggest|underlying|core) (problem|issue|difficulty|thing here) !childhood !dream !dreams",
            "(the|your) (real|main|central|key|biggest|underlying|core) (difficulty|problem|issue|struggle) (is|seems to be|might be|has been) !childhood !dream !dreams",
        ]),
        ("problem-area", 0.93, "", [
            // A choice between areas: "we could focus on the grief, or on the arguments with Sam".
            "(we could|we might|we can|could we|should we|we need to decide whether to) (focus|work|concentrate) on *8 or (on|the|your|whether)",
        ]),
        ("problem-area", 0.92, "", ["(is|are|be|sits|lies) *2 (at the|right at the) (center|centre|heart|core) of (this|it|things|all this|all of this|all that|your depression|what is going on|the problem|how you feel|your low mood)"]),
        ("problem-area", 0.9, "", [
            // Proposing or restating the focus of treatment.
            "(is|be|are) what (we|you and i) (should|could|might|will|need to|ought to) [be] (focus|focusing|work|working|concentrate|concentrating) on",
            "(the|our|a|my) [main] focus (should|could|might|would|will|needs to) be (on|about)",
            "(our|the) (focus|main focus|agreed focus) (is|has been|will be) !~sleep",
            "(maybe|perhaps|i think|i suggest|i wonder if|i would suggest) *2 (we|we could|we should|we might) (focus|work|concentrate) on !next !today !tomorrow",
            "(maybe|perhaps|so) *3 (that is|that should be|that could be|this is|this should be|this could be|it should be|it could be) our (focus|main focus)",
            "would it (make sense|help|be useful) to (focus|work|concentrate) on",
            "(should|shall|could|can) we (focus|work|concentrate) on *6 (argument*|disagreement*|dispute|conflict|grief|loss|death|change|retire*|move|friend*|relationship*|loneliness|isolation|social|skills|transition|role|tension*)",
            "as (we|we have) agreed *4 (we are|we will be|we have been|we will keep) (working|focusing|concentrating) on",
            "(what|which) *4 (we|us) (should|could|might|ought to) (focus on|work on|concentrate on)",
            "(a sense|an idea|some thoughts|a thought|a suggestion) (of|about) what (we|you) (might|could|should) (work on|focus on)",
        ]),
        ("formulation", 0.93, "", [
            "(how i am|how i would|how i have|how i|the way i am|the way i would|the way i|let me|i want to|i would like to|i will) *3 (putting|put|piecing|pulling) (it|this|things|the pieces|everything|it all|all this) [all] together *4 (you tell me|does that|fit|tell me if|see if|what you think|how)",
            "(how i am|how i would|how i have|here is how i) *3 (putting|put|piecing) (it|this|things|the pieces|everything|it all) [all] together",
            "(try|offer|give you|share) *2 (a way|one way|my way) of (understanding|looking at|thinking about|making sense of) (this|it|what|your|things|the depression)",
            "(the way i see it|as i see it|the way i understand it|as i understand it|how i understand it|how i see it|my sense of it|my understanding is|my understanding of)",
            "(i am seeing it|i see it|i understand it|i would put it) like this",
            "(let me tell you|i will tell you|i want to tell you|let me share|let me explain) *2 how i (understand|see|make sense of|think about)",
            "(my sense is|what i am thinking is|what i think is happening is) *3 (this is about|it is about|depress*|that (your|the))",
            // Offering the case understanding: "here's what I think is going on", "this is how I understand what's been happening".
            "(here is|this is|let me tell you|let me say|i will tell you|let me share|let me say back|let me put) (what|how) i (think|see|understand|make of) *3 (going on|happening|it|things|this)",
        ]),
        ("formulation", 0.95, "", [
            // Offered for checking: "I want to share how I'm understanding this and see if it fits."
            "(share|tell you|give you|offer|explain|say|put) *3 (how|what) i (am understanding|am seeing|understand|see|make of|am making of|am thinking) *4 (see if|check|fit|fits|you tell me|tell me if|whether|correct me)",
        ]),
        ("formulation", 0.88, "", [
            "(tell me if|let me know if|correct me if|stop me if) *2 (i am off|this does not fit|that does not fit|it does not fit|i am off track|i am on the wrong track|this sounds wrong)",
        ]),
        ("formulation", 0.9, "q", [
            "(depression|depressed|low mood|your mood|feeling low) *10 (linked|connected|related|tied up|tied together|bound up|tied in) !feel",
        ]),
        ("formulation", 0.87, "", [
            "(depression|low mood|your mood|feeling low|this) *8 (linked|connected|tied|related|because of|started when|began when|triggered|brought on|set off) *12 (work on|focus on|look at|agree|fit|make sense|sound right|shall we|working on)",
            "(linked|connected|tied up|related) (to|with) *12 (does that|would you|shall we|do you agree|fit|make sense)",
            "(how i|the way i|how we|the way we) *4 (understand|make sense of|see) *6 (depression|what is happening|your low mood|this)",
            "(my|our) understanding is",
            "(does|did|would) (that|this) (way of putting it|formulation|understanding|way of seeing it|way of looking at it) *3 (make sense|fit|sound right|ring true)",
            "(share|tell you|give you|offer|explain) *3 (how|what) i (understand|think|see|make of) *4 (going on|happening|depression|this|things)",
            "(depressed|low|depression) *4 (since|ever since|started after|began after) *10 (i think|i suggest|focus|work on|working on|center|heart) *12 (fit|make sense|sound right|what do you think)",
            "(feed|feeds|feeding) (each other|off each other|into each other) *12 (focus|work on|suggest)",
            "(depression|low mood|your mood) *6 (linked|connected|tied up|tied|related|bound up) (with|to)",
            // The depression traced to its source: "the depression has grown out of it", "your low mood stems from the move".
            "(depression|low mood|your mood|the low mood) *3 (grown out of|grew out of|comes from|came from|stems from|stemmed from|flows from|rooted in|arose from|arisen from|grown from|grew from)",
            "(since|after) *6 (died|death|move|retire*|lost|split|baby|divorce|argument|fight) *10 (depress*|low|mood|hard to) *12 (shall we|would you|does that|work on|focus)",
        ]),
        ("contract", 0.93, "", [
            "(twelve|12|sixteen|16|eight|8|ten|10|fourteen|14|weekly) *3 (sessions|meetings) *10 (focus|focusing|work on|working on|look at|looking at)",
            "(let us|can we|shall we|could we) agree to meet (weekly|every week|once a week|each week|fortnightly)",
        ]),
        ("contract", 0.93, "", [
            "(agree|agreed|agreeing) *4 (our focus|the focus|focus is|we will focus|we focus)",
            // Frequency and length agreed together: "we'll meet weekly until the end of March", "once a week for the next three months".
            "(meet|meeting|see each other|sessions|see you|come in) *3 (weekly|every week|once a week|each week|fortnightly|every other week) *3 (until|till|up to|through to|for|over) *3 (the end of|end of|next|christmas|easter|summer|january|february|march|april|may|june|july|august|september|october|november|december|weeks|months|\(count)) !her !him !she !he !they !them !still !do !did",
        ]),
        ("contract", 0.87, "", [
            "(meet|meeting|see each other|sessions|see you) *3 (weekly|every week|once a week|each week|fortnightly) !her !him !she !he !they !them !still !do !did",
            "(agree|agreed|agreement|contract) *6 (meet|sessions|meetings|weekly|weeks|focus|work on|plan|goals)",
            "(twelve|12|sixteen|16|eight|8|ten|10|fourteen|14) *2 [weekly](sessions|weeks|meetings) *8 (focus|work on|on the|and)",
            "(your|my|our) (part|role|job|task) *4 (is|will be) to !better !recover !recovering !well !heal !healing",
            "(meet|meeting|see each other|see you) *3 [for](twelve|12|sixteen|16|eight|8|ten|10|fourteen|14) [weekly](sessions|weeks|times)",
            "(miss|cancel|cancelling|canceling) *3 (session|sessions|appointment) !keep !keeps !always !again !another !twice !seriously !committed",
            "(cancel|reschedule|rearrange) *8 (notice|hours|advance|ahead|let me know|let us know)",
            "(can not make|cannot make|miss|need to miss|unable to make|can not come to|can not attend) *2 (a|the|your|our|this|next) (session|sessions|appointment|meeting|week) *8 (notice|let me know|call|ring|tell me|rearrange|reschedule|text|email)",
            "(cancel|reschedule|rearrange|move|change) *8 (let me know|tell me|call|ring|email|text|give me|notice|advance|ahead)",
            "(same|this) time (each|every|next) week",
            "(fifty|50|forty five|45|sixty|60|an hour) (minutes|minute|hour) *3 (each|every|a|per|long|sessions)",
            // Frequency and length as the practical frame: "one a week", "every Tuesday at ten", "about fifty minutes".
            "(sessions|session|appointments|we meet|we will meet|we could meet|we would meet|meet with me|see each other|see you|come in) *4 (once|twice|one) (a|per|each|every) (week|fortnight) !her !him !she !he !they !them !still !do !did",
            "(meet|meeting|see each other|sessions|come in|see you) *3 (every|each|on) (monday|tuesday|wednesday|thursday|friday|mondays|tuesdays|wednesdays|thursdays|fridays|week|fortnight) !her !him !she !he !they !them !still !do !did",
            "(each|every|per|a) (session|meeting|appointment) *4 (fifty|50|forty five|45|sixty|60) minutes",
            "(sessions|meetings|appointments) (last|are|run|of) *3 (fifty|50|forty five|45|sixty|60|an hour)",
            "(weekly|every week|once a week) for \(count) (weeks|sessions|months)",
            "(our agreement|our contract|the agreement|the contract|our plan for the sessions)",
            "(you come|you will come|come in|coming in) *2 (every|each|on) (monday|tuesday|wednesday|thursday|friday|week)",
            "(mondays|tuesdays|wednesdays|thursdays|fridays) at",
            "how often we *2 meet",
            "(goals|goal) *4 (for|of) *2 (our|these|the) (work|sessions|therapy)",
            "(the|our) plan (we|you and i) (agreed|made|set|drew up) *4 (start|beginning|first session|outset)",
        ]),
        // recog6a: constructions of expert IPT speech the tables above missed.
        ("sick-role", 0.93, "", [
            // Permission to step back while unwell, and the patient's job in recovery.
            "(permission|allowed|okay|ok|fine|all right|alright) to *2 (step back|step away|take a break|let (things|it|the house|some things) *3 (slide|slip|go|be)|be messy|say no|skip|miss|drop|leave) *8 (while|for (a while|now|the next|a few)|until|as you|because you are)",
            "while you are *2 (getting better|getting well|recovering|this unwell|so unwell|this ill|so ill|being treated|in treatment|this low|so low|unwell|ill)",
            "(getting better|getting well|recovering|recovery|your recovery|getting your health back) is your (job|task|main job|priority|work|focus)",
            "(job|task|part|role|priority) *4 (is|will be) *8 (get better|getting better|recover|recovering|get well|getting well|your recovery)",
            "(ok|okay|alright|fine|all right|reasonable) to (tell|let) *4 (you are|that you are) *3 (being treated|having treatment|getting treatment|in treatment|off sick|recovering|unwell|ill|depressed)",
            // Roles resumed as the illness lifts: "you'll take that back up as you recover".
            "(take|pick|taking|picking) *3 back up *3 (as|when|once) you (recover|get better|are better|are well|feel better|are recovering|get well)",
            "(that is|this is|it is) *2 part of (getting better|getting well|recovering|your recovery|recovery)",
            "(the way|as|like) you would *4 (with|after|if you had) (a|an) *2 (infection|flu|broken|operation|illness|chest infection|bad back|injury)",
        ]),
        ("psychoeducation", 0.93, "", [
            // What the patient knows, asked first; the illness as an agent; the group named ("teenagers who are depressed").
            "(what|how much) (do|did) you (know|understand|already know|know already|have heard) about (depression|bipolar|postnatal depression|postpartum depression|your illness|the illness|your diagnosis|grief|the condition|mental illness)",
            "(depression|the depression|the illness|being depressed|bipolar|low mood) (changes|affects|takes away|takes|saps|drains|steals|robs|slows|zaps|wipes out|eats away|shrinks|narrows|colours|colors|distorts)",
            "(that is|it is|this is|is) *2 (the|her|his|your|their) (depression|illness) (rather than|not|and not)",
            "(people|teenagers|teens|young people|men|women|mothers|mums|moms|fathers|dads|children|kids|adolescents|older people|new mums|new mothers|students) (who are depressed|who get depressed|with depression|who have depression|with bipolar|who are grieving) *3 (often|tend|can|may|usually|sometimes|look|seem|feel|get|find)",
            "(grief|depression|mourning|sadness) (usually|often|tends to|normally|generally|will) (soften|softens|ease|eases|lessen|lessens|fade|fades|pass|passes|lift|lifts|get easier|gets easier)",
            "(the idea|the thinking|the rationale|the principle|the reasoning) behind (this|the|our|ipt) *2 (treatment|therapy|approach|work|sessions)",
            "(depression|low mood|mood) (tends to be|is often|is usually|can be) *3 (tied up|linked|connected|bound up|related) (with|to)",
        ]),
        ("psychoeducation", 0.96, "s", [
            // A generic statement about a condition, not a screen: "for people with bipolar disorder, irregular sleep can trigger episodes".
            "(for|in) (people|someone|anyone|those|many people|most people) (with|who have) (bipolar|depression|postnatal depression|a depression|a mood disorder|mood disorders)",
        ]),
        ("diagnosis", 0.93, "", [
            // The name given: "I'd call that a depression on top of the loss", "in this group we call this heaviness 'depression'".
            "(i would call|i would describe|i would say|i would name|i call|i would diagnose|i would see) (that|this|it|what you have|what you are describing) *2 [as] [a|an] *2 (depression|depressive|major depression|clinical depression)",
            "(we|doctors|people|clinicians|we often) (call|name|describe) *14 depression",
            "depress* *6 (what you have|what you have got|what you are suffering from|what you are going through)",
        ]),
        ("medication", 0.93, "", [
            // Safety and fit of a medicine: "many antidepressants are considered safe while breastfeeding".
            "~medication *6 (safe|breastfeeding|pregnancy|pregnant|interact|interaction|side effects|suit|work for you)",
            "(taking|take|took) (the|your) ~medication *3 (same time|every night|every morning|each day|regularly|as prescribed)",
        ]),
        ("formulation", 0.95, "", [
            // The depression explained by the interpersonal situation: "in my view you've been depressed partly because ...".
            "(in my view|i think|my sense is|it seems to me|my hunch is|my guess is|i suspect|i wonder if|my understanding is) *4 (depress*|low|your mood|the low mood) *4 (because|partly because|in part because|since|after|as a result of|in the middle of|as things)",
            "(if we|as we|when we|once we) (work on|sort out|address|tackle|look at|resolve|improve) *8 (your mood|your depression|you will feel|you would feel|you feel|the low mood) *4 (improve|lift|get better|ease|better|follow)",
            "(putting|to put|pull|pulling|bring|bringing) (it|this|everything|things) [all] together *16 depress* *10 (began|started|came on|since|after|when|work on)",
            "depress* *16 (and that is|that is what|which is what|and this is what) (we|we will|we would|we could|we can|i suggest we|i think we should) *2 (work on|focus on)",
        ]),
        ("formulation", 0.95, "s", [
            // The links stated, not asked: "your low mood, the diabetes and pulling away from friends all seem linked".
            "(mood|depression|low|depressed) *12 (seem|seems|are|all|look|looks) *2 (linked|connected|tied together|tied up|related|bound up) !feel",
        ]),
        ("problem-area", 0.93, "", [
            // The focus proposed or chosen: "the heart of it is", "which feels most tied up with how low you've been", "I'd call that a big life transition".
            "(heart|core|centre|center|root|crux) of (it|this|things|all this|the matter|the problem) (is|was|might be|may be|seems to be|could be)",
            "(which|what) *4 (most|more) *3 (tied up|linked|connected|related|to do) (with|to) *6 (low|depress*|mood|how you feel|how you have been feeling)",
            "which *3 (would you|do you) *3 (rather|prefer|want|like) (we|us|to) *2 (work on|focus on|look at|start with|concentrate on)",
            "(thing|area|one|problem) for us to (focus on|work on|concentrate on)",
            "(call|name|describe) (that|this|it) *2 (a|an) *3 (transition|role transition|life transition|dispute|role dispute|interpersonal dispute|loneliness|isolation)",
        ]),
        ("problem-area", 0.88, "", [
            // The theme the therapist keeps hearing: "the thing that keeps coming back is Malcolm's death".
            "(thing|theme) (that|which) (keeps coming back|keeps coming up|comes up again and again|keeps returning|keeps cropping up) (is|seems) !looked !covered !discussed",
        ]),
        ("inventory", 0.9, "", [
            // The good and the not so good of a relationship; a friend as the patient would count one.
            "(what is|what are|what do you) *2 (good|the good things|best|positive|like) about *6 (and|but) *4 (not so good|less good|not good|bad|the bad|worst|hard|harder|difficult|missing|do not like)",
            "(anyone|someone|somebody|anybody) *4 (you would call|you could call|you would consider|you count as|you would count as) *2 (a|your) *2 (friend|close friend|real friend|good friend|confidant|mate)",
        ]),
        ("timeline", 0.93, "", [
            // Onset placed and ordered: "did it begin before the pregnancy or after?", "is that the order?", "let's trace it back".
            "(begin|start|began|started|come on|came on|get worse|got worse) *4 (before|after) *8 (or|or was it|or did it) *3 (after|before|later|earlier|afterwards|after that|later on)",
            "(was it|were you|was the) *3 (before (that|then)|already there) *8 or *4 (start|started|begin|began|come on|came on)",
            "(mood|depression|low|it|things) *2 (started|began|came on|set in|crept in|went downhill) *12 (does that fit|is that right|have i got that right|is that the order|is that how it went)",
            "(is that|was that) *2 (the|that) (order|sequence|right order|order right|timeline|order of things)",
            "(trace|tracing) (it|this|things|the low mood|the depression) back",
            "(piece|pieced|piecing|map|mapping|lay|laying|put) (together|out|it on a line|it on a timeline) *3 (the last|the past|last year|the year|the months|what happened|when|the redundancy)",
        ]),
        ("prior-episodes", 0.9, "", [
            // How often and how bad before: "how many times in your life has this happened?", "is this the worst it's been?"
            "how many (times|episodes|spells|bouts) *8 (like this|depress*|felt this|been this|spell|episode|this low|this bad|in your life) !tried !attempted !harm !hurt !~suicide",
            "(worst|lowest) *2 (it has|you have|it had|you had|you have ever) [ever] (been|felt|got|gotten)",
        ]),
        ("measure", 0.9, "", [
            // Mood and rhythm charts: "your mood rating was lowest on Wednesday", "fill in the rhythm chart every evening".
            "(mood|sleep|rhythm|routine|social rhythm|activity) (chart|charts|rating|ratings|diary|log|score|scores|metric|record)",
            "(fill in|fill out|complete|keep|do) *3 (chart|diary|log|questionnaire|rating|form|scale|metric)",
        ]),
        ("timeline", 0.92, "", [
            // How the onset came: "has it been getting worse gradually, or did it come on suddenly?"
            "(come on|came on|start|started|began|begin|build up|built up|get worse|getting worse|got worse|crept up|creep up|set in) *4 (gradually|suddenly|slowly|all at once|overnight|out of the blue|bit by bit|over time)",
            "(gradually|suddenly|slowly|all at once|bit by bit) *4 (come on|came on|start|started|began|set in|crept up|creep up)",
        ]),
        ("contract", 0.95, "", [
            // Focus and length agreed in one breath: "the plan would be to focus on the disagreements over the next twelve weeks".
            "(focus|focusing|work on|working on|look at|looking at|concentrate on) *12 (over|for|during|in) (the next|our|these|the) \(count) (weeks|sessions|meetings)",
        ]),
    ]
}
