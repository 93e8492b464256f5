/// Phrasings the technique tables miss: ways clinicians word a move that otherwise falls to a
/// generic default (exploration, direct-question, empathic-reflection) or to a wrong technique at a
/// lower score. Registered last in `TechniqueRules.entries`, so these lose ties to the main tables.
/// Each entry names the phenomenon; every pattern is abstract (concept sets, bounded gaps), not a
/// copy of one test sentence.
extension TechniqueRules {
    static let phrasings: [RuleIndex.Entry] = [
        // --- Proscribed moves ---
        // Taking sides: the therapist judges the other party ("he doesn't deserve you", "X has no right").
        ("taking-sides", 0.9, "s", [
            "(he|she|they) (does not|do not|did not) deserve (you|that|any of this)",
            "(has|have|had) no (right|business) to (speak|talk|treat|say|tell|shout|do that|behave)",
            "(he|she|they) (is|are|was|were) the (one|ones) who (needs|need|has|have|should) *2 (change|apologize|apologise|sort)",
            "(is|are|was|were) (clearly|obviously|definitely|totally|completely) (bullying|in the wrong|wrong|out of order|selfish|unreasonable|a bully|being unfair|unfair|to blame|the problem)",
            "(is|are|was|were) the real problem",
            "(time|right) (you|for you to) (left|leave) (him|her|them)",
            "(should|ought to) have (asked|told|consulted|checked with|supported|backed|defended) you",
        ]),
        ("taking-sides", 0.9, "", [
            "any (decent|good|reasonable|normal|half decent|loving|proper) (~p_other|man|woman|person) would",
        ]),
        // Transference interpretation: the patient's stance toward the therapist read as a repetition of a parent/past figure.
        ("transference-interpretation", 0.93, "", [
            "you *8 (with|toward|towards|to|for|at) me *10 (the way|just like|same as|same way|as you (were|did|had)) *8 (~p_origin)",
            "(expect|expecting|expected|want|wanting|waiting for) me to *8 (just like|the way|same as|as (everyone|everybody|they|he|she)) *8 (~p_origin|everyone|everybody)",
            "(see|seeing|saw|treat|treating|experience|experiencing|feel about) me (as|like) *6 (~p_origin|figure|authority|someone who)",
            "(as if|like|as though) i (have|had) (become|turned into) *2 your *3 (~p_origin|figure)",
            "(me|i) *6 (authority figure|father figure|mother figure|parent figure|parental figure)",
            "(doing|did|do) to me what *6 (did|does|used to do) to you",
        ]),
        // Hostile confrontation: exasperation, disbelief, contempt.
        ("hostile-confrontation", 0.93, "", [
            "are you even (listening|trying|hearing)",
            "(honestly|seriously|really) expect me to believe",
            "(tired|sick|fed up|weary) of (hearing|listening to)",
            "you sound like a (martyr|child|broken record|victim|teenager)",
            "(and yet|yet|but) you do [absolutely|literally] nothing",
        ]),
        // Minimizing: comparing down, "by now", "just a phase".
        ("minimizing", 0.9, "s", [
            "(lots of|many|plenty of|most|other) people (have|had) (it|things) *2 worse",
            "(should|ought to) be over (it|her|him|this|that) *2 by now",
            "surely you (should|can|could|must|ought)",
            "(most|many) people (are|would be|feel) *3 (better|over it|moved on) by now",
            "(everyone|everybody|all couples|all families|all sisters|all siblings) (argues|argue|fights|fight|falls out|fall out|has rows|has arguments|bickers)",
            "(not|would not|would not|wouldn't) read too much into",
            "(it is|that is|this is) (just|only) *2 (baby blues|a phase|a bad patch|a blip|hormones|nerves|a rough patch)",
        ]),
        // Blaming: the patient's choices made the problem ("you brought it on yourself", "no wonder he stopped").
        ("blaming", 0.9, "", [
            "(choosing|choose|chose|chosen) to (stay|be|remain|keep) *2 (stuck|in|depressed|miserable|unhappy|lonely|alone|home)",
            "(brought|bring|bringing|brings) *4 on (yourself|your own head)",
            "take [some] responsibility for",
            "(would|will|might) *3 (lift|improve|get better|go away|be fine|be better|sort itself out) if you (just|only|simply)",
            "if you had [just|only] *4 (he|she|they|it) would (still|not|never)",
            "(no wonder|of course|small wonder) (he|she|they|people|everyone|nobody|no one) *4 (stopped|stop|stops|leave|left|gave up|give up|drifted|got fed up|does not|do not|did not|stopped asking|leave|avoid)",
            "(and then|then) (complain|complaining|complains|moan|moaning)",
            "can not help [you] if you (do not|will not|refuse|never)",
            "none of this would have (happened|got this bad|come to this)",
            "(this|that|it) would (not|never) have (happened|got this bad|come to this)",
            "(part of the problem|the problem|the real problem) [here] (is|might be|could be) (you|your attitude|your behavior|your behaviour)",
            "you (let|allowed) (it|things|this|them) (get|to get) (this|so|that) (bad|far|out of hand)",
            "you (have not|did not|are not|do not) (really|even|actually) (tried|try|trying)",
            "if you (were|was|could be|tried to be) (less|more|a bit less|a bit more|not so) *2 (people|they|he|she|friends|others|things) would",
        ]),
        // --- Safety ---
        ("violence-screen", 0.94, "q", [
            "(afraid|scared|frightened|fearful) of (him|~p_partner)",
            "(safe|unsafe) *3 (to say no|to disagree|to argue|with (him|her|~p_partner)|around (him|her))",
            "(control|controls|controlled|controlling) *3 [your] (money|finances|phone|bank|who you see)",
            "stopped you [from] (seeing|going|having|calling|talking)",
            "(get|gets|got|getting|been|being|ever) *2 (pushed|grabbed|shoved|slapped|hit|kicked|choked|strangled|punched)",
            "(hit|push|pushed|shove|shoved|grab|grabbed|slap|slapped|kick|kicked|hurt|threaten|threatened) you",
            "things [get|got|are|were|being] *2 (thrown|smashed|broken)",
            "what happens when (he|she|~p_partner) *3 (has been drinking|drinks|is drunk|gets drunk|loses|gets angry|is angry)",
        ]),
        ("escalate", 0.95, "", [
            "(urgent|emergency|same day) *2 (assessment|review|appointment|referral)",
            "(not|is not) safe for you to (go home|be (on your own|alone)|leave)",
            "not think *3 safe for you to (go home|be (on your own|alone)|leave|be by yourself)",
            "(ask|get|bring|call) *3 (a colleague|the duty|the crisis team|my supervisor|a doctor|the on call) *4 (join|in|now|to see|see you)",
            "be with you until *4 (seen|assessed|help|someone|the team|we)",
        ]),
        ("suicide-detail", 0.92, "q", [
            "(picked|picking|chosen|choosing|pick|choose) *2 (a date|a place|a time|a day|a method)",
            "how (often|strong|intense|long|frequent|frequently) *4 (these thoughts|the thoughts|the urges|the urge|the pull|that thought|those thoughts)",
            "(anything|something) in mind *3 (when|how|where|a method|a date)",
        ]),
        ("suicide-detail", 0.92, "", [
            "(think|thought|thinking) about (crashing|jumping|driving into|stepping in front|overdosing|hanging|taking all)",
        ]),
        // The course of suicidal thoughts asked across two clauses ("When the thoughts come, how long do they last?").
        ("suicide-detail", 0.87, "", [
            "when the (thoughts|urges|urge) (come|hit|are bad|are strong|get bad|get strong|arrive)",
        ]),
        ("suicide-detail", 0.96, "q", [
            "(done anything|made any preparations|made preparations|prepare|preparing|preparations|written a note|writing a note|given things away|giving things away|giving away) !ever",
        ]),
        ("suicide-detail", 0.9, "", [
            "(the|that) (thought|thoughts) you had (on|in|at) the (motorway|bridge|car|train|platform|station|roof)",
        ]),
        ("suicide-history", 0.95, "", [
            "(last|previous|that|the|your|first|earlier) (attempt|attempts|overdose)",
        ]),
        ("protective-factors", 0.92, "", [
            "(want|wanted|wants) to (be around|stay alive|stay around|keep going|live) for",
            "[still] (holding|hold|holds|keeping|keeps) you (going|here|alive|together|up)",
            "(never|would not|could not) do that to (him|her|them|~p_other|~relation)",
        ]),
        ("mania-screen", 0.94, "", [
            "(talking|talk|talked|thoughts) *2 (too fast|very fast|racing)",
            "(spending|spent|spend) *2 (wildly|too much|lots of money|a lot of money|money you did not have)",
            "(too|really|unusually|very) high *4 (or|talking|energy|hyper)",
            "(hardly|barely|did not need to) (slept|sleeping|sleep) *8 (started|energy|ideas|businesses|projects|plans)",
        ]),
        ("means-safety", 0.94, "", [
            "(keeps|looks after|holds|stores|has|controls) the (tablets|pills|medication|medicines|gun|rifle|guns|keys)",
            "(the means|lethal means|means to)",
            "(distance|space) between you and (them|it|the|those|these|your)",
        ]),
        ("safety-plan", 0.93, "", [
            "(next|first) on (your|the) list",
            "who [would be] next",
            "(get|gets|getting|got) [you] through the (worst|bad|hardest|difficult|darkest) (moments|moment|hours|hour|nights|night|times|patches|bits)",
            "(signs|warning signs|cues) *8 (bad night|crisis|the thoughts|urges|bad day) *3 [is|are] *2 (coming|building|starting)",
            "(put|save|keep|store|stick) *3 (it|the number|this|a copy|the plan|the card|the list) *3 (in your phone|by the bed|somewhere you|in your wallet|on the fridge|in your purse)",
        ]),
        // --- Initial phase ---
        ("psychoeducation", 0.91, "s", [
            "(is|that is|it is) the (depression|illness) (talking|speaking)",
            "(ways|way) *2 (depression|the illness) (shows|can show|affects|works|plays out)",
            "(that is|it is|this is|is|are) (a|one|part of the|one of the|classic) (symptom|symptoms)",
            "(come across|heard of|familiar with) the idea that",
            "(says|tells us|means|reflects) nothing about (what kind of|who you are|your worth|you as|your character)",
            "(it is|it's|very|really|highly|eminently) treatable",
            "we (treat|treat it|can treat) *3 (not|do not) (argue|debate)",
        ]),
        ("diagnosis", 0.92, "", [
            "(think of|see|call|name|understand) (this|it|what is happening|what you are going through) as *2 (depression|an illness|a depression|clinical depression|a medical)",
        ]),
        ("sick-role", 0.9, "", [
            "(someone|a person|a patient) in treatment",
            "(good enough|valid|legitimate|perfectly good|good) reason to (step back|rest|take time|say no|cut back|do less)",
            "(tell|let) *4 [that] you are (ill|unwell|depressed|poorly|not well)",
            "(do not|don't) have to (host|do|cook|organize|organise|run) *4 (this year|while|for now|at the moment)",
        ]),
        ("formulation", 0.91, "", [
            "(here is what i think|what i think is (happening|going on)|put it in one line|if i had to (sum|put)|the way i see it is|my sense of what is going on)",
            "(linking|link|connecting|connect|tying|tie) *3 [the|your] (low mood|mood|depression) *4 (to|with)",
            "if we can *10 (you will feel better|your mood will|the depression will|mood will lift|feel better)",
            "(is|are|has been|have been) (feeding|fuelling|fueling|driving|keeping up) (the|your) (depression|low mood)",
        ]),
        ("problem-area", 0.9, "", [
            "(is|be) what we (should|could|might) [be] (working on|work on|focus on|focusing on)",
            "(more|most) important to (work on|focus on)",
            "what stands out (is|instead)",
            "(most|more|closely) (tied|linked|connected) to when you (got|became|started|went)",
        ]),
        ("contract", 0.92, "", [
            "(weekly|fortnightly) (sessions|meetings|appointments) *4 (manageable|work for you|possible|suit you|fit)",
            "(need|have) to cancel *6 (let me know|tell me|call|ring|notice|ahead)",
            "(meet|meeting) (weekly|every week|once a week) (until|for|till)",
        ]),
        ("time-limit", 0.92, "", [
            "(~p_count) *2 (sessions|meetings) *3 (in all|in total|altogether|all together) !week !minutes !agreed",
            "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) *2 (of|out of) (our|the) (~p_count)",
            "(we|you and i) (agreed|said|set|planned|contracted) *3 (~p_count|number of) *2 (sessions|meetings) !mondays !tuesdays !wednesdays !thursdays !fridays !minutes",
            "(our time|the time|time together|sessions|number of sessions) *3 (is|are) (limited|fixed|set)",
            "(not|will not|won't) be meeting (for ever|forever)",
        ]),
        ("time-limit", 0.95, "q", [
            "how many (sessions|meetings) *6 (left|remaining|have|agreed|said|together)",
        ]),
        ("session-opening", 0.9, "", [
            "how the (last|past) (week|seven days|7 days|few days|fortnight) (has|have) (gone|been)",
        ]),
        // --- Middle phase ---
        ("mood-event-link", 0.9, "", [
            "what (happened|happens|happen) to your mood (after|when)",
            "what did (that|it) do to (how you felt|your mood|how you were feeling)",
            "every time *8 you (go|get|feel|slip|sink|dip) (down|low|worse|flat)",
            "you (seem to|tend to|always) (go|get|feel|slip|sink|dip) (down|low|worse|flat) for",
            "(anything|something) *4 (happen|happened) *6 (explain|account for) (it|that|this)",
            "(your mood|how you feel|how you are feeling|feeling low) *3 and *6 (are|were|might be) (connected|linked|related)",
            "(worst|lowest|best) (stretch|days|day|point|part) *4 (followed|came after|was after)",
        ]),
        ("decision-analysis", 0.9, "", [
            "(worst|best) [thing] (that|which) (could|might|can) happen *6 (best|worst)",
            "what (might|would|could) happen if you (did not|do not|were to|went|did|said|told)",
            "(which|what) *4 (feels|seems|is|looks) (most|more) (doable|realistic|manageable|possible|likely to work)",
            "(in favor of|for and against|pros and cons|advantages and disadvantages) *3 (each|every|both|option|one)",
            "(the|that) (first|second|third|other|last) option",
        ]),
        ("dispute-stage", 0.9, "", [
            "(still|stopped) (arguing|fighting|talking|negotiating) *6 or *6 (silence|given up|stopped|avoid|avoiding|talking)",
            "neither of you *6 (raised|mentioned|brought|talked|spoken|said)",
            "want to stay in (this|the|your) (marriage|relationship)",
            "(cold silence|silent treatment|sighs and|stopped raising it|stopped bringing it up)",
        ]),
        ("dispute-identify", 0.78, "", [
            "(tension|friction|conflict|disagreement|falling out|trouble) (with|between) *6 (start|begin|began|started)",
            "the real (issue|disagreement|sticking point) (is|seems|might be)",
            "(want|wanting) *2 different things",
        ]),
        ("expectations", 0.88, "", [
            "(imagine|imagined|picture|pictured|expect|expected) *6 would (look like|be like)",
            "different (ideas|expectations|assumptions) about",
        ]),
        ("refocus", 0.9, "", [
            "(put|set|leave|park|putting|setting) *6 (to one side|aside|on hold|on one side)",
            "(do not|don't) want us to lose",
            "how does (this|that|all this|all of this) (connect|link|relate|tie) (to|in with|back to|with) what",
        ]),
        ("summary", 0.92, "", [
            "(main|key|important) (things|points|themes) we (talked about|discussed|covered|went over|looked at)",
            "(putting it|put it|pull it|pulling it|pull this|pulling this) [all] together",
            "(today|this session) you *4 (told me|talked about|said|mentioned|raised) *4 (two|three|a few|some|several) things",
        ]),
        ("affect-elicit", 0.9, "", [
            "(happening|going on) (for|in|inside) you [right] now",
            "(how|what) it (was|is|felt|feels) [like][for you] inside",
            "what (went|goes|was going) through you",
            "what would you be feeling",
        ]),
        ("clarification", 0.9, "", [
            "if i (follow|understand|have understood|have got|get|am following) you",
            "in the same breath",
            "(let me|can i|could i) check (i have|i have got|i understand|that i) *3",
        ]),
        ("affect-validate", 0.9, "", [
            "(anyone|anybody|most people) *8 would (be|feel) *3 (shaken|upset|angry|hurt|sad|devastated|the same|thrown|rocked|lost)",
            "(tears|crying|feelings|anger|sadness) (are|is) (welcome|okay|ok|allowed|fine|safe) here",
        ]),
        ("false-reassurance", 0.92, "", [
            "(going to be|will be) [absolutely|totally|completely|perfectly|just] fine (once|when|soon|in no time|you)",
            "(definitely|certainly) (be|will be) (glad|happy|pleased|delighted|fine|okay|ok)",
            "too much to live for",
            "(do not|don't) need a (safety plan|plan|crisis plan)",
        ]),
        ("cognitive-disputation", 0.94, "", [
            "if a (friend|colleague|loved one|someone you loved|friend of yours) (told|said|says|tells|thought) *12 (what would you say|would you believe|would you tell|would you agree)",
        ]),
        ("dream-interpretation", 0.95, "", [
            "(dream|dreams|dreamt|dreamed) *6 (trying to tell|telling you|means|mean|meant|symbol|represent|stands for)",
            "(trying to tell|telling you|means|mean|meant|symbol|represent|stands for) *6 (dream|dreams|dreamt|dreamed)",
        ]),
        ("measure", 0.95, "", [
            "(severe|moderate|mild|moderately severe) range",
            "(fill|filled|fill in|complete|do) *3 (this|the questionnaire|the form|it|the same questions) *2 again",
            "(on|in) the (questionnaire|phq|phq9|form) you (ticked|scored|marked|circled|put)",
            "(score|scores|scored) *6 from (~p_num) to (~p_num)",
            "(gone|come|went|dropped|fallen|fell) [down] from (~p_num) to (~p_num)",
        ]),
        ("social-steps", 0.85, "", [
            "(ring|call|phone|text|message|reply|replying|ringing|calling|texting|invite|inviting|contact|contacting|email|emailing|see|visit) *6 (before|by) (our next session|next session|we next meet|we meet again|next time|next week|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        ]),
        ("social-steps", 0.93, "", [
            "(low stakes|smallest version|smallest step|baby step|tiny step)",
            "last time you said you would (try|go|ring|call|text|reply|ask|join|visit) *10 how did (it|that) go",
            "(scale|ladder) *6 (easy|hard|terrifying|scary|difficult) *4 (to|where|how)",
        ]),
        ("role-play", 0.92, "", [
            "this time i (will|would) be",
            "(speaking as|i am playing|playing the part of|with me as|me being|i will play) (your|him|her|~relation|~p_other)",
            "(want to|shall we|let us|try|like to) (go again|try that again|run it again|do it again|have another go)",
        ]),
        // --- Termination ---
        ("credit-patient", 0.93, "", [
            "i (did not|do not) *6 you did",
            "(made|make|making) (these|those|the|this|that|all these|all those) (changes|change|difference) (yourself|on your own|happen yourself)",
            "(was not|wasn't|it was not|not) (luck|chance|an accident|by chance|a fluke)",
            "(got|get|getting|went|have got|have gotten) better because you",
            "what did you do differently",
        ]),
        ("encouragement", 0.9, "s", [
            "(more|better|further) than you (realize|realise|think|give yourself credit for)",
            "you have (worked|been working|tried|pushed yourself) [really|so|very|incredibly] hard",
            "(it is|that is|that was) (striking|impressive|remarkable|no small thing|not nothing|a real achievement)",
            "^(that|this) (matters|counts|took courage|took guts|is a real step|took real courage)",
            "(starting|beginning) to (show|pay off)",
            "exactly the (kind|sort) of (conversation|step|thing) that",
            "how much (effort|work|energy) you (are putting|have put|put|have been putting) in",
            "you did something (hard|difficult|brave|important|really hard|new)",
        ]),
        ("review-gains", 0.92, "", [
            "(shifted|changed|improved|moved) *3 as much as you [had|would] (hoped|wanted|expected|like)",
            "(look|looking) back (over|at|on) (what we|our|the work|these|everything)",
            "now that you (could not|were not able to|couldn't) *3 (in|at|back in) (~p_month|the start|the beginning|our first)",
            "(that is|that's) a lot of (change|progress|changes)",
        ]),
        ("next-steps", 0.95, "", [
            "(after|once) (we finish|we have finished|our last session|therapy ends|we stop|the sessions end|we end|therapy finishes|we are done)",
            "(meet|see you|sessions|check in|meeting) *3 (once a month|monthly|every month|every few months|every six weeks|booster|top up|follow up)",
            "write to your (gp|doctor)",
        ]),
        ("ending-feelings", 0.94, "", [
            "(finishing|ending|stopping|saying goodbye) (here|therapy|our work|these sessions|treatment) (is|can be|might be) [a|another] (change|goodbye|loss|ending)",
            "(miss|missing) [about] (coming here|our sessions|our thursdays|our mondays|our tuesdays|our wednesdays|our fridays|these sessions|our meetings|our work|therapy)",
            "i will miss (our|these|you|working)",
            "(feel|feeling|felt) *4 (when|as) (therapy|treatment|our sessions|we|the sessions) (ends|end|finish|finishes|stop|stops|is ending|are ending)",
            "(since|when) i mentioned *8 (last|end|finish|ending|stopping) !me",
        ]),
        ("relapse-plan", 0.9, "", [
            "(creeping|sneaking) back",
            "(depression|low mood|symptoms|old habits|the low|mood) *3 (coming|slipping|sliding) back",
            "(notice|noticed|spot|tell|see) *4 (you were|you are|you are) (slipping|sliding|going downhill|getting low|getting worse|struggling again)",
            "(if|when) you (notice|noticed|spot|spotted|start|started|found) *10 again *8 what (would|will|could|might) you do",
            "(plan|prepare|plan for|get through|getting through) *6 (christmas|anniversary|birthday|holidays|first without|hard times|difficult dates|those days|those dates)",
            "(christmas|anniversary|birthday|holidays|first without) *10 (plan|prepare|plan for|get through|getting through)",
            "(if|when) (things|it|your mood) (start|starts|begin|begins) *3 (going downhill|slipping|sliding|to slip|to slide|getting worse|to get worse|dipping|to dip)",
            "the (thing|things|sign|signs) to (watch|look out for|keep an eye on|watch for|watch out for)",
        ]),
        ("childhood-focus", 0.95, "", [
            "(go back|going back|back|take you back|think back) to when you were (very young|young|little|very little|small|a child|a baby|a toddler|tiny|a little girl|a little boy)",
            "earliest (memory|memories)",
        ]),
        ("childhood-focus", 0.88, "q", [
            "when you were (a toddler|a baby|very young|very little|tiny|small|little|a little girl|a little boy|a small child|five|four|three|six|seven|in nursery|at primary school)",
        ]),
        ("hostile-confrontation", 0.92, "", [
            "(always|another|more) *2 (excuse|excuses)",
            "(hard|difficult) to believe (you|that you)",
            "(round|around) in circles because you",
            "because you (will not|do not|refuse to|never) listen",
        ]),
        ("credit-patient", 0.88, "q", [
            "how did you manage (to do that|that|it|to do it)",
        ]),
        ("safety-plan", 0.93, "", [
            "(put together|make|draw up|write down|write|come up with|work out) *2 (a|the|some) plan *4 (next few days|tonight|this weekend|the thoughts|keep you safe|safe|the weekend|the worst)",
        ]),
        ("social-steps", 0.9, "", [
            "last time you said you would (try|go|ring|call|text|reply|ask|join|visit|invite|see|get in touch)",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "if i (said|did|say|do|got) *6 (annoyed|upset|bothered|hurt|offended|irritated|angered|wrong)",
            "i had to (move|cancel|change|rearrange|reschedule) (our|the|your|last) *2 (appointment|session|meeting)",
            "(taking up|wasting|take up|waste) (my|our) time",
        ]),
        ("timeline", 0.92, "", [
            "(draw|drawing|mark|sketch) *4 (line|timeline|time line|chart|graph)",
            "(around|about|at) (when|the time) *6 (started|began|first noticed|kicked in|first started|came on)",
        ]),
        ("summary", 0.93, "", [
            "(to sum up|summing up|to summarize|to summarise|in summary|to recap|so to recap|recapping)",
        ]),
        ("suicide-screen", 0.95, "", [
            "(can not|cannot|could not) go on",
            "(want|wanted|wanting) [it] all to (stop|end|be over)",
        ]),
        ("prior-episodes", 0.92, "", [
            "other times in your life when you",
            "(helped|help|worked) (last time|the last time|back then|before|that time)",
        ]),
        ("mood-event-link", 0.92, "", [
            "(come|came|start|started|was|happen|happened) before or after",
        ]),
        ("credit-patient", 0.9, "s", [
            "^you did$ !it !that !this",
            "(was|is|were) all (you|your doing|your own work)",
        ]),
        ("diagnosis", 0.96, "", [
            "(you have|you are suffering from|what you have is|you are experiencing) [a] (depressive illness|depression|major depression|clinical depression|depressive episode)",
        ]),
        ("dispute-stage", 0.9, "", [
            "last time you and (your|him|her|~relation|~p_other) *3 [actually|really] *2 ((talked|spoke) about (it|this|that|the|what|things)|discussed|had it out|sat down|raised it)",
        ]),
        ("patterns", 0.9, "", [
            "(do you|you) tend to (respond|react|deal|handle|cope|behave)",
            "(something|anything) [that] keeps (happening|repeating|coming up)",
            "end up (drifting|falling out|losing touch|pulling away|going quiet)",
        ]),
        ("perpetuation", 0.9, "", [
            "what do you get out of (keeping|staying|being|going|letting|giving|avoiding|not|saying|doing|it|that|this|playing)",
            "what does (it|that|this) cost you",
            "(who else|anyone else|someone else) (gets|get|got|is|are) (pulled|drawn|dragged) in",
        ]),
        ("mixed-feelings", 0.92, "", [
            "alongside the (sadness|grief|love|missing) *4 (anger|relief|guilt|resentment|frustration)",
            "(disappointments|frustrations|resentments|harder times|difficult times|hard times|bad times|downsides) too",
            "what was (harder|hard|difficult|more difficult|less good|not so good) about (him|her|your|~relation)",
            "(wish|wished) (you had|you would|you'd) said",
        ]),
        ("contract", 0.92, "", [
            "if you (need|have) to (cancel|miss a session|change a session|rearrange|move a session)",
        ]),
        ("termination-announce", 0.93, "", [
            "(start|begin|starting|beginning) to (wind down|wrap up|wind up)",
            "as we (wind down|wrap up|come to the end|near the end|approach the end)",
        ]),
        ("clarification", 0.85, "", [
            "you (want|wanted|said|say|told me) *8 (but|and yet|yet) you (turned down|did not|have not|said|told|never|refused|keep|avoided)",
        ]),
        // The network: who else is there, who has supported, who has dropped away (play-test feedback 3).
        ("inventory", 0.93, "", [
            "who else (have you|do you|are you|did you) *3 (in touch with|see|seen|talk to|talked to|close to|spend time with|spent time with|turn to)",
            "who (has been|have been|was|had been) (supportive|there for you|a support|helpful|good to you|around for you|looking out for you)",
            "(anyone|anybody|people|someone) you have (pulled|drawn|drifted|withdrawn|moved) away from",
            "(anyone|anybody|people|someone) you have (stopped seeing|lost touch with|stopped calling|cut off) !back !again",
        ]),
        // The passive death wish in sleep words is a screen, not a sleep symptom.
        ("suicide-screen", 0.96, "", [
            "(thoughts|thinking|thought|wish|wishing|wished|wanting|want) *3 not (waking|wake) up",
            "go to sleep and not wake",
        ]),
        ("directive", 0.93, "s", [
            "^(stop|cut down|cut back on|give up|quit) (drinking|the drinking|the drink|smoking|drugs|the weed)",
        ]),
        // Skills the patient already has, carried into the new setting (role transition / deficits support).
        ("skills-support", 0.92, "", [
            "(skills|strengths|experience|what you know|what you learned|talents) *8 (could|might|would|can) (use|help|be useful|transfer|bring|come in handy)",
            "you (were|are|have always been) (good|great|skilled) at *10 (could|might|would) [that|this|it] (help|be useful|come in handy|work)",
        ]),
        ("encouragement", 0.88, "s", [
            "(glad|pleased|good) [that] you (gave it a try|tried it|had a go|gave it a go|went anyway|did it anyway)",
        ]),
        // --- Integrator's probes (own variants, not from any test set) ---
        // A whole way of life lost with a role ("leaving the army meant losing a whole way of life").
        ("transition-loss", 0.9, "", [
            "(lost|losing|lose|lost out on) (a|your|the|that|this) *2 (way of life|world|identity|sense of purpose|sense of self|community|place in the world|status|independence|freedom|routine|structure) !died !death !sum !recap !summarise !summarize !heard !ipt",
        ]),
        // What the old role gave, asked in the past tense ("What did you enjoy most about being a teacher?").
        ("old-role", 0.9, "q", [
            "(enjoyed|liked|loved|valued|missed|did you (enjoy|like|love|value|get)) *3 (about|from|out of) (being (a|an|the)|your (old|former|last) *2|the old|working (as|at|in)|your job|that job|the job|your work)",
        ]),
        // The course of the mood ("Has it been like this all the time, or has it come and gone?").
        ("timeline", 0.9, "q", [
            // (The present perfect asks about the course; "most days, or does it come and go?" is a symptom question.)
            "(has|have) *6 (come and gone|been on and off|been off and on)",
            "been like this (all the time|the whole time|ever since|for how long)",
        ]),
        // What keeps a dispute going ("What keeps the fights going round in circles?").
        ("perpetuation", 0.93, "q", [
            // ("What keeps you going?" asks for reasons to live: the subject kept going must be the dispute.)
            "what (keeps|kept|is keeping|has kept) (the|this|these|those|it|them|things|that|all) *5 (going|stuck|going round|round in circles|the same|alive|happening|from (changing|shifting|getting (sorted|better|resolved)))",
        ]),
        // The message meant against the message received ("What did you want him to understand?",
        // "What were you hoping she'd hear?"): communication analysis, per the dispute manuals.
        ("communication-analysis", 0.93, "q", [
            // (Not "What would you want Walt to know?": planning what to say next is a social step.)
            "what (did|do|were|are) you (want|wanted|hoping|hope|mean|meant|trying|wish) *2 (him|her|them|~relation|~p_partner|~person) to (understand|hear|know|see|get|take from|realise|realize|notice|pick up)",
            "what would you have (wanted|liked|hoped|meant) *2 (him|her|them|~relation|~p_partner|~person) to (understand|hear|know|see|get|take from|realise|realize|notice|pick up)",
            "what (were|are) you hoping (he|she|they|~relation) (would|might|could) (understand|hear|know|see|get|take from|realise|realize|notice|pick up)",
        ]),
    ]
}
