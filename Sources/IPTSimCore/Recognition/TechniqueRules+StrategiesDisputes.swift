/// Problem-area strategy rules, disputes: naming the dispute, its stage, each side's expectations, the cycle that keeps it going and the same pattern elsewhere.
/// Table order decides ties between equal scores: entries keep the order they were added in.
extension TechniqueRules {
    static let disputeStrategies: [RuleIndex.Entry] = [
        ("expectations", 0.88, "", [
            "(what|how|idea|ideas|view|views) *4 (a|the) (husband|wife|partner|mother|father|daughter|son|mum|dad|parent|daughter in law|son in law) (should|ought to|is supposed to|is meant to)",
        ]),
        ("parallels", 0.88, "q", [
            "(anyone|anybody|someone|somebody) else *6 (this sort of|this kind of|the same|situation|like that|like this|end up|find yourself)",
            "where else *4 (do you|does (this|that|it)|have you|did you) *4 (find yourself|end up|happen|like that|like this|the same|same thing)",
        ]),
        ("parallels", 0.88, "", [
            "(like|similar to|same as) what (happened|used to happen|went on) (with|between) *2 your (dad|father|mum|mother|mom|parents|brother|sister|ex|family)",
        ]),
        ("perpetuation", 0.88, "", [
            "(stops|stop|stopping|prevents|preventing) (it|this|things|you both|you two) *2 (getting|being) *2 (sorted|resolved|settled|fixed|worked out)",
            "(usually|typically|normally|always|tend to|tends to) (play|plays|pan|pans) out",
            "so [that] nothing (changes|shifts|moves|gets sorted|gets resolved)",
            "(stuck|caught) in (the same|a|this|that) (loop|rut|cycle|pattern)",
        ]),
        ("dispute-identify", 0.86, "", [
            "(disagree|disagreeing|disagreement|disagreements|arguing|argue|argument|arguments|fight|fighting|fights|row|rows|rowing|conflict|dispute|clash|clashing|at odds|falling out|fell out|falling-out) *6 (about|over)",
            "what *6 (disagree|disagreeing|argue|arguing|argument|fight|fighting|conflict|dispute|row|rows) *3 (about|over)",
            "(what|where) *4 [the][main](issue|sticking point|disagreement|conflict|dispute|problem between)",
            "(you|the two of you|you two|you both) *4 (disagree|argue|fight|clash|at odds|see it differently|see things differently)",
            "who *4 (involved|sides|side)",
            "(what|which) *3 (side|sides) *6 (you|he|she|they|~person|argument|disagreement|dispute|conflict|between)",
            "(name|put into words) *4 (disagreement|dispute|conflict|problem)",
            "(row|rows|argue|argument|arguments|fight|fights|disagree|clash) *8 (usually|normally|mostly|generally|always) (over|about)",
            "^what is it (usually|normally|mostly|generally) (over|about) $",
        ]),
        ("dispute-stage", 0.86, "", [
            "(still|stopped) *2 (talking|trying|discussing|negotiating|speaking|working on)",
            "(gone|gone very|gone all) quiet",
            "(stuck|stalemate|impasse|deadlock|stand off|standoff|going round in circles|going around in circles|dead end) !grief !grieving !depression !mourning !focus !heart !centre !center",
            "(room for|any) *3 (give|compromise|negotiat*|movement|budge|flexibility)",
            "(is|are|was|were) (he|she|they|you|~person) *3 (willing|open|prepared|ready) to (talk|change|negotiate|compromise|discuss|listen|try) !which !option !options !ideas",
        ]),
        ("dispute-stage", 0.86, "q", [
            "(where|what stage|what point) *6 (things|the two of you|it|you|relationship) *4 (now|at|stand|are|is)",
            "(trying to (sort|work|fix|resolve|negotiate|agree|find a way|make it work|save|reach|talk it|mend|patch|get through to)|still trying|working it out|work it out|sort it out|resolve it|still negotiating|making progress)",
            "(want|willing|wanting|hoping) to *3 (save|keep|work on|fix|end|leave) *2 [the] (marriage|relationship|friendship)",
            "(can|could) be (saved|fixed|repaired|mended|rescued)",
            "(over|finished|end) *3 (relationship|marriage|friendship)",
            "(thinking|thought) (about|of) *2 (leaving|separating|divorce|ending)",
        ]),
        ("expectations", 0.9, "", [
            "(expect|expects|expected|expecting|expectation|expectations)",
            "(what|how) *6 (want|wants|wanted|hoping|hope|hopes|need|needs|needed) (from|of) (you|him|her|them|each other|~person)",
            "(what|how) (does|did|do) (he|she|they|~person) (want|need|expect|hope)",
            "(should|supposed to|ought to) *4 (role|job|do for you|be doing|look after|help out|share)",
            "(role|roles) *3 (in the|at|within the) (home|family|house|marriage|relationship)",
            "(fair|unfair) *6 (share|split|division|balance)",
            "(what|how) *3 (you|they|he|she) (think|thinks|believe|believes) *3 (owed|owes|owe|due)",
            "(imagine|imagined|picture|pictured|thought|think) *3 (your|his|her|their) role (would|will|should|might) be",
            "what did (he|she|they|~person) (imagine|expect|think|want|picture)",
            "(want|wants|wanted|hoping|hope|hopes|need|needs|needed) for from (you|him|her|them|each other|~person)",
            "what (are|do|did|were) you (hoping|hope|want|wanting|wish|wishing) (he|she|they|~person|~relation|your *1) *2 (understands|understand|would understand|to understand|realizes|realize|realises|sees|to see|does|would do|will do|to do|knew|knows)",
        ]),
        ("perpetuation", 0.86, "", [
            "(keeps|keeping|kept) *4 (going round|happening|this going|it going|the argument|the fight|it alive|the row|stuck|locked)",
            "(keeps|keeping|kept) (it|this|that|things|them|the argument|the fight|the row|the conflict) *3 going",
            "keep (this|it|the argument|the fight|things|the row) (going|alive|stuck)",
            "(same|usual) (pattern|cycle|way|thing|argument|fight|row) *4 (happen|happens|every time|again|over and over)",
            "(what|how) *4 (usually|typically|normally|tends to|always) (happen|happens|go|goes|end|ends) !pull !withdraw !friendship !friendships !relationships !dating",
            "(cycle|round and round|loop|vicious circle|merry go round|over and over|again and again)",
            "what (stops|gets in the way|prevents|is stopping|keeps) *6 (resolv*|sort*|settl*|working it out|moving forward|from ending)",
            "(why|how come) *4 (never|does not|doesn't) (get|gets) (resolved|sorted|settled)",
            "(each|every) time *8 (you|she|he|they) *4 (then|and|end up|it)",
            "(every time|each time|whenever) *6 (same|argument|row|fight) *4 (comes back|again|starts|returns|happens|back)",
            "the same (argument|row|fight|thing|conversation) (comes back|keeps coming|starts again|returns|comes round)",
        ]),
        ("parallels", 0.88, "", [
            "(other|different) (relationships|relationship|partners|people in your life|situations|jobs|family members)",
            "(similar|same) to what happened (with|in|before|when)",
            "(happened|happen|felt|feel|noticed|notice|seen) *5 (with (anyone|someone|other people|others)|elsewhere|in other)",
            "(remind|reminds|reminded) you of",
            "(similar|same|familiar) (pattern|thing|feeling|situation|dynamic) *4 (with|in|before|elsewhere)",
            "(anyone|someone|somebody) else *5 (treat|treated|made you feel|like this|done this)",
            "(ring|rings) *2 bell*",
            "familiar (feeling|pattern|situation|story)",
            "(with|in) your (family|parents) *5 (same|similar|like this)",
            "(show|shows|play|plays|playing) (up|out) *3 (now|with|between) !differently",
            "(this|that|the same) (kind of thing|sort of thing|pattern|thing) *3 (happen|happens|happened|come up|comes up) *4 (at work|with (others|other people|friends|your family)|elsewhere|as well|too)",
            "(like|same as|similar to) what happens with (others|other people|people|friends|your family)",
        ]),
        // Disputes: naming the issue between the parties.
        ("dispute-identify", 0.88, "", [
            "(issue|disagreement|conflict|sticking point|tension|fight|row|argument|problem) between (you|the two of you)",
        ]),
        // Disputes: where the dispute stands (impasse, renegotiation, dissolution).
        ("dispute-stage", 0.9, "", [
            // Inside an explicit recap these restate; the summary is the move.
            "(stopped|stop|given up|gave up|quit) (bringing it up|raising it|mentioning it|discussing it|talking about it|arguing about it|trying) !sum !short !recap !summarize !summarise !nutshell !check",
            "(silent treatment|not speaking to each other|not talking to each other|cold war|cold shoulder|frozen out|gone silent|in silence) !~death",
            "(now|just|there is|only) *3 silence (between|now|at home) !~death",
            "(any way back|work on|save|fix|repair|salvage|worth fighting for|worth saving) *12 (or|or whether) *6 (done|over|finished|given up|the end|beyond repair|walk away|leave|end it)",
            "(at the point of|the point where|point of) *3 (being done|leaving|walking away|giving up|calling it|ending)",
        ]),
        ("dispute-stage", 0.88, "q", [
            "(tried|try|attempted|attempt) to (negotiate|sort|work|resolve|talk it|compromise|fix|settle)",
        ]),
        // Disputes: non-reciprocal expectations of both parties.
        ("expectations", 0.92, "", [
            "you (thought|assumed|expected|figured|believed|imagined) *8 (and|but|while|whereas) (he|she|they|~person|your *1) (thought|assumed|expected|figured|believed|imagined)",
            "(what|how) each of you (wants|want|expects|expect|thinks|think|needs|need|hopes|hope)",
            "(division|split|share|sharing|balance) of (chores|housework|labour|labor|jobs|childcare|the load|responsibilit*|the work)",
            "(thinks|think|believe|believes|expects|means|supposed to|should) *3 a (good|proper|real|dutiful|decent) (daughter|son|wife|husband|mother|father|mum|mom|dad|partner|parent|sister|brother|friend)",
            "(married life|marriage|living together|the relationship|being married|moving in together) *3 (would|was going to|will) (look like|be like|turn out|work)",
        ]),
        // Disputes: the reciprocal cycle that keeps it going.
        ("perpetuation", 0.9, "", [
            "(you|he|she|they) *4 (then|and then) (he|she|they|you) *4 (more|harder|louder|quieter|worse|further|angrier|even more)",
            "the more (you|he|she|they) *6 the more (you|he|she|they)",
            "(every time|each time|whenever) *6 (calm|calms|settle|settles|settled|blows over|quiet|quiets|quietens) *6 (again|back|brings|starts|flares|blows up)",
            "(blows up|flares up|kicks off|erupts|blow up|flare up|kick off) *3 (again|every time|each time|whenever) !sum !short !recap !summarize !summarise !nutshell",
            "(after|once) (a|the|each|every) (fight|row|argument|blow up|blowup) *6 (what|how) *3 (do|does|did)",
        ]),
        // Disputes: the same pattern elsewhere, linked to now.
        ("parallels", 0.9, "", [
            "(with|at) (your|the) (last|previous|old|former|first|ex) *2 (boss|job|partner|husband|wife|relationship|marriage|manager|team|girlfriend|boyfriend) *6 (same|similar|like this|like that|too|as well)",
            "with your (ex|dad|father|mum|mom|mother|parents|boss|last boss|old boss|first husband|first wife|previous partner|stepmother|stepfather) *6 (and|now|also) *3 with",
            "(see|notice|recognise|recognize|spot) *3 (any of that|some of that|something similar|the same|that pattern|that) in (how|the way|your) *3 (you|with)",
        ]),
        // Expectations: who should do what, what is owed, what each is asking of the other.
        ("expectations", 0.9, "", [
            "(brought up|raised|taught|grew up) *4 (believe|believing|think|thinking|expect|expecting|that) *3 (should|ought|supposed|owes|owe|meant)",
            "(a|the|good) (wife|husband|son|daughter|mother|father|mum|mom|dad|parent|partner|man|woman|sister|brother) (should|ought to|owes|owe|is supposed to|is meant to|has to|must)",
            "(signing up for|signed up for|bargained for|thought you were getting)",
            "(what|how) *3 (want|wish|need|hope|like) (him|her|them|your ~relation) to (do|be|act|behave|treat|say|change|show)",
            "(asking|asks|asked|demanding|demands|demanded|requires|require|require) of (you|him|her|them)",
            "(owe|owes|owed|owing) (his|her|their|your|each) (parents|mother|father|mum|mom|dad|family|wife|husband|other)",
            "(fair|reasonable|good) (outcome|deal|compromise|arrangement|split|solution) *4 (for you|for him|for her|for both|each)",
        ]),
        ("perpetuation", 0.92, "", [
            "(what|how) *4 (happens|happen|goes|go|is it|things) *4 (after|once) (a|an|the|each|every|that) (fight|row|argument|blow up|blowup|disagreement)",
            "how does it (usually|normally|typically|tend to) (end|finish|go|play out|get left)",
            "(never|does not|not) (get|gets|got|really gets) (resolved|sorted|settled|dealt with|talked through|finished)",
            "(and|which|so) (that|this|it) (makes|made|gets|pushes) (you|him|her|them) *3 (more|even more|harder|worse|further)",
            "when (you|he|she|they) *4 (he|she|they|you) (pushes|push|pushed|gets|get|goes|go|got|went|shouts|shuts|withdraws|withdraw|backs|back) *2 (harder|louder|quieter|more|further|angrier|worse)",
        ]),
        ("dispute-stage", 0.9, "", [
            "(marriage|relationship|friendship) *6 (save|saving|worth saving|rescue|fight for|salvage)",
            "(open|willing|ready|prepared) (is|are|was|were) (he|she|they|~person|your *1) to",
            "(dug in|digging in|entrenched|at a standstill|not budging|nothing is moving|nothing moves|nobody budges|no one budges|neither of you (will|is) (budge|budging|give|giving|moving))",
            "(way through|way forward|way back|way out) *8 (dead end|impasse|stalemate|over|done|finished)",
        ]),
        ("parallels", 0.92, "", [
            "(this|that|the same|a similar) (position|situation|place|spot|role|dynamic) before",
            "(same|similar) (thing|pattern|story|dynamic) (happened|happens|happening) *2 (with|at|in)",
            "(like|similar to|same as) (how|the way|what) (your|it was with your) (parents|mum|mom|dad|father|mother|family|ex|brother|sister)",
            "^where else in (your life|life|your relationships|other relationships)",
        ]),
        ("parallels", 0.88, "q", [
            "with (someone|anyone|somebody) else",
        ]),
        ("perpetuation", 0.9, "", [
            "(end up|ending up|wind up|back) (in|at) (the same place|square one|where you started)",
            "(same place|back where you started|square one) *3 (every time|each time|again|always)",
            "(neither of you|nobody|no one) *4 (wants to|will|is willing to|is going to) *3 (give in|back down|budge|be the first|apologise|apologize|give way)",
            "(stays|stay|remain|remains|left|leaves it|leave it|leaving it|stayed) unresolved",
            "(avoid|avoiding|avoided|sweep|swept|sweeping) *3 (the subject|the topic|under the carpet|under the rug)",
        ]),
        ("dispute-stage", 0.92, "", [
            "(point of no return|beyond repair|past saving|too far gone|irretrievabl*|no way back)",
            "room for (change|movement|manoeuvre|maneuver|discussion|talking|negotiation)",
        ]),
        ("expectations", 0.92, "", [
            "(he|she|they|~person|your ~relation) (thinks|think|believes|believe|expects|feels) *2 you (should|ought|owe|need to|are supposed|must)",
        ]),
        ("dispute-identify", 0.92, "", [
            "(is|was) (the|this) (problem|quarrel|fight|argument|row|disagreement|conflict|issue|tension) *3 (about|with|over) *8 or",
            "(fight|quarrel|argument|row|disagreement|conflict|tension) (with|between) *4 (is|was|seems) *2 (about|over)",
            "(sticking point|bone of contention|crux of)",
            "(name|put a name to) *4 (thing|issue|problem|fight)",
        ]),
        ("dispute-stage", 0.92, "", [
            "(stay in|stay with|stay together|stay married) *12 (or|or whether) *6 (done|over|finished|given up|the end|leave|end it)",
            "(nobody|no one|neither of you) (is|are) (giving way|giving in|budging|backing down|moving)",
            "(wants|want) to (work this out|work it out|sort this out|sort it out|fix this|save this|make it work)",
        ]),
        ("dispute-stage", 0.9, "q", [
            "(last time|when) *6 (sat|sat down|talked|discussed|spoke) *4 (properly|about it|this through|it through|this)",
        ]),
        ("expectations", 0.9, "", [
            "(think|thought|imagined|expected|pictured) *2 it would be (like|when)",
            "(talk|talked|agree|agreed|decide|decided) *4 who (would|will|should) (stay|do|look after|pay|cook|clean|take care|handle)",
            "(did|does|gave you|give you) (what you want|what you wanted|what you need|what you needed)",
            "(sees|see|treats|treat) you as (the|a|her|his|their)",
            "(wanting|want|wants|expecting) from (him|her|them|~person|each other)",
            "(idea|ideas|view|views|picture|sense) of *4 (compare|compares|compared|differ|differs|fit|fits|match|matches)",
        ]),
        ("parallels", 0.92, "", [
            "(like this|the same|similar) with your (other|previous|last|old|first)",
            "(similar|same|alike) between *12 (and|with)",
            "(fights|rows|arguments|quarrels|fight|row|argument) with *4 (are|is) (like|similar to|the same as) *3 (fights|rows|arguments|quarrels|ones|fight|row) with",
            "(anywhere|somewhere) else in your life",
            "(compare|compared|comparing) *6 (to|with) the (ones|fights|rows|arguments|way) with",
            "with your (partner|husband|wife|boss|sister|brother|mum|mom|dad|ex|father|mother) and [with] your (partner|husband|wife|boss|sister|brother|mum|mom|dad|ex|father|mother|family)",
        ]),
        ("perpetuation", 0.93, "", [
            "(keeps|keep|stops|stop) *3 from (getting resolved|being resolved|ending|finishing|getting sorted|moving on|resolving|settling)",
            "(can not|cannot|never) (get|move) past",
            "(fuel|fan|fanning) *3 (fire|flames)",
            "(keeps|keep|keeping|kept) (the|this|that) *2 (alive|going)",
            "but nothing (changes|changed|shifts|gets resolved|moves)",
        ]),
        ("dispute-stage", 0.92, "", [
            "where are (you|the two of you|you two|you both) *4 with (this|it|things) *2 (now|right now|at the moment)",
            "(can|could) [still] be (resolved|sorted|worked out|sorted out|settled)",
        ]),
        ("dispute-stage", 0.88, "", [
            "(counselling|counseling|mediator|mediation|couples therapy|marriage guidance)",
        ]),
        ("perpetuation", 0.94, "", [
            "(waits|wait|waiting) for the other [one] to",
            "(fall|falling|fell|slip|slipping) back into the same",
            "what happens *4 after you *2 (go quiet|stop talking|calm down|make up)",
            "when (he|she|you|they) (withdraws|withdraw|pulls away|goes quiet|shuts down) *2 (you|he|she|they) (chase|chases|push|pushes|pursue|pursues|get louder|gets louder)",
        ]),
        ("perpetuation", 0.92, "", [
            "(stop|stops) (repeating|happening again|recurring)",
            "break (the|this) (cycle|loop)",
        ]),
        ("dispute-stage", 0.9, "", [
            "(hoping|trying|hope) to (change his mind|change her mind|change their mind|convince|persuade|win (him|her|them) round|get through to)",
            "hope *6 between (you|the two of you|you two)",
        ]),
        ("expectations", 0.88, "q", [
            "what (do|did|would) you (want|hope|like) to happen",
        ]),
        ("perpetuation", 0.93, "", [
            "how *4 (disagreement|disagreements|argument|arguments|row|rows|fight|fights|quarrel|quarrels|it) *6 (usually|normally|typically|tends to|tend to|generally) (ends|end|finishes|finish|goes|go|plays out|gets left|get left)",
            "^who [usually|normally|generally|always|tends to] (gives way|gives in|backs down|caves|apologises|apologizes|gives up|says sorry|makes the first move)",
            "(back off|back down|drop it|drops it|drop the subject|give up|go quiet|change the subject|walk away|walks away|let it go|leave it) *4 (before|without) *4 (decided|resolved|sorted|settled|agreed)",
        ]),
        ("parallels", 0.95, "", [
            "(boss|manager|partner|teacher|colleague|friend|girlfriend|boyfriend|husband|wife|someone|anyone|person|relationship) (before|in the past|previously) who (made|make|treated|treat|left|let) you",
            "where else *3 (do you|have you|does|did) *2 (notice|see|find|end up|feel|happen)",
        ]),
        ("perpetuation", 0.93, "", [
            "nothing [ever] (gets|got|is|was) (said|sorted|resolved|settled|talked about|decided|dealt with)",
            "(how|what) *4 (this|it|that|the argument|the row|things) (keeps|keep) (going|happening|coming back|coming up)",
        ]),
        ("perpetuation", 0.94, "", [
            "(and then|then) (nobody|no one|neither of you) (talks|speaks|says anything|gives way|mentions it)",
            "(say|said|says) nothing *10 (happens again|starts again|comes back|all over again)",
            "when (you|he|she|they) (withdraw|withdraws|go quiet|goes quiet|pull back|pulls back|shut down|shuts down|back off|backs off|nag|nags|push|pushes|shout|shouts|get angry|gets angry|walk away|walks away) *3 (what|how) (does|do|did) (he|she|they|you)",
            "(always|usually|every time|each time) (ends|end|finishes|finish) (the same way|in the same place|with you) !friendship !friendships !friends !people",
        ]),
        ("perpetuation", 0.94, "", [
            "(bring it up|raise it|mention it) *6 (goes quiet|go quiet|shuts down|walks off|walks away|changes the subject|gets defensive|gets angry) *6 (drop it|leave it|back off|give up|push harder|push more|get louder)",
            "(more|harder|louder) *3 (and|so) (he|she|they|you) *3 (further|even more|harder|quieter|louder)",
            "(end up|ending up) *2 (stuck|back) *2 (in|at) (the same place|square one|where you started)",
        ]),
        ("parallels", 0.94, "", [
            "(familiar|remind|like) *3 (from|of) your (first|previous|last|old|former|earlier) (marriage|relationship|job|partner|husband|wife|boss)",
        ]),
        // recog6b: disputes as expert clinicians phrase them. The same dynamic told back across relationships
        // ("it sounds a lot like what you described with your first husband", "as with your old one", "been in this
        // kind of standoff before"); what each side expects ("you expect him to..., he expects you to...", "what would
        // you like from her", "how realistic is it that he'll change"); where the dispute stands (a chance of working
        // it out or over; given up on sorting it; getting anywhere); what keeps it going after the row.
        ("parallels", 0.95, "", [
            "(sounds|sound|seems|feels|looks) *2 (a lot|very much|quite a lot|a bit|rather) like what (you|happened) *6 (with|about|in) (your|him|her|them)",
            "(reminds me of|echoes|mirrors|much like|similar to|the same as) what (you|happened) *4 (described|told me|said|went through|had) *3 (with|about|in)",
            "(with|about) your *3 (as|just as|like) (with|it was with|you did with|happened with) (your|him|her|the)",
            "(that is|this is|it is) (what|exactly what|just what) *3 (happening|going on|happens) (with|between) *4 now",
            "(other people|others|anyone else|people) in your (family|life) *2 (as well|too)",
        ]),
        ("parallels", 0.93, "q", [
            "(been|felt|found yourself|ended up) in (this|that|a) (kind|sort|type) of *2 (before|in the past)",
            "(situation|standoff|stand off|argument|row|fight|feeling|dynamic|position) like (this|that) before",
        ]),
        ("expectations", 0.93, "", [
            "you expect *8 (he|she|they|your *1) *3 (expects|expect|expected|seems to expect)",
            "you think *10 (and|but|while|whereas) (he|she|they|your *1) (thinks|think) *4 (means|should|ought)",
            "realistic *6 (change|will|to expect|to hope|going to)",
        ]),
        ("expectations", 0.88, "q", [
            "what (would|do|did) you (like|want|need|hope for|wish for) from (him|her|them|your ~relation|your ~p_other)",
            "(what|how) (does|do|did) (he|she|they|your ~relation|your ~p_other) think (your|you|a|the) *3 (is|should|ought|are|role|job|means)",
        ]),
        ("dispute-stage", 0.93, "", [
            "(chance|hope|hoping|way|possibility) *3 (working (it|this|things) out|sorting (it|this|things) out|fixing (it|this|things)|saving (it|the marriage|the relationship)) *10 (or|over|given up|end|finished)",
            "(given up|giving up|gave up) on (sorting|working|fixing|trying|talking|resolving|the (marriage|relationship))",
            "(sorted|resolved|settled|worked out) *10 (given up|giving up|gave up)",
            "(get|getting) anywhere *6 (or|same place|same spot|round in circles)",
        ]),
        ("dispute-stage", 0.88, "q", [
            "when did you *2 last *3 (talk|talked|speak|spoke|discuss|discussed) (about|it|this)",
        ]),
        ("dispute-identify", 0.93, "q", [
            "^what is (going on|happening) between you and",
            "(what|which) *4 you and (your|him|her) *3 (keep|always|usually) (coming back to|arguing|fighting|rowing|disagreeing|clashing|falling out)",
        ]),
        ("perpetuation", 0.93, "", [
            "after the (shouting|row|argument|fight|silence|rowing|arguing|screaming|blow up) (stops|ends|is over|dies down|calms down|has stopped)",
            "(rows|arguments|fights|rounds|conversations|discussions|disagreements) *10 (same way|same pattern|same place|same script)",
        ]),
        // recog6b batch 2: what each hoped the other would do ("what were you hoping he would say"), the picture held
        // before ("what did you think it would be like when you moved in"); what happens after the row, how it is
        // left, and it festering; "does this feel familiar".
        ("expectations", 0.9, "q", [
            "what (were|was|are) you (hoping|expecting|wanting|counting on) (he|she|they|him|her|them|your *1) *2 (would|to|might|will) (say|do|offer|notice|ask|understand|know|be)",
            "(what|how) did you (think|imagine|picture|expect|see) *5 would (be|look|go|work|change|happen) *3 when (you|we|the) *2 (moved|got|married|had|started|became|came)",
        ]),
        ("perpetuation", 0.92, "", [
            "(what|then what) happens *3 after (he|she|they|you|your *1) *2 (storms|walks|goes|slams|leaves|shouts|stops|walked|stormed|left)",
            "(leave|left|end|ends|ended) it *4 (after|with) (a|the|that|these|one of these) (row|argument|fight|disagreement|rows|arguments|fights)",
            "(it|this|things|that) *2 (festers|fester|simmers|simmer|bubbles|builds up|comes back round|comes round again|goes round and round)",
            "nothing (gets|is|ever gets|ever is|really gets|really changes|ever changes) *2 (resolved|settled|sorted|changes|different) !you !gains",
        ]),
        ("parallels", 0.92, "q", [
            "(does|is|did) (this|that|it) *3 *3 familiar !therapy !here !room",
            "(familiar|happened before) *4 (from|with) *3 (your|dad|mum|mom|father|mother|ex|boss|family|before)",
        ]),
        ("expectations", 0.95, "", [
            "(unspoken|unwritten|silent) (rules|rule|deal|agreement|agreements|expectations|contract)",
            "(what is|what was) the deal between you",
        ]),
        // recog6b batch 4: wanting something of the other ("you'd like him to help more", "does he know what you want",
        // "what would be a reasonable thing to ask of him", "you want X and she wants Y", "in an ideal world");
        // the part each plays in keeping it going; what the dispute is mainly about; the relationship's stage as over or worth fighting for.
        ("expectations", 0.9, "", [
            "(would like|would want|want|wanted|need|needed|hoping) (him|her|them|your ~relation|your ~p_other) to (help|understand|respect|listen|notice|offer|support|share|pitch in|step up|take on|do more|be more|appreciate|recognise|recognize) !saying !yet !say !mean",
            "(knows|know|knew|understand|understands|understood|aware of|told (him|her|them)) *2 what you (want|need|expect|are hoping|hope|would like|are asking) !say !saying !mean",
            "(reasonable|fair|realistic|too much) *4 (ask of|expect of|expect from|ask from|to ask|to expect)",
            "what would it look like if (he|she|they|your *1) (were|was|did|actually)",
            "(like|want) (things|it) to be between you",
            "would say (he|she|they) (wants|needs|expects|is hoping|would like)",
        ]),
        ("expectations", 0.93, "", [
            "you (want|need|would like|expect) *8 (and|but|while|whereas) (he|she|they|your *1) (wants|needs|would like|expects)",
            "what (does|do|did) (he|she|they|your *1) (want|need|expect) *4 what (do|did) you (want|need|expect)",
        ]),
        ("expectations", 0.9, "q", [
            "(in an ideal world|ideally|in a perfect world|if you could have it your way|if you had a magic wand) *6 (he|she|they|would|your)",
        ]),
        ("perpetuation", 0.92, "", [
            "what happens when you *3 (raise|bring up|talk about|mention|broach|ask about) (it|this|that|the)",
            "what happens when you *3 (bring|brought) (it|this|that|the subject|the money|the topic) up",
            "(your|his|her|each of your|their) (part|role|bit|share) in *4 (carries on|continues|keeps going|going on|stuck|keeping it|how it goes|the cycle)",
        ]),
        ("dispute-identify", 0.9, "", [
            "(mostly|mainly|really|just|only) about *4 (or|more to it|something else|something deeper)",
            "(see|view|look at) (it|the|this|things|that) *4 differently",
        ]),
        ("dispute-stage", 0.92, "q", [
            "(it|the marriage|the relationship|things|you two|it all) (is|are|was|were) (over|finished|done|dead in the water|beyond repair) !session !sessions !therapy !week",
            "worth (fighting for|saving|working on|trying for)",
        ]),
    ]
}
