/// Rules written with the problem-area strategies for techniques of other families: middle-phase and termination techniques phrased the way they come up inside the problem-area work (communication and decision analysis, role-play, the therapeutic relationship, encouragement, crediting the patient, ending feelings, the time limit).
/// Table order decides ties between equal scores: entries keep the order they were added in.
extension TechniqueRules {
    static let strategyAreaTechniques: [RuleIndex.Entry] = [
        // recog3: the acts, phrased the ways trainees put them (hedged, inverted, British).
        ("encouragement", 0.93, "s", [
            "(brave|courageous|bold|gutsy|plucky) of you",
            "(took|takes|showed|shows) *2 (guts|courage|bottle|nerve)",
            "(real|genuine|huge|big) achievement",
        ]),
        ("decision-analysis", 0.88, "q", [
            "(what|which) *4 (things|ways) *2 you (could|might|can) *2 (do|try|handle|say|go)",
        ]),
        ("review-gains", 0.9, "", [
            "(achieved|accomplished|gained|learned|learnt|changed) *4 since (we|you) (began|started|first)",
            "(doing|do|did) *2 differently *4 (helped|helps|helping|made a difference)",
            "(the|a|that|such a) (biggest|most|real|main|big) difference !enough !could !can !will !would",
        ]),
        ("therapeutic-relationship", 0.9, "", [
            "(open|opening) up *2 (to|with) me",
            "(trust|trusting) me *3 (with|enough)",
        ]),
        ("time-limit", 0.88, "", [
            "(leaves|leaving|gives|giving) (us|you) *2 (one|two|three|four|five|six|seven|eight|2|3|4|5|6|7|8) (more|sessions|weeks|meetings)",
            "(that is|this is) (week|session) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)",
        ]),
        // The middle-phase techniques (new patterns here while +Techniques.swift is owned elsewhere).
        ("communication-analysis", 0.9, "", [
            "(hoping|hoped|wanting|wanted|want|trying|tried|meant|meaning) *4 when you (said|say|told|did|slammed|walked|shouted|texted|yelled|wrote|sent|answered|replied|put it)",
            "(came|come|comes|coming) across (to|for)",
            "the way (you|he|she|they) (said|say|put|phrased|asked|told|worded)",
            "(argument|arguments|conversation|row|fight|exchange|call|talk) *10 (in detail|step by step|moment by moment|blow by blow|bit by bit)",
            "(let us|shall we|can we|could we|we could|i would like to|like to|want to|going to) *3 (replay|rewind|go back over|slow down|slow it down|slow that down)",
            "if i (had been|was|were) (there|in the room|watching|listening|a fly on the wall)",
            "(what|how) would (i|someone|a fly on the wall|an observer) have (heard|seen|noticed)",
            "how did you (put|phrase|word) it",
            "(what|how) did (it|that) (land|come across|sound) *2 (to|for|with)",
        ]),
        ("decision-analysis", 0.9, "", [
            "what else (you|we) (could|might|can) (do|try)",
            "(besides|other than|apart from|instead of) (either|just)",
            "which (one|option|of those|of these|of them|path|way) *4 (feels|seems|sounds|looks|feel|seem) *3 (doable|possible|right|best|manageable|realistic|likely|most)",
            "you could *8 (or|or else) (you could|you might|maybe you|perhaps you|we could)",
        ]),
        ("role-play", 0.93, "", [
            "^[okay|ok|so|right|alright] [so|then|now] i am *2 now !here !sorry !back !done !ready !confused !worried $",
            "^[okay|ok|so|right|alright] [so|then|now] i am (your|~person) *2 now",
            "(let me|i am going to|i will|i can|i could|i would|ill) (play|take the part of|act as|pretend to be) (your|him|her|~person|the|a)",
            "^(i will|ill) be your *2 (go ahead|now|you start|ready|so|okay)",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "(when|after|because|that|since) i had to (reschedule|cancel|move|change|rearrange|postpone|end|stop|leave|be away|go away|miss|cut)",
            "(our|these|the) (sessions|meetings|work together|therapy) (are|is|have been|has been) *2 (going|different)",
            "(our|these|the) (sessions|meetings|work together|therapy) *3 (different|like to change|would change)",
            "(hard|difficult|awkward|embarrassing|uncomfortable|scary|easy|okay) (to|for you to) (tell|say|admit|share|bring|mention|show) (me|that to me|this to me|it to me)",
            "(disagree|argue|say no|push back|be angry|be annoyed|be honest|contradict|correct) (with|to) me",
        ]),
        ("credit-patient", 0.93, "s", [
            "(it was|it is|that was) you who",
            "you (did|have done|put in) the (hard part|hard work|work|heavy lifting|legwork)",
        ]),
        ("credit-patient", 0.93, "", [
            "(what|which) *3 you (did|do|have done|changed|tried) *4 made (this|that|it) (possible|happen|work)",
        ]),
        ("relapse-plan", 0.93, "", [
            "(if|when) you (notice|see|spot|get) (those|these|the|any|some of those|some of these|any of those|any of these) (signs|signals|warning signs|changes|symptoms)",
            "(if|when) (things|it|life|stuff) (get|got|gets|getting|become|became|start getting|started getting) (difficult|hard|bad|tough|worse|rough|dark) again",
        ]),
            // recog4b batch 4.
        ("communication-analysis", 0.92, "", [
            "(first|last|next) thing (you|he|she|they|~person) said",
            "what was (your|his|her|their) (reply|response|answer|comeback)",
            "(she|he|they|~person) (might|may|would|could) have (understood|heard|taken|read|interpreted)",
            "(might|may|would|could) (she|he|they|~person) have (understood|heard|taken|read|interpreted)",
            "(happened|was said|did you say|did (he|she|they) say) (next|then|after that) *3 (conversation|argument|row|call|discussion|fight|exchange)",
            "(effect|impact) *4 (had|have|has) on (him|her|them|~person)",
            "(could|might) have (said|put|phrased|worded) (it|that|this)",
        ]),
        ("ending-feelings", 0.96, "", [
            "(natural|normal|understandable|okay|ok|common) *6 (as|that|when|now) we (get|come|draw|are|start) *3 (end|close|finish|finishing|ending)",
            "(worried|anxious|scared|nervous|uneasy|sad|miss|manage|managing|cope|coping) *4 without (our|these|the|me|our weekly) (sessions|meetings|therapy|appointments|support|me|chats)",
        ]),
        ("ending-feelings", 0.95, "q", [
            "(think|thinking) about (finishing|ending|stopping|saying goodbye|our last|the end of (our|therapy|the sessions)) !life !lives !yourself !~suicide",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "(what|how) i (think|thought|feel|felt|might think) (of|about) you",
        ]),
        ("role-play", 0.94, "", [
            "(i will|ill) be *1 and you (say|tell|start|go|try|be)",
            "(you|me) (playing|play) (your|him|her|~person|the) *2",
            "(the other way round|the other way around|swap roles|switch roles|reverse roles|swap places) !not",
        ]),
        ("communication-analysis", 0.92, "", [
            "(look|looking) (closely|carefully|in detail) at *3 (exchange|conversation|argument|row|call|what was said|discussion)",
            "(line by line|step by step|moment by moment|blow by blow|bit by bit) !plan !recovery",
            "(unpack|break down|go over|look at) *2 what (was said|you said|he said|she said|they said)",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "(the way i|how i) (work|do things|run the sessions|ask|talk|respond|said|put it|came across)",
            "(how|what) i (would|might|will) (react|respond|think|say|judge|feel)",
        ]),
        ("role-play", 0.93, "", [
            "(you be|you play) (you|yourself)",
            "let me be *1 (for a (minute|moment|bit|second)|now|and you)",
            "(try|say) [saying] (that|it) (again|once more) *4 (but|more|this time|firmly|slowly|calmly|louder|clearly)",
        ]),
            // recog4b batch 6 (TRAIN writers E-G): more verb families and constructions.
        ("communication-analysis", 0.92, "", [
            "(understood|took it|took that|heard|made of|read it|read that) *2 when you",
            "(landed|land|lands|went down|come across) (for|with) (him|her|them|~person|your *1)",
            "(get|take|understand|hear|read) (from|out of) (that|the|your) (message|text|email|letter|note|call|silence|comment|remark)",
        ]),
        ("credit-patient", 0.93, "", [
            "(who|what) *4 (made (these|the|those) changes|deserves [the|some] credit|responsible for (the|these|this) (changes|progress|change))",
        ]),
        ("credit-patient", 0.93, "s", [
            "(that is|that was|it is|it was) (your|all your) (achievement|doing|success|win)",
            "(that is|that was|it is|it was) all you",
            "(your|you) *6 (turned things around|turned it around|made the difference|made all the difference)",
        ]),
        ("decision-analysis", 0.93, "", [
            "(option|options) (one|two|three|a|b)",
            "which (one|option|of those|of these|of them) *4 (work|works|will work|would work) (best|better)",
            "^[and] if you (stayed|stay|left|leave|quit|chose|choose|decided|decide|moved|move|went|go back|went back) *6 $",
        ]),
        ("ending-feelings", 0.96, "", [
            "how (do|does|are|would|will) you (feel|feeling) *3 (about|that) *3 (finishing|ending|stopping|our last|we finish|we end|the end)",
            "(feel|feeling|felt) *8 when (therapy|treatment|the sessions|our sessions|we) (ends|end|finishes|finish|stop|stops)",
            "(like|feel) *4 (next week|next time|this|today) is our (last|final)",
            "(quiet|upset|sad|changed the subject|went silent) when i (said|mentioned|brought up) *4 (last|end|ending|finish*)",
            "part of you is (ready|relieved|glad) *6 part of you",
            "(worried|anxious|scared|nervous|uneasy|manage|managing|cope|coping) *4 without (coming here|seeing me|these sessions|our sessions|our meetings|therapy)",
            "(miss|missing) (our|these|the) *2 (sessions|meetings|chats|talks|time together)",
        ]),
        ("role-play", 0.94, "", [
            "^[okay|ok|so|right|alright] now i am (your|~person)",
            "(how about|what if|suppose|let us say) i (be|play|pretend to be) (your|him|her|~person)",
            "(when|while) i was (playing|being|pretending to be) (your|him|her|~person)",
            "give it another (go|try|shot)",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "when i (ask|asked|bring up|brought up|mention|mentioned|push|pushed|suggest|suggested)",
            "(not sure|wonder whether|wonder if|doubt|worry) *2 i [really] (get|understand|can help|could help)",
            "(did|have) i (say|said|do|done) (something|anything)",
            "(if|when) i (say|said|do|get) (something|anything) (wrong|that)",
            "(that i am|me being) (younger|older|a man|a woman|not from|from a different)",
            "(trust|count on|rely on) *3 i (will|would|am going to) *2 (be here|be there|stay|come back)",
            "(anything|something) i (say|said|do|did) (does not|did not) (sit right|feel right|help|fit)",
            "(disagreed|disagreeing|argued) with me",
        ]),
        ("communication-analysis", 0.93, "", [
            "(moment|point) (things|it|the conversation|the argument|the row) (turned|changed|went wrong|shifted|escalated|blew up)",
            "(what|which) point *3 (conversation|argument|row|it|things) (go|went|turn|turned) (wrong|bad|sour)",
            "(reconstruct|replay|rebuild) (that|the|this) (argument|conversation|row|exchange|fight|call)",
        ]),
        ("communication-analysis", 0.92, "", [
            "(wanted|would have wanted|were hoping|hoped) *1 to (understand|know|hear|get|see|realise|realize)",
        ]),
        ("communication-analysis", 0.95, "", [
            "to (understand|know|hear|get|see|realise|realize) when you (said|told|did|shouted|texted|wrote|walked|slammed)",
        ]),
        ("time-limit", 0.93, "", [
            "(five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|5|6|7|8|9|10|11|12|13|14|15|16) more (sessions|meetings|weeks|wednesdays|mondays|tuesdays|thursdays|fridays)",
            "(our|the) (time|work) together is (limited|time limited|short|finite)",
        ]),
        ("relapse-plan", 0.94, "", [
            "(tell|show|let) you *4 (things|it|you|the depression|your mood|the low mood) (are|were|is|was) (sliding|slipping|dipping|getting worse|coming back|going downhill|going down)",
            "(notice|noticed|spot|spotted|see|saw) *2 (the|those|these|any|your) (old|usual|familiar|same|early|warning) (signs|signals|symptoms)",
            "(knock|set|throw|knocks|sets|throws) you (back|off course)",
        ]),
        ("review-gains", 0.94, "", [
            "(achieved|accomplished|gained|learned|learnt) *3 (over|in) (these|the|our|the last|the past) *2 (weeks|months|sessions)",
            "(changes|progress|gains) *4 (proud of|pleased with|most proud)",
        ]),
        ("time-limit", 0.93, "", [
            "(only|just) have (five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|5|6|7|8|9|10|11|12|13|14|15|16) (weeks|sessions|meetings) !focus !turn !back",
        ]),
        ("review-gains", 0.93, "", [
            "(most|more) (useful|helpful|important|valuable) *4 (our work|our sessions|our time|coming here|these sessions|therapy)",
            "^[when] you (first came|came in|came to me|started here|first started) *6 (barely|hardly|not|could not|unable|were|felt) !today !late !early",
        ]),
        ("credit-patient", 0.93, "", [
            "how did you (manage to|get) *2 (make that happen|do that|pull that off|make it happen|turn it around|turn things around)",
        ]),
        ("ending-feelings", 0.95, "", [
            "part of you *6 (glad|relieved|ready|sad|sorry) *4 (finishing|ending|stopping|to stop|to finish|end)",
        ]),
    ]
}
