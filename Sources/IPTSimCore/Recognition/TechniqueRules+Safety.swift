/// Safety rules: suicide screens and their detail, history, means, protective factors, safety plans,
/// escalation, and the substance, mania and violence screens. Weights: 0.9+ for unmistakable phrases.
extension TechniqueRules {
    /// The people whose violence a dispute may hide (partners and family, not a boss).
    static let intimate = "your (husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|spouse|father|dad|stepfather|mother|mom|stepmother|brother|son|daughter|sister|family)"

    /// Supplies a patient could use on themselves, as clinicians name them ("the spare insulin", "any sharp things").
    static let meansSupply = "(pills|tablets|medication|medications|medicine|medicines|painkillers|paracetamol|insulin|sleeping tablets|sleeping pills|razors|razor blades|blades|sharps|sharp things|sharp objects|anything sharp)"

    static let safety: [RuleIndex.Entry] = [
        ("suicide-detail", 0.96, "", [
            "(how|way|ways|method|means) *4 (you would|would you|you might|you could) *3 (do it|end it|kill|take your|end your)",
            "(plan|plans|planned|planning) *6 (to do it|to end|to kill|suicide|to die|take your life|end your life|to act)",
            "(plan|plans|planned|planning) *3 (how|when|where) *4 (do it|end it|end your life|end things|kill|die|act on it|act on them|go through with it)",
            "(thought|thoughts|thinking) about how *4 (plan|plans|made|make|or)",
            "^[and|so] any (plan|plans) $",
            "any (plan|plans) *3 (anything you have done|done anything|or anything)",
            "(have|did) you *2 (decided|worked out|thought about|figured out) (how|when|where) *4 (do it|would|might|end|kill)",
            "(intend|intention|intent|intending) *4 (act|to do it|to end|to kill|on (it|them|the thoughts))",
            "(act|acting) on (them|it|those thoughts|the thoughts|these thoughts)",
            "(how|when) (would|might) you (do it|end it)",
            "how close *4 (acting|doing it|came|to acting)",
            "you *2 (picked|chosen|settled on|decided on|thought of) *2 (a|the) (date|time|place|day)",
            "(a|the) (date|time|place|day) in mind $",
            // Time and place asked as a pair: "have you thought about when or where".
            "(thought about|thought of|decided|worked out|figured out|planned|know|plan for|plans for|idea of) (when|where|how) (or|and) (when|where|how)",
            "(worked out|figured out|thought through|planned|decided on) *2 (any|the) (details|specifics|logistics)",
            // Method asked without "do it": "what method have you thought about", "got as far as thinking how".
            "(method|methods) *5 (thought|considered|in mind|use|using|would|might|chosen|picked)",
            "as far as *4 (how|a plan|planning|method|when|making plans|making a plan|planning it)",
            "(thought about|decided|worked out|know|thought of|decided on) what you (would|might|could|will) use",
            "(something|anything) you (might|would|could|will) (act on|go through with)",
        ]),
        ("suicide-detail", 0.85, "q", [
            // The bare plan question; a plan for something else names it ("plans for the weekend").
            "(have|did|do) you (made|make|got|have|had|thought of|thought about|come up with) any (plan|plans) [yet] $",
            "(got|have|made|had) (a|any) (plan|plans) (worked out|in mind|in your mind|in your head|figured out|sorted|made) [yet|already] $",
            "how (often|long|strong|intense|frequent) *4 (these|those|the) thoughts",
            // A method named as an act the patient pictured: "did you think about crashing it?", "stepping in front of the train".
            "(think|thought|thinking|considered|considering|imagined|imagine|pictured|picture|picturing) *3 (crashing|crash|swerving|swerve|steering into|driving into|driving off|drive into|drive off|jumping off|jump off|jumping from|jump from|jumping in front|jump in front|stepping in front|step in front|walking into|walk into|hanging|hang yourself|drowning|drown yourself|cutting your wrists|slitting)",
        ]),
        ("suicide-detail", 0.96, "", [
            // A particular way, or a method decided: "is there a particular way you've imagined ending your life?", "have you decided on a method?"
            "(particular|specific|certain) (method|means)",
            "(particular|specific|certain) (way|place|date|time) *6 (end|ending|kill|killing|die|dying|do it|take your life|hurt yourself|harm yourself|suicide|act on|picture it|imagine it|imagined|pictured)",
            "(way|ways|how) *3 (imagined|pictured|thought about|considered|planned|thought of) *3 (ending|end|kill|killing|taking|take|doing it|hurting|harming)",
            "(decided on|chosen|picked|settled on|thought of|thought about|considered|researched|looked up|worked out) *2 (a|any|the|which|what) (method|methods|means)",
        ]),
        ("suicide-detail", 0.93, "q", [
            // The bare plan question: "Do you have a plan?" (a plan for something else names it).
            "^[and|so] (have|did|do) you (have|got|made|make|come up with) (a|any) (plan|plans) [yet|already|in mind] $",
            // Intensity and duration of the thoughts (C-SSRS): "how strong is the pull when the thoughts come?"
            "how (strong|intense|powerful|overwhelming|loud|bad|persistent|hard to resist) (is|are|was|were|do|does|did|have|has|can) *2 (the|that|those|these|this|your) (pull|urge|urges|thoughts|thought|impulse|impulses)",
            "how long (do|does|did|can|will) (the thoughts|the urges|the urge|the pull|those thoughts|these thoughts|the impulse|that urge|that pull) (last|stay|go on|hang around|stick around)",
            "how (close|near) (do|did|have) you (come|get|got|gotten) to (acting|doing it|giving in)",
        ]),
        ("suicide-history", 0.95, "", [
            "(ever|before|past|previously|earlier|in the past) *5 (tried|attempted|try) *3 [to](hurt|harm|kill|end|take|suicide|overdose)",
            "(attempt|attempts|attempted) *4 (suicide|your life|before|in the past|to end|to kill)",
            "(overdose|overdosed|overdoses)",
            "(ever|before|past) *5 (self harm*|self harmed|harmed yourself|hurt yourself|harm yourself|hurting yourself|harming yourself|injure yourself|injured yourself|cut yourself|cutting|burned yourself)",
            // Past behaviour on the thoughts: "have you ever acted on them".
            "(ever|before|in the past|previously|at any point) *3 (acted|act) on",
            "(acted|act) on *3 (thoughts|them|it|feelings|urges) *3 (before|in the past|previously)",
            "(written|wrote|writing) *2 [a](note|goodbye letter|will)",
            "(given|giving|gave) away *3 (things|belongings|possessions|stuff)",
            "(rehearsed|practiced|prepared|preparations|researched) *5 (how|method|methods|overdose|suicide|ending|to end|to kill|to die|dose|doses|ways to|it in your mind)",
            "(ever|have you) *3 (rehearsed|practiced|prepared|researched|made preparations)",
            // "tried to hurt yourself" asks about an attempt even without "ever".
            "(tried|attempted|try) to (hurt|harm|kill|end) (yourself|your life)",
            "(prepare|prepared|preparing|preparations|preparation) *6 (hurt|harm|kill|end) (yourself|your life)",
            "(done|do|did|made) (anything|something|any) *2 (to prepare|preparations) !for",
        ]),
        ("suicide-history", 0.97, "", [
            // Past acts named as such: "has there ever been a time you did something to end your life", "the last time you self harmed".
            "(ever|before|previously|in the past|time) *6 (did|done|do) (something|anything) to (end|hurt|harm|kill|take) (your life|yourself)",
            "(last time|how long ago|how recently|most recent time|first time) *4 (self harm*|harmed yourself|hurt yourself|cut yourself|cutting|overdosed|took an overdose|tried to (hurt|harm|kill|end)|attempted)",
            "(took|take|taken|swallowed|swallow) *2 (extra|too many|a lot of|all the|all your|a bunch of|a handful of|loads of|lots of|the rest of) (pills|tablets|medication|medications|painkillers|paracetamol)",
            // An interrupted or aborted attempt (the C-SSRS question).
            "(started|begun|began|start|starting|going) to *4 (end your life|kill yourself|hurt yourself|harm yourself|take your life|overdose) *8 (stopped|stop|interrupted|changed your mind|pulled back)",
            "(anyone|someone|anybody|somebody) in (your|the) family *4 (tried to kill|killed (themselves|himself|herself)|suicide|attempted|took (their|his|her) own life|tried to end)",
            "(took|drank|swallowed|drink|drinking) (the|those|all the|your) (pills|tablets|chemical|chemicals|poison|bleach|medicine|medication|insecticide|pesticide)",
            "(get|got|come|came|gotten|been) close to (doing something|doing it|ending|killing|acting|trying)",
            "how many times *4 (tried|attempted|have you tried)",
            "(started|start|begun|began) to (do|doing) (it|something|anything) *8 (stopped|stop|changed your mind)",
            "(stopped yourself|someone stopped you|somebody stopped you|were stopped) *4 [from] [doing it|acting|going through]",
            "(history|any history) of (self harm*|cutting|overdose*|suicide attempts|attempts|suicide attempt)",
        ]),
        ("suicide-history", 0.9, "q", ["(an|any|previous|past|earlier|other) (attempt|attempts) $"]),
        ("means-safety", 0.95, "", [
            "(gun|guns|firearm|firearms|rifle|shotgun|weapon|weapons|knife|knives|ligature)",
            "(stored|stockpiled|saved|saving|hoarded|hoarding|stockpiling|collected|collecting|stash) *5 (pills|medication|tablets|medicine|painkillers)",
            "(access|get hold of|hands on|lying around|in the house|at home) *4 (pills|tablets|medication|means|painkillers|weapon)",
            "(lock|locked|lock up|remove|removing|get rid|safe keeping|hand in|hold on to|look after) *6 (pills|tablets|medication|gun|guns|weapons|means|knives|painkillers)",
            "(keep hold of|hold onto|take charge of|hang on to|lock away|keep hold) *2 (your|the|his|her|my) (medication|pills|tablets|medicines|painkillers)",
            // Someone else holding the supply: "could your husband keep your pills and give you one a day?"
            "(keep|keeps|kept|hold on to|holds on to|holding on to|hold onto|look after|looks after|looking after|mind|minds|take charge of|takes charge of|store|stores|lock up|locks up|hang on to|hold|holds) (your|the|those|these|the extra|your extra) [extra|old|sleeping] (pills|tablets|medication|medications|medicines|prescriptions|painkillers) !taking",
            "(give|giving|hand) you (one|a|two|the) *2 (a|each|per|every|at a) (day|night|week|time)",
            "(poison|pesticide|pesticides|insecticide|weedkiller|rat poison|herbicide|paraquat|farm chemicals|chemicals|charcoal)",
            "(rope|ropes) !end !tether",
            "(what|anything) *6 (access to|at home|in the house) *4 (might|could|would) use",
            "(get|getting|take|taking|move|moving|remove|removing) (it|them|the|those|these|that|your|any) *3 (out of the house|out of your house|away from you|out of reach|out of the home)",
            "(pills|tablets|medication|medications|medicines|painkillers|prescriptions|medicine) *4 (at home|in the house|lying around|you have saved|stored|kept|in the bathroom|in the cupboard|in the drawer|in the cabinet|in the kitchen)",
            "(pills|tablets|medication|medications|medicines|painkillers|means|them) *3 (harder|more difficult|less easy) to (get|access|reach|get hold of|get to)",
            // Limiting the supply: "a week's worth at a time", "a weekly script".
            "(a|one|week|weeks|week's|a few days) (worth|supply) *3 (at a time|at once|instead|rather than)",
            "(weekly|smaller|short|limited) (script|scripts|prescription|prescriptions|supply|supplies|amounts|quantities)",
            "(pills|tablets|medication|painkillers|medicine) *3 (locked|locked away|away|out of the house|somewhere safe)",
            "(anything|something) *4 (at home|in the house|you could use|to hand) *6 (hurt|harm|kill|end)",
            // What is within reach: "what do you have at home that you could use to hurt yourself".
            "(anything|something|what|things|items|objects) *6 (at home|in the house|in your home|access to|within reach|to hand|around the house|could use|could get) *6 (hurt|harm|kill|end|overdose) (yourself|your life)",
            "(keep|keeps|kept|have|has|store|stores|got|stock) *3 (medicines|pills|tablets|painkillers|paracetamol) *3 (at home|in the house|in your house|in your home|in the flat|at your place|around|in the cupboard|in your bag)",
            "(give|hand|pass) *4 (your|the|those|these) *2 (pills|tablets|medication|medicines|painkillers|paracetamol|insecticide|pesticide|poison|chemicals|rope|gun|knives) (to|over)",
            "(harder|more difficult|less easy) to (get|access|reach|get hold of|get to) *3 (pills|tablets|medication|means|painkillers)",
            "(stockpile|stockpiled|stockpiling)",
            "(make|making|keep|keeping) *2 (it|your home|home|things|the house|your flat|your apartment|your environment|your room) *2 (safer|safe) *4 [for you] [at home|right now|tonight|for now]",
        ]),
        ("suicide-screen", 0.95, "q", [
            // A wish to join the dead ("Since your wife died, have you wished you could join her?") is a
            // passive death wish, asked about as a screen.
            "(wish|wished|wishing|want|wanted|wanting|long|longed|longing) *4 (join|joined|joining) (him|her|them|~deceased)",
        ]),
        ("suicide-screen", 0.95, "", [
            "~suicide",
            "(thoughts|thought|thinking|think|thinks) *3 (of|about) *2 (death|dying|dead|ending it|not being here|not being alive|suicide|ending things|being dead)",
            "(wish|wished|wishing|want|wanted|wanting) *3 (dead|to die|not (here|alive|wake|to wake|exist)|it (over|to end|all to stop))",
            "(life|living) *3 (worth|worthwhile) *2 (living|it|going on) !make !makes !making !made",
            "(ending|end) (it|it all|things)",
            "(better off|better) *2 (dead|without you|if you were not|gone)",
            "(not|never) *2 wake up",
            // The passive wish in other tenses: "thoughts about not waking up", "going to sleep and never waking".
            "(not|never|without) *2 (waking|woke|wakening) [up]",
            "(sleep|asleep) *3 (and|then) (never|not) wake",
            "(ticked|marked|checked|circled|scored|answered) *6 (last question|that question|item 9|item nine|question 9|question nine)",
            "(disappear|vanish) *3 (forever|for good|altogether)",
            "(wish|wished|wishing|want|wanted|wanting) *4 (disappear|vanish|not exist|stop existing|cease to exist)",
            "(wish|wished|want) *3 (you|yourself) *2 (dead|gone|not here|were not here)",
            "(rather|prefer) *2 (be dead|not be here|not exist|not wake up|not be alive)",
            "(give|gave|giving) up on life",
            "(thoughts|thought|thinking|think|thinks) *3 (of|about) *2 (harming yourself|hurting yourself|harm yourself|hurt yourself|killing yourself|wanting to die)",
            "not (wanting|want|wanted) to (be alive|be here|be around|live|go on|wake up)",
            "(end|ending|take|taking|took) your own life",
            "(thought|thoughts|thinking|think|wish|wished|wishing) *4 (not being around|not be around|not existing|not exist|going to sleep forever|sleep forever|never waking up|disappearing for good)",
            // The normalising lead-in: "when people feel this low they sometimes think about ending their life".
            "(people|someone|somebody|anyone|person|folks) *10 (ending|end|take|taking) their [own] (life|lives)",
            "(people|someone|somebody|anyone|person|folks) *10 (kill|killing) themselves",
            "(people|someone|somebody|anyone) *10 (thoughts|think|thinking|thought) *3 (suicide|death|dying|not being here|not wanting to be here|not wanting to live|ending it)",
            "(no|any|the) point *3 (living|going on|being alive|carrying on|being here|in life|in going on)",
        ]),
        ("suicide-screen", 0.9, "q", [
            // The reunion wish in grief: "do you ever wish you could join him?"
            "(wish|want|wanted|wanting|like to|thought about|thinking about|thoughts of|long to|longing to) *4 (join|joining) (him|her|them|~deceased|your ~relation)",
            "(feel|felt|feeling|think|thought) *3 (can not|could not|can no longer) (go on|carry on|keep going|face another day|face it anymore|do this anymore)",
            "(say|said|saying|mean|meant) *6 (better off|better if) *4 (not here|not around|dead|gone|without me|without you)",
        ]),
        ("suicide-screen", 0.93, "", [
            // The patient's words asked about, in a lead-in clause of their own: "When you say you can't go on, what do you mean?"
            "(say|said|saying|mean|meant) *4 (can not|could not|can no longer) (go on|carry on|keep going|do this anymore)",
            // The normalising lead-in naming a group: "some mothers with postnatal depression have thoughts of harming themselves".
            "(people|someone|somebody|anyone|person|folks|mothers|mums|moms|fathers|dads|parents|men|women|patients) *10 (thoughts|think|thinking|thought) *3 (of|about) *2 (harming|hurting|killing|ending) (themselves|their (life|lives|own life))",
        ]),
        ("escalate", 0.95, "", [
            "(get|getting|have) you (seen|assessed|looked at) *4 (today|now|tonight|urgently|straight away|right away|by)",
            "(crisis team|crisis service|crisis line|duty doctor|duty psychiatrist|on call|emergency services|emergency department|ambulance|a and e)",
            "(not|do not want to|will not|cannot) *2 (leave|let) you *3 (alone|go home|on your own|by yourself)",
            "(not|do not want to|will not|cannot) *3 (comfortable|happy|okay|right|safe) *2 (letting|leaving|sending|having) you *3 (alone|go home|home|on your own|by yourself|leave)",
            "(not|do not) *3 (comfortable|happy|okay|right|safe) with you (going|being|staying|leaving) *3 (home|alone|on your own|by yourself|tonight)",
            // Someone to be with the patient now.
            "(someone|somebody|anyone|who|she|he|they) *4 (be with you|stay with you|sit with you|come and get you|come and pick you up|come pick you up|pick you up|collect you) *4 (tonight|today|now|right now|so|until|here)",
            "(call|ring|phone|contact) (your|a) (~relation|family member|relative|next of kin) *6 (let (her|him|them) know|be with you|come|stay with you|pick you up)",
            "(go|take you|get you|going|head|walk over) to (the ed|ed|the er|er) *3 (today|now|tonight|straight away|right away|together)",
            "(stay|staying|wait|waiting) [here]with you *4 (until|while|tonight|now)",
            "(stay|wait|sit) [here] with (me|the nurse|a colleague|my colleague|someone|us) *4 (while|until)",
            "(need|needs|should|must|have) to be seen *5 (today|now|tonight|urgently|straight away|right away|immediately)",
            "(see|seen by|be seen by|speak to) (the|a|your) (doctor|gp|psychiatrist|crisis team|duty doctor|mental health team|emergency team|home treatment team|crisis resolution team|on call doctor) *3 (today|now|right away|straight away|before you (go|leave))",
            "(inform|tell|contact|call) (my|the) (supervisor|team|colleague|manager) *4 (today|now|right away|straight away)",
            "(call|phone|ring|contact) *3 (ambulance|999|911|112|emergency|crisis)",
            "(urgent|immediate|emergency|same day) (assessment|evaluation|review|help|appointment|admission|care)",
            "(go|take you|get you|going) to [the](hospital|emergency|er|a e|a and e|accident and emergency|emergency room|emergency department)",
            "(keep|keeping) you safe *3 (today|tonight|right now)",
            "(not|do not think|do not believe) *4 (safe|a good idea|okay|wise) for you to (go home|be alone|be on your own|leave|be by yourself|stay alone|stay on your own) *3 [tonight|today|right now]",
            // A colleague brought in now: "I'm going to ask a colleague to join us", "bring my supervisor in to see you before you leave".
            "(ask|get|bring|call|fetch|invite) (a|my|one of my|the|our) (colleague|colleagues|supervisor|doctor|psychiatrist|senior colleague|duty doctor|duty psychiatrist|nurse|team leader|consultant) *5 (join us|to join|come in|in now|to see you|see you|sit with us|with us|now|today|before you (go|leave))",
            "(should not|must not|do not want you to|would rather you did not|do not think you should) *2 (be|go home|stay) *2 (on your own|alone|by yourself) *3 (tonight|today|right now|at the moment)",
            "(need to|have to|must|will need to|going to have to|i am going to) *2 (contact|call|ring|phone|speak to|let) *2 (your|the) (gp|doctor|psychiatrist|crisis team|mental health team|care coordinator) *4 (today|now|right away|straight away|urgently|immediately|before you leave)",
        ]),
        ("safety-plan", 0.9, "", [
            "safety plan*",
            "(write|writing|list|make|note) *6 (what|who|numbers|steps|plan|signs) *8 (thoughts|urge|urges|crisis|unsafe|worse|stronger|dark|overwhelm*)",
            "(crisis|helpline|hotline|samaritans|lifeline|988|111) *2 [line|number|numbers|card]",
            "if you (feel|are feeling|start to feel|start feeling|get|are|become) *3 (unsafe|suicidal|like acting on|overwhelmed|at risk|like ending) *8 (call|ring|phone|go to|contact|text)",
            "(if|when|should) *3 [the] (thoughts|urges|urge) *5 (get|getting|become|come back|came back|stronger|worse|intense|overwhelming|return|returned|got)",
            "(who|what) (could|would|can|will) you (call|contact|ring|do) *6 (crisis|unsafe|thoughts|urges|night|worse|stronger)",
            "(coping|cope|distract) *5 (thoughts|urges|crisis|unsafe)",
            "(anyone|someone|somebody) *4 (call|contact|ring|turn to|reach) *6 (unsafe|crisis|thoughts|urges|worse|dark)",
            "(plan|steps) *4 (to keep|keep) you safe",
            "(the|your|that) card (we|you) (wrote|made|drew up|put together|worked out|agreed)",
            // "the plan we agreed" alone is the treatment contract; a safety plan has a safety word nearby.
                        "(the|your|that) plan (we|you) (wrote|made|drew up|put together|worked out|agreed) !start !beginning !sessions !session !focus !weeks !weekly !contract !sticking !stick",
            "(make|put together|write|write down|draw up|work out) *2 a plan for what you *2 (do|would do|could do) *3 (if|when) *6 (thought|thoughts|urge|urges|unsafe|crisis|suicidal|acting on|act on|hurt yourself|harm yourself|end your life)",
            "(list|write down|note down|jot down|put) *4 (people|numbers|names|contacts|things) *6 (call|ring|contact|reach|text) *6 (unsafe|crisis|thoughts|urges|worse|bad|dark|night)",
            "(make|made|making|put together|write|write down|draw up|work out) *3 (a|the) plan *4 (if|when|in case) *6 (thought|thoughts|urge|urges|unsafe|crisis|suicidal|acting on|act on|hurt yourself|harm yourself|end your life|bad|worse)",
            // Numbers written into the plan or the phone.
            "(put|write|add|save|store|keep|programme|program) *5 (number|numbers|crisis line|helpline|hotline) *8 (on here|in your phone|on the card|on the plan|on this|down|in your wallet|on your fridge)",
            "(call|ring|text|phone) [it|them|us|the line|this number|that number] *2 (any time|anytime|day or night|24 hours|around the clock)",
            "(put|write|add|note) *4 (in|into|on) your (plan|safety plan)",
            "(ride|ridden|riding) (it|them|this|the urges|the thoughts|the feeling) out",
            "(the|our|your|so the) plan is *10 (call|ring|phone|text|go to|contact)",
            // Warning signs of a crisis and ways through it.
            "(signs|sign|signals|clues|notice) *8 (bad place|dark place|crisis|unsafe|suicidal|spiral*|bad time|hard time|bad night|dangerous|danger|out of control|thoughts (come|coming|get|getting))",
            "(get through|cope with|ride out|manage|survive) *3 (a|the|those|that) (rough|bad|hard|dark|difficult|worst) (night|nights|moment|moments|patch|spell|hour|hours)",
            // Where to go or whom to be with when home gets too much; the thoughts noticed building.
            "(where|who|whom) (could|can|would|might) you (go|be with|stay with|go to) *8 (if|when) *6 (too much|unsafe|overwhelm*|bad|worse|unbearable|dark)",
            "(thoughts|urges|urge|the pull) (building|rising|creeping in|starting up|coming on|mounting|getting louder|getting stronger)",
            // The moment the thoughts arrive, and the lead-in clause "when you start to feel that pull, ..."
            "(what|who|how) *8 (the moment|in the moment|as soon as|once) *2 (the|those|these|your) (thoughts|urges|urge) *3 (arrive|arrives|come|hit|start|appear|kick in|get|are)",
            "^(when|if|whenever) you (start to feel|start feeling|feel|notice|get) (that|the|those|these) (pull|urge|urges|thoughts) $",
            "(somewhere|someplace|a place|anywhere) (safe|else safe) *2 (you could|you can|you might|to) go",
            // The crisis placed in the small hours: "if it got bad at two in the morning", "if things went wrong in the middle of the night".
            "(if|when|should) *4 (bad|worse|wrong|unsafe|dark|too much|overwhelming|thoughts|urges|desperate) *4 (two|three|four|2|3|4|2am|3am|4am|middle of the night|small hours|dead of night) [in the morning|am|at night]",
            "(help|helps|helped|do|cope|distract) *6 (when|if) *2 (the|those|these) (thoughts|urges|feelings) *3 (loud|louder|strong|stronger|bad|worse|come|get|are|hit|start)",
            "(who|what) (could|would|can|will) you (call|contact|ring|text|message|reach|phone) *6 (crisis|unsafe|thoughts|urges|night|worse|stronger|2am|3am|4am|if you (needed|need) to|if you had to|in an emergency|danger|in danger|at risk|desperate)",
            "(what|who|how) *8 (when|if) *2 (the|those|these|your) (thoughts|urges|urge) *3 (loud|louder|strong|stronger|bad|worse|come|get|are|hit|start|return|come back)",
            "(what|how) *6 (distract yourself|calm yourself|soothe yourself|take your mind off|ground yourself|settle yourself)",
            "(help|helps|helped|might help) *3 (distract|take your mind off)",
            "(crisis|things) *2 (building|brewing|escalating|coming on)",
            "(take your mind off|distract yourself|calm yourself|soothe yourself|ground yourself|settle yourself) *6 (thoughts|urges|crisis|unsafe|when|if)",
            "(where|somewhere) (could|can|would|might) you go *6 (safe|distract|mind off|unsafe|thoughts|urges|crisis)",
            "(who|people|person|numbers) *4 (could|would|can|will|might) (call|contact|ring|text|phone|reach out to|turn to|talk to) *6 (unsafe|crisis|thoughts|urges|worse|bad|dark|night|overwhelm*|emergency|danger|in danger|at risk|desperate|like acting)",
            "(who|what) (could|would|can|will) you (talk to|turn to|go to|reach out to) *4 if *3 (worse|bad|stronger|overwhelming|unsafe)",
            "(warning signs|what you can do|who you would call|who to call) *8 (crisis|plan|number|call)",
            "(if|when) *4 (got|get|gets|getting|became|become) *2 (bad|worse|unbearable|too much|dark|unsafe|overwhelming) *6 (who|what) (could|would|can|will) you (call|contact|ring|phone|reach)",
        ]),
        ("safety-plan", 0.95, "", [
            // The plan's next step: "if none of that works, the next step would be to call the crisis line or go to A&E".
            "(if|when) (none of|that|this|those|it|nothing) *3 (work|works|helps|help|does not work|do not work|does not help|do not help) *8 (call|ring|phone|go to|contact|text|crisis|a and e|emergency)",
            // The plan written on a card kept to hand.
            "(write|writing|put|keep|keeping|carry|carrying|store|stick) *4 (plan|card|numbers|number) *6 (card|wallet|purse|phone|fridge|bedside|by your bed|pocket|bag)",
        ]),
        ("safety-plan", 0.93, "", [
            "(what|how) you (would|will|could|can|might) do *6 (if|when) *4 (unsafe|suicidal|at risk|in crisis|like ending|like acting|like harming|like hurting)",
            // Drawing up the plan with its parts named: "let's make a plan together: what helps, who you can contact, where you can go".
            "(make|making|write|writing|draw up|put together|work out|come up with) *2 (a|the|your) plan *12 (contact|ring|call|phone|crisis|get through|worst|warning signs|unsafe|where you (can|could|would) go)",
        ]),
        ("protective-factors", 0.9, "", [
            "(keeps|kept|keep|keeping) you (going|alive|here|safe|hanging on)",
            "(anyone|someone|somebody) *3 (could|can|would) (call|ring|phone|contact|reach out to|turn to) if *3 (things|it) *3 (bad|worse|unbearable|too much|overwhelming)",
            "(reasons|reason) (for|to) (living|live|stay|keep going|be alive|go on)",
            "(reasons|reason) *4 (for|to) (living|live|stay|staying|staying alive|stay alive|keep going|keeping going|be alive|being alive|go on|going on|carry on)",
            "(holding|holds|hold|held|keeping|keeps|kept|keep) you (here|alive|tethered|anchored|hanging on)",
            "(what|who) *4 (stops|stopped|stopping|holds you back|held you back|stop) *4 (acting|doing it|doing anything|you from acting|you from doing it|from acting|from doing it|from ending|you from ending)",
            "(stops|stop|stopped) you [from](acting|doing it|going through)",
            "(hold on to|hold onto|holding on|look forward to|looking forward)",
            "(who|what) *3 (helps|help|helped) you (get through|cope|hold on|keep going)",
            "(what|who) *5 (live for|worth living for|makes life worth|make life worth|make your life worth|makes your life worth)",
            "(who|what) *4 (affected|miss you|be hurt|devastated|left behind|lose) *3 (if you (were not|were gone|died|were not here|were not around|did)|without you)",
            "what (would|could|might|has|did) (stop|stopped) you",
            // Reasons for living asked through who or what the patient stays for.
            "(who|what) *4 (stay|live|living|staying|keep going|keeping going|hang on|hanging on|holding on|stay alive|carry on|carrying on|keep living|be around|stick around|stay around|still be here|be here|be alive|keep fighting) for",
            "(stops|stop|stopped|kept|keeps) *3 (thoughts|urges|urge) *2 (turning into|becoming|from becoming|from turning into) (action|actions|acting|something more)",
            // A reason for living the patient gave, said back: "you said you'd never do that to Efua", "you told me you couldn't put the kids through it".
            "you (said|told me|mentioned|have said|have told me|have mentioned|say) *3 (would never|could never|would not|could not|will never|can not|cannot|never) *2 (do that|do it|do this|go through with it|put) *5 (to|through)",
            "(makes|make|made) you want to (live|stay|keep going|go on|be here|carry on|stay alive)",
            "(what|who) *2 (gives|give|gave|has given) you (hope|strength|a reason|reasons|the strength)",
            // Supports and reasons named by the patient: "are they part of why you keep going?", "who is there for you if things get bad?"
            "(why|reason|reasons|part of why) *3 you (keep going|hold on|stay|carry on|are still here|keep living|keep fighting)",
            "(what|who) *2 (is|are) (holding|keeping) you $",
            "(helps|help|helped) you (stay|hold on|keep going|carry on|get through the worst|stay alive)",
            "(faith|god|prayer|praying|church|religion|beliefs|mosque|temple) *4 (help|helps|helped|keep|keeps|hold|holds|stop|stops|support|supports)",
        ]),
        ("protective-factors", 0.97, "", ["(stops|stop|stopped|kept|keeps|stopping) you [from] (acting|doing it|going through)"]),
        ("protective-factors", 0.97, "", ["(stops|stop|stopped|kept|keeps|stopping) you [from] (acting|doing it|going through)"]),
        ("protective-factors", 0.92, "", [
            "(who|anyone|someone|somebody) *2 (would|is|are|there) *5 (there for you|lean on|talk to|turn to) *4 if *3 (things|it) *3 (bad|worse|dark|very bad|really bad|unbearable|too much)",
            "(pulls|pull|pulled) you back",
        ]),
        ("substance-screen", 0.9, "", [
            "~drink",
            "(how much|how often) *4 (drink|drinking|use|using|smoke|smoking|alcohol|wine|beer)",
            "(smoke|smoking|weed|cannabis|cocaine|recreational|units|hungover|hangover|binge)",
            "(drinking|using) *3 (more|to cope|to sleep|to numb|to get through)",
            "(how many|how much) *3 (bottles|glasses|pints|cans|drinks|units|shots)",
            "(khat|qat|meth|heroin|ecstasy|mdma|ketamine|opioids|opiates|marijuana)",
            "(glasses|bottles|pints|cans) *4 (night|nights|day|days|week|evening|evenings)",
        ]),
        ("mania-screen", 0.95, "", [
            "(mania|manic|hypomania|hypomanic|bipolar)",
            "(little|less|no|hardly) [need for |any]sleep *8 (energy|top of the world|high|wired|racing|full of|tired)",
            "(top of the world|on a high|racing thoughts|thoughts racing|wired|euphoric|invincible|unstoppable|grandiose|special powers|spending spree|spending sprees|lots of projects|big plans|grand plans)",
            "(unusually|extremely|abnormally|really|super|incredibly|very|so) (happy|energetic|high|elated|up|irritable|talkative|confident|wired|productive) *6 (for days|for weeks|stretch|spell|period|time|periods|talking fast|spending|sleep|not need*)",
            "(unusually|extremely|abnormally|really) (happy|energetic|high|elated|up|irritable|talkative|confident)",
            // Pressured speech and the reckless spending of a manic spell.
            "(talking|talk|talked|speaking|speech) (fast|faster|really fast|very fast|so fast|a mile a minute|nonstop|non stop|quickly|pressured)",
            "(talking|talk|talked|speaking|spoke) (too|much too|way too|far too) (fast|quickly|quick|much)",
            "(spending|spent|spend|spends) [money|cash] (wildly|recklessly|like crazy|out of control|impulsively|like there was no tomorrow)",
            "(highs and lows|high periods|elevated mood|elevated|elated)",
            "(little|less|no|hardly any|barely any) sleep *8 (great|fantastic|amazing|fine|not tired|full of energy)",
            "(too|unusually|very|really|so) (high|talkative|hyper|up|energetic|wired|excitable|reckless) *8 (told|said|noticed|commented|worried|others|people)",
            "(opposite|other extreme) *5 (depression|low|feeling down|happy|high|energetic|excited|elated|big plans)",
            "(without|with no|no|hardly any) (sleep|sleeping) *6 (not (feel|felt|feeling) tired|not tired|full of energy|fine|great)",
            "(told|said|noticed|thought) *6 (too|so|very|unusually) (excited|high|hyper|energetic|up|talkative|wound up)",
            "(not|without) (needing|need) *2 sleep",
            "(full of energy|bursting with energy|boundless energy|loads of energy|tons of energy|so much energy) *8 (sleep|sleeping|slept|for days|days)",
            "thoughts *2 racing",
            "(much|far|a lot|way) more (active|energetic|talkative|confident|productive) *3 than (usual|normal)",
            "(feeling|felt|feel|been|times|periods) *2 (very|really|extremely|unusually|so|incredibly) (high|energetic|elated|hyper|revved up)",
            // The elevated state as others saw it: "felt so good or hyper that people thought you weren't yourself".
            "(hyper|hyperactive|revved up|buzzing)",
        ]),
        ("mania-screen", 0.93, "q", [
            "(ever|times|periods|spells|stretch|stretches) *8 (risky|reckless|impulsive) (things|decisions|behavior|spending|choices)",
            "(ever|times|time|periods|period|spells|days) *4 (so|very|really|unusually|extremely|too) (good|happy|up|high|energetic|excited|confident) *8 (not (your|yourself)|normal self|usual self|others|people|noticed|worried|commented|out of character|trouble)",
            "(ever|times|periods|spells|stretch|stretches|patch|phase|phases) *12 (spent|spending|spend) *3 (lot of money|lots of money|loads of money|heaps of money|money you did not have|a fortune|more than you could afford)",
        ]),
        ("violence-screen", 0.95, "", [
            "(he|she|they|~person) *4 (hurt|hit|hits|hitting|push|pushed|shove|shoved|slap|slapped|kick|kicked|grab|grabbed|choke|choked|threaten*) (you|your) !job !work !role !redundant !redundancy !team !company !retire !retirement",
            "(safe|unsafe) (at home|with (him|her|them|~person)|in the house|in your home)",
            "(feel|feeling) safe",
            "(scared|afraid|frightened) of what (he|she|they|~person) (might|could|would|will) do",
            "(afraid|scared|frightened|fear) of (him|her|them|~person|\(intimate))",
            "(\(intimate)) *4 (hurt|hit|hits|hitting|push|pushed|shove|shoved|slap|slapped|kick|kicked|grab|grabbed|choke|choked|threaten*|harm|harmed) (you|your)",
            "(frightened|scared|afraid|unsafe|threatened) *2 (at home|in the house|in your home|in your own home)",
            "(he|she|they|~person|\(intimate)) *4 (lash|lashes|lashed|lashing) out",
            "(come|came|comes|coming) to blows",
            "(hands|a hand) on you",
            "rough with you",
            // Physical acts named as nouns, and coercive control.
            "(any|ever) *4 (pushing|shoving|grabbing|slapping|hitting|kicking|choking|punching|throwing things|breaking things|smashing things|strangling)",
            "(pushed|shoved|grabbed|slapped|hit|kicked|choked|punched) you *4 (broken|broke|smashed|threw|thrown) things",
            // The acts in the passive, nobody named: "does anyone get pushed or grabbed or things thrown?"
            "(get|gets|got|getting|been|being|gotten) (pushed|grabbed|shoved|slapped|kicked|punched|choked|strangled|hit) !work !job !boss !team !limit !wall",
            "things *2 (get|got|gets|getting|being|been|are|were) (thrown|broken|smashed)",
            "(pushed|grabbed|shoved|slapped|kicked|punched|hit) or (pushed|grabbed|shoved|slapped|kicked|punched|hit|hurt|threatened)",
            "(check|checks|checking|checked|go through|goes through|going through|look through|looks through) your (phone|messages|email|emails|texts)",
            "(control|controls|controlled|controlling) (the|your) (money|finances|spending|phone|movements)",
            "(safe|unsafe) [for you] to (raise|bring up|talk about|say|tell him|tell her|discuss)",
            "(loses|lost|losing|lose) (his|her|their) temper",
            "(violent|violence|abuse|abusive|abused|domestic)",
            "(get|gets|got|getting|became|become|turn|turned|turns) physical",
            "(physical|physically) *3 (hurt|harm|harmed|hit|fight|fights|force|forced|aggressive|aggression|threat*|rough|abuse|abusive|violent)",
            "(threaten*|threat|threats|controlling|control your)",
        ]),
        // recog6a: readings expert clinicians use that the tables above missed.
        ("suicide-detail", 0.95, "", [
            // Intent rated or weighed: "how likely is it that you'd act on this tonight", "if ten is you're definitely going to act".
            "(how likely|likelihood|chance|chances) *8 (act|acting) on (this|these|those|them|it|the thoughts|the urges|your thoughts|the urge) *3 (tonight|today|right now|this week|at the moment|in the next)",
            "(intention|intent) (at all|of acting|to act)",
            "(act|acting) on (this|these|that) [thoughts|feelings|urge|urges] *3 (tonight|today|now|this week|right now)",
            "(definitely|certainly) going to (act|do it|go through with it)",
            // A way pictured or considered: "do you picture a way of doing it?", "have you thought of a way to end it?"
            "(picture|pictured|picturing|imagine|imagined|imagining|thought of|thought about|considered) *2 (a|any|the|what|which) [particular|specific|certain] (way|ways) (of|to) (doing it|do it|end it|ending it|ending things|end things|kill yourself|killing yourself|die|dying|end your life|ending your life)",
            // The thoughts coming with an idea of what to do.
            "(thoughts|urges|urge) *10 (idea|ideas|image|images|picture|pictures|sense) of (what|how) you (would|might|could) (do|use)",
        ]),
        ("suicide-history", 0.96, "", [
            // Self-harm asked about as past acts: "how many times have you self-harmed", "when did you last cut yourself".
            "(did you|have you|had you) (hurt|harm|harmed|cut|burn|burned) yourself *10 (before|in the past|back then|last time|that time|previously|at that time|when you were younger)",
            "(how many times|how often|when did you|when was the last time|have you|had you|did you) *4 (self harmed|harmed yourself|cut yourself|burned yourself|overdosed) !~drink",
        ]),
        ("suicide-screen", 0.95, "", [
            // The burden thought voiced for a group: "blokes in your spot think the family'd be better off without them".
            "(family|everyone|everybody|kids|children|world|people|they|~relation|wife|husband|partner) *3 (be|were|would be|is|are|would) better off without (them|me|you|themselves|yourself)",
            "(burden|a burden|a weight) *4 (to|on) (everyone|your family|the family|them|people|others|those around you) *6 (better off|without you|if you were (gone|not here|dead))",
        ]),
        ("means-safety", 0.95, "", [
            // The means named as the patient's own supply: "give the spare insulin to your partner", "lock away all medicines and any sharp things".
            "(lock|locked|locking|lock up|lock away|put away|remove|removing|get rid of|clear out|hand in|hand over) *6 \(meansSupply)",
            "(give|hand|pass) *4 (the|your|those|these|any|all the|all your) *2 \(meansSupply) *3 (to|over)",
            "(think|thought|thinking|thoughts) about (the|your|taking|using) *2 \(meansSupply) *6 (worst|bad|end|ending|die|kill|hurt|harm)",
        ]),
        ("escalate", 0.95, "", [
            // Seen today, or someone with the patient now: "I want you seen urgently", "someone to come and be with you this evening".
            "(want|need) you (seen|assessed|looked at)",
            "(want|need|like) you to be (seen|assessed) *4 (today|now|tonight|urgently|straight away|right away|this afternoon|this evening|immediately)",
            "(someone|somebody|anyone|anybody|who|she|he|they) *4 (be with you|stay with you|sit with you) *4 (this evening|this afternoon|overnight|for the night|until tomorrow)",
            "(stay|staying|keep you|remain) on the (phone|line) *6 (while|until|till)",
            "(get|send|getting|sending|have) (someone|somebody|help|an ambulance|a team|the crisis team|a doctor) (round|over|out) to (you|your)",
            "(ask|get|have) *4 (to see you|see you) *3 (straight after|right after|immediately after|straight away|right away|before you (go|leave)|this afternoon|this evening)",
            // Confidentiality broken for safety: "I have to tell your mum, because your safety comes first".
            "i (have to|need to|must|am going to have to|will have to|am going to) (tell|inform|let|call|contact|ring) *6 (safety|safe|unsafe|at risk|risk)",
            "your safety (comes first|is the priority|is my priority|has to come first|matters more|is more important)",
        ]),
        ("escalate", 0.99, "", [
            // The clinician's own urgent step outranks the risk it answers: "...the tablets are at home, so I need to speak to the duty psychiatrist before you leave".
            "(need to|have to|must|will need to|going to have to|am going to|want to) *2 (contact|call|ring|phone|speak to|get|bring in) *2 (the|a|my|our|your) *2 (duty psychiatrist|duty doctor|crisis team|on call doctor|on call psychiatrist|psychiatrist|doctor|gp|mental health team|home treatment team) *4 (today|now|right away|straight away|urgently|immediately|before you (leave|go))",
            "(tell|let|inform) (your|the) (gp|doctor|psychiatrist|care coordinator) *4 (thoughts|suicidal|unsafe|how bad|feeling unsafe)",
        ]),
        ("safety-plan", 0.93, "", [
            // The crisis hour and the plan's parts: "who's one person you could ring at two in the morning?", "the emergency numbers at the bottom".
            "(who|person|someone|somebody|anyone|people) *3 you (could|can|would|might) (call|ring|phone|text|contact|wake) *4 (at night|in the night|middle of the night|two in the morning|three in the morning|four in the morning|2am|3am|4am|small hours|dead of night)",
            "(emergency|crisis) (numbers|number|contacts)",
            "(warning signs|warning sign) *12 (people to call|who to call|numbers|things that (help|calm)|what helps|places to go)",
            "(who|what) (could|would|can|will) you tell *4 if *3 (worse|bad|stronger|overwhelming|unsafe|dark)",
        ]),
        ("protective-factors", 0.92, "", [
            // What holds the patient here: "what's helped you hang on through the worst nights", "your kids are the reason you get up".
            "(who|what) *3 (helps|help|helped|has helped|kept|keeps|has kept) you (hang on|hold on|keep going|get through|carry on|survive|hang in) *4 [the] (worst|bad|dark|hardest|darkest|nights|times|days|moments)",
            "(the|a|your|only|main) (reason|reasons) (you|why you|that you) (get up|get out of bed|keep going|go on|carry on|are still here|hold on|hang on|keep living|stay alive)",
            "(part of|reason|reasons) (why|that) you (keep going|hold on|carry on|are still here|keep living|stay alive|get up)",
        ]),
        ("violence-screen", 0.95, "", [
            // Anyone hurting the patient, nobody named: "is anyone at home hurting you?"
            "(anyone|someone|somebody|anybody) *4 (hit|hitting|harming|harmed|threatening|threatened|frightening|scaring|forcing|hits) you",
            "(anyone|someone|somebody|anybody) *4 (at home|in the house|in your house|where you live|physically) *2 (hurting|hurt|hurts) you",
        ]),
        ("substance-screen", 0.9, "", [
            // Tobacco, vapes and local substances: "chewing tobacco or taking bhang", "vapes or other stuff".
            "(vape|vapes|vaping|tobacco|bhang|ganja|charas|gutka|paan|chewing tobacco|get high|getting high|getting wasted|stoned)",
        ]),
        ("mania-screen", 0.93, "", [
            // The elevated spell: "periods when your mind raced and you felt you could do anything".
            "(periods|spells|stretches|episodes) *8 (mind|thoughts|head) *2 (raced|racing|race|races|going a mile a minute)",
            "(felt|feel|feeling) *2 (like|that) you could do anything",
        ]),
        ("safety-plan", 0.95, "", [
            // The plan asked as what the patient would do in the crisis: "what would you do if you woke at 3am with those thoughts?",
            // "what could you do to get yourself through the next few hours?", "your plan for keeping safe this weekend".
            "(what|who) *3 (would|could|can|will|might) you (do|call|ring|phone|contact|go) *3 (if|when) *8 (those|these|the|your) (thoughts|urges|urge)",
            "(what|who|how) *4 (get|getting|help|helps) (yourself|you) [get] through (the next|tonight|the night|this weekend|the weekend|the next few hours|the next day|the worst)",
            "(plan|plans|steps|ways) *4 (for|to) (keeping|keep|stay|staying) [yourself|you] safe",
            "(if|when) *3 (thoughts|urges|feelings) *4 (too strong|too much|overwhelming|unbearable|stronger) *6 (what|who) *4 (could|can|would|might) you (do|call|go|ring|phone)",
            "(where|somewhere) (could|can|would|might) you go *6 (risky|dangerous|too much|not safe)",
            "(steps|things|plan) *6 (if|when) (things|it) *3 (get|gets|got|become|became) *2 (really bad|very bad|too bad|unbearable|too much|dangerous|unsafe) !again !relapse !return !back",
        ]),
        ("protective-factors", 0.92, "", [
            "(anything|something|anyone|someone) *3 (gives|give|gave|giving) you [some|a little|any|a bit of] (hope|strength|a reason|reasons)",
        ]),
        ("violence-screen", 0.95, "", [
            // Coercive control: "does he ever stop you from seeing your friends?"
            "(he|she|they|~person|\(intimate)) *2 [ever] (stop|stops|stopped|prevent|prevents|prevented|keep|keeps|kept) you [from] (seeing|going out|going|talking to|contacting|having|leaving|working)",
            // Harm to others: "have you ever hurt anyone when you were angry?", "do you feel you might hurt someone?"
            "you *4 (hurt|harm|harming|hurting|hit|hitting|attack|attacking|lash out at|lashing out at) (anyone|someone|somebody|anybody|someone else|other people|others|the baby|your baby|the children|the kids|your children|your kids) !feelings !feeling",
        ]),
        ("suicide-history", 0.99, "", [
            // Past action on the thoughts is history, above the detail reading of "act on those thoughts".
            "(did|have|had) you ever (act|acted) on",
        ]),
        ("suicide-history", 0.97, "", [
            "family history of (suicide|self harm*|suicide attempts)",
        ]),
    ]
}
