/// Problem-area strategy rules, deficits: past relationships, the pattern that repeats across them, and small concrete social steps.
/// Table order decides ties between equal scores: entries keep the order they were added in.
extension TechniqueRules {
    static let deficitStrategies: [RuleIndex.Entry] = [
        ("past-relationships", 0.9, "q", [
            "(was there ever|has there ever been|thinking back|looking back|over your life|over the years|years ago) *8 (close|closest) !now !today !lately",
            "(close|closest) *6 (years ago|over your life|in your life so far|thinking back|looking back)",
        ]),
        ("social-steps", 0.93, "q", [
            "(could|might|would|will|can) you *4 (contact|call|text|ring|message|get in touch|reach|phone) *8 (this week|before (next time|we meet|next week|next session|our next))",
            "(would you be up for|would you be willing to|could you try|would you feel able to|are you up for) *2 (ringing|calling|texting|messaging|inviting|contacting|phoning|ring|call|text|message|invite|contact|phone)",
        ]),
        ("patterns", 0.95, "", [
            "(step|steps|stepping|pull|pulls|back|backing|leave|leaving) (away|off|out) first",
            "with *6 with *6 (and|even|nearly|also) with me",
        ]),
        ("past-relationships", 0.88, "", [
            "(friendships|relationships|friends|friendship) *4 (gone well|went well|go well|worked|worked out|work out)",
            "(past|earlier|previous|former|old|childhood|school|younger|university|college) *3 (friendships|friends|relationships|partners|boyfriend|boyfriends|girlfriend|girlfriends|relationship|friendship)",
            "(friendships|relationships|friends|friendship) *5 (had|in the past|over the years|growing up|at school|when you were younger|before|used to have)",
            "(closest|best) (friend|friendship|relationship) *4 (ever|you have had|you ever had|in the past|at school)",
            "(ever|have you had|did you have) *4 [a][close](friend|friends|friendship|relationship|someone to confide|someone you could talk to)",
            "(friends|friendships) *4 (you have had|you had|you have lost)",
            "(relationships|friendships|friends) *4 (at|in|during) (university|college|school|your twenties|your teens)",
        ]),
        ("past-relationships", 0.9, "", [
            "(close to|friends with|friendly with) (anyone|someone|people|anybody) *3 (at school|at university|at college|growing up|when you were younger|in the past|over the years|back then)",
            "(closest|close) to *3 (over the years|in the past|growing up|at school|back then|in your life so far|when you were younger)",
        ]),
        ("patterns", 0.86, "", [
            "(pattern|patterns|common thread|theme|similar|similarities|same way|tend to|tends to|repeat|repeats|repeating|again and again|each time|every time|common way) *6 (friendships|relationships|people|end|ended|start|get close|happen|go|friends)",
            "(notice|noticed|see|spot) *4 (pattern|common|the same|similar|theme|thread|a link) !time",
            "how do [your](friendships|relationships) *3 (end|usually go|tend to|start)",
            "(what|how) *4 (usually|typically|tends to) (happen|happens) *4 (friend|friends|people|close|relationship)",
            "(when|as|each time|every time) *3 (people|someone|friends) *3 (get close|gets close|getting close|closer|start to matter)",
            "(pull|pulling) (away|back)",
            
            "in common",
            "(friendships|relationships|friends) *3 always (been|gone|ended|like this)",
            "in (each|all|every one) of (these|those|them)",
            "(stopped|stop|stopping) (replying|calling|answering|texting|getting in touch|responding) before (they|he|she)",
        ]),
        ("social-steps", 0.9, "", [
            "(small|one|first|tiny|little|manageable|next) *2 (step|steps|thing|way) *8 (social|people|contact|reach|out|week|try|connect|someone|friend) !change !different",
            "(reach|reaching|reached) out to",
            "(text|message|call|phone|invite|ask|email|ring) *4 (someone|somebody|a friend|a colleague|a neighbor|for a coffee|out for|to (lunch|coffee|dinner|the)|an old friend|one person|a person) !us",
            "(join|joining) *3 (club|group|class|choir|team|meetup|society|gym)",
            "(coffee|lunch|walk|drink|tea) with (someone|a friend|a colleague|a neighbor|him|her|them)",
            "(this|next|coming) week *8 (contact|call|text|invite|see|meet|say hello|talk to|message)",
            "(say hello|start a conversation|small talk|chat with)",
            "(could|might|can|will|would|try to|plan to|want to|like to) *2 (get out of the house|go out)",
            "(go|going|come|coming) [along] to *3 (club|group|class|choir|meetup|society|gym|quiz) *6 (once|try|see how|just|this week|next week) !again",
        ]),
        // Deficits: the repeating pattern across relationships.
        ("patterns", 0.92, "", [
            "(pull|pulls|pulled|pulling|step|steps|stepped|stepping|back|backed|backing|leave|leaves|left|leaving|withdraw|withdrew|withdrawing|drift|drifted) (away|off|out|back) first",
            "(first|away|back|off) before (they|he|she|people|anyone|others) (could|can|get the chance|got the chance|do|did)",
            "(a|the|common|same) (thread|theme|through line|red thread) !depression !anchored !focus",
            "(third|second|fourth|another) time *5 (describe*|mention*|told me|talk*|happen*|end*)",
            "(what is|anything|something) (the same|similar|in common|alike) (in|about|between) *12 (and|with)",
        ]),
        // Deficits: past relationships, good and bad.
        ("past-relationships", 0.9, "", [
            "(times|a time|period|periods) in your life *6 (connected|close|closer|friends|people|less alone|less lonely)",
            "(drift|drifted|drifting|grow|grew) (apart|away)",
            "(was|were) *2 (good|hard|difficult|bad) about (that|the|your) (friendship|relationship)",
        ]),
        // Deficits: concrete small social steps, and reviewing them.
        ("social-steps", 0.92, "", [
            "(would you be up for|would you be willing to|could you try|would you feel able to|are you up for) *2 (replying|reply|answering|saying hi|saying hello|going along|going out|joining|meeting|asking|inviting|getting in touch)",
            "(start|starting|begin) *3 (small|tiny|little) *8 (saying|hi|hello|text|message|call|ask|invite|person|people|someone|coworker|colleague|neighbour|neighbor|friend)",
            "(say hi|saying hi|saying hello|wave to|nod to)",
            "(what|how) *3 (make|making) it *4 easier to *3 (go|join|get there|show up|attend|reach out|text|call|say|turn up)",
            "how did it go *4 (texting|calling|ringing|messaging|meeting|inviting|going|seeing|joining|reaching|asking|replying)",
            "(club|group|night|class|meetup|choir|team|society|gym|quiz) *8 (worth a (go|try|shot)|give it a (go|try)|worth trying)",
        ]),
        // A question proposing a contact this week is the social step; the same as a statement is a directive.
        ("social-steps", 0.92, "q", [
            // "return Samuel's call this week" is a grief case's reinvestment: the verb needs a person after it.
            "(call|ring|phone|text|message|contact|invite) (him|her|them|~person|someone|somebody|anyone|a friend|an old friend|your *1) *6 (this week|before (next|we meet|our next))",
            "(reply*|reach out|catch up|say hello|say hi|meet up) *8 (this week|before (next|we meet|our next))",
        ]),
            // recog4b batch 3.
        ("past-relationships", 0.92, "", [
            "(friends|close|friendships|relationships|mates|best friend) *4 when you were (a teenager|younger|at school|in your twenties|in your teens|at university|at college|in the army|single)",
            "(used to be|were once) close to",
            "(people|friends|someone|anyone|who) *2 you used to (be close to|see|spend time with|know|hang out with|go out with|confide in)",
            "(last|previous|first|old) (relationship|partner|friendship|girlfriend|boyfriend|long term relationship) *3 (end|ended|finish|finished|break up|broke up|fall apart|fell apart)",
        ]),
        ("patterns", 0.93, "", [
            "(often|always|usually|keep|tend to) (end up|find yourself|ending up|finding yourself) *4 (in|with) (friendships|relationships|people|friends)",
            "(tends to|tend to|usually|always|typically) (happen|happens|go|goes|end|ends) *8 (friendship|friendships|relationships|friend|friends|people)",
            "(the way|how) things (usually|always|tend to|typically) (go|end|happen|turn out) *3 (with people|with friends|for you|in relationships)",
            "(part|role) *3 you play in *4 (friendships|relationships|friendship|relationship)",
        ]),
        ("social-steps", 0.92, "", [
            "(small|first|tiny|little|manageable|next|realistic) *2 (step|steps) *8 (reconnect*|connect*|see*|contact*|reach*|people|social|friend*|others)",
            "(suggest|propose|arrange|organise|organize) *3 (a coffee|a walk|a drink|lunch|a meal|to meet|meeting up|getting together)",
            "between now and (next|our next) *10 (people|someone|friend|others|contact|call|text|see|meet|invite)",
            "how did it go (when you|with) *4 (called|texted|invited|went|met|joined|asked|rang|messaged|phoned)",
        ]),
        ("past-relationships", 0.9, "", [
            "(first|earliest) *2 (relationship|girlfriend|boyfriend|love|friendship|partner|best friend|real friend)",
            "(who|anyone) *3 (there for you|you could (talk|turn) to|to confide in|you trusted) *4 (younger|growing up|at school|back then|in the past|as a teenager)",
        ]),
        ("past-relationships", 0.93, "", [
            "(close|closest) to *3 (in|at) (secondary school|high school|school|university|college|uni|sixth form)",
            "(best|closest|first) (friendship|friend|relationship) *2 (like|end|ended)",
            "(think back|thinking back) *3 (friendship|relationship|friend)",
            "(anybody|anyone|someone|friends) *3 (you got along with|you got on with|you were close to|you were friends with)",
            "last (person|time) you (felt|were) *2 close",
            "(friends|friendships) from (university|uni|school|college|your old|the old|back home)",
            "(people|friends|relationships) who (have|has) mattered",
        ]),
        ("patterns", 0.93, "", [
            "(over and over|again and again|keeps happening|repeat*) *4 (relationships|friendships|people)",
            "(wait|waited|waiting) for (them|people|others|him|her) to (call|text|reach|contact|make|get in touch|invite)",
            "(usually|always) you who (stops|stop|pulls|drifts|leaves|ends|goes quiet)",
            "(notice|see) *6 (drifted|drift|pulled away|ended|faded) !focus !topic !we",
            "(same|similar) thing *4 with [your] (friends|friendships|people)",
            "(have|has|had) in common",
            "(stops|stop|keeps|keep) you from (getting close|letting people in|reaching out|making friends)",
        ]),
        ("social-steps", 0.93, "", [
            "(coffee|lunch|a walk|dinner|tea) (on|this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)",
            "(homework|task|goal|assignment|experiment) *6 (go to|join|call|text|invite|meet|say|reply|greet|attend|visit)",
            "(reply|respond|answer) to *4 (message|text|email|chat|invitation|invite) !find !finds !found",
            "(stay|stay back|hang around|stick around) *3 (after|for) *4 (service|class|meeting|tea|coffee|drinks)",
            "(club|group|night|class|meetup|choir|team|society|gym|quiz|party|drinks|service|chat) *4 [for] [just] (half an hour|twenty minutes|an hour|one hour|ten minutes|a few minutes|a short while)",
            "(smallest|easiest|simplest) (step|thing) *4 (toward|towards|to) *3 (meeting|seeing|people|connect*|friends)",
            "(reply|replying|post|posting|message) *3 (group chat|chat|whatsapp)",
        ]),
        ("social-steps", 0.92, "", [
            "(which|what) (neighbour|neighbor|friend|person|colleague|one) *4 (easiest|easier|best) to (start|approach|contact|begin)",
            "(sitting|sit) with *3 (colleagues|coworkers|people|others) at (lunch|break)",
        ]),
        ("past-relationships", 0.92, "", [
            "(felt|been) (most|more|really) (connected|understood|close) *4 (people|someone|anyone|others)",
            "(important|closest) people in your (twenties|teens|thirties|youth|school years)",
        ]),
            // recog4b: play-test feedback round 3.
        ("social-steps", 0.9, "", [
            "(held you back|holds you back|hold you back|holding you back|gets in the way of|get in the way of|got in the way of|keeps you from|kept you from) *3 (calling|ringing|phoning|texting|replying|messaging|asking|inviting|contacting|reaching out|getting in touch|answering|going along|joining)",
        ]),
        ("past-relationships", 0.94, "", [
            "(get on|got on|get along|got along) with *4 (at school|at university|at college|at uni|growing up|when you were younger|as a teenager|in your (teens|twenties))",
        ]),
        ("past-relationships", 0.93, "", [
            "(university|school|college|uni|sixth form|your twenties|your teens|growing up|when you were younger) *8 who (did you|were you|was) *4 (spend time|close|friends|hang out|get on|confide|see|go around|knock about)",
            "(was|has|have|did) *2 ever *3 (someone|anyone|a person|a friend|somebody|anybody|people) *6 (easy|comfortable|at ease|understood|be yourself|yourself|safe|relaxed|connected)",
            "(tell me about|talk about|talk me through) *3 (those|these|your|the|past|previous) *2 (relationships|friendships) *8 (started|ended|end|start|began|finished)",
        ]),
        ("patterns", 0.94, "", [
            "(tends to|tend to|usually|always|typically) (happen|happens) *3 (when|as|just before|before|right before) *6 (get to know|get close|getting close|closer|start (seeing|dating)|make friends|friendship|someone new)",
            "(happens|happen) *2 (just|right) before you (pull|stop|back|withdraw|go quiet|drift)",
            "with *6 with *6 (even|also|and) with *8 (same|similar) (story|thing|pattern|way)",
        ]),
        ("social-steps", 0.95, "", [
            "(smallest|easiest|simplest|tiniest|small|tiny|doable|manageable|easy|first) *2 (version|step|steps|start) *6 (getting out|go out|going out|out of the (flat|house)|seeing (someone|people|friends)|see (someone|people|friends)|meet|meeting|people|social|contact|reach out|reaching out|mum|dad|mums|dads)",
        ]),
        ("social-steps", 0.93, "", [
            "(call|ring|phone|text|message|contact|invite|reply to) *3 (before|by) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next time|next week|tomorrow)",
        ]),
        ("past-relationships", 0.94, "", [
            "(friends|friendships|mates|best friend|close) *4 (when you were growing up|growing up|as a (kid|child|teenager))",
            "(always|ever) *3 (hard|difficult|easy|tricky) to (make|keep) (friends|friendships) !feeding !sadness !depression !depressed",
        ]),
        ("patterns", 0.94, "", [
            "(often|always|usually|keep|tend to) (end up|find yourself|ending up|finding yourself) *6 (friendships|relationships|friends)",
            "(happens|happen|happened) in (a lot of|lots of|many of|most of|all of|all) [your] (relationships|friendships)",
        ]),
        ("past-relationships", 0.94, "", [
            "(close to|friends with|friendly with) *3 before you (got married|married|moved|had the|had your|met|left)",
        ]),
        // recog5b batch 7: one batch of phrasings across the problem areas; this file holds its deficits part.
        ("past-relationships", 0.93, "", [
            "(who|which people) (have been|were) the (important|significant|closest|key) people in your life",
            "(ended|end|finished|broke up) your friendship with",
        ]),
        // recog6b: deficits as expert clinicians phrase them. The repeating pattern told back across several
        // relationships ("you've told me about three flatmates now... with each of them", "in every story you end up");
        // what the patient tends to do that gets in the way; the people of the past by life stage or kindness
        // ("who's been kind to you over the years", "going back to your twenties"); a very small next step.
        ("patterns", 0.95, "", [
            "(told me about|described|mentioned|talked about|heard about) (two|three|four|five|several|a few|a couple of|all these|a number of) *14 (each|every|all|both) (of them|time|one|story|case|of those|of these|of the)",
            "(every|each) (story|relationship|friendship|job|one|flatshare|flat) *6 you (end up|always|tend to|keep|stop|stopped|leave|left|pull|go|felt|feel)",
            "(something|anything) (you|that you) (tend to|might|usually|often|always) (do|say) *8 (makes it hard|make it hard|gets in the way|get in the way|stops|pushes people|puts people off) *4 (friend*|relationship*|people|close|others)",
        ]),
        ("past-relationships", 0.96, "", [
            "(who|anyone|someone|people|anybody) *4 (kind to you|good to you|close to|there for you|comfortable with|understood you|looked out for you|looked after you) *6 (over the years|in your life|in the past|growing up|back then|your twenties|your teens|even briefly) !died !death !passed !dead",
            "(your twenties|your teens|your thirties|school days|university days|college days|your youth|back then|growing up) *10 (people|anyone|someone|friends|friend|anybody) *6 (comfortable|close|connected|at ease|understood|yourself|got on|trusted)",
        ]),
        ("social-steps", 0.9, "", [
            "(think of|think about|pick|choose|find|plan|start with) (something|one thing|a thing|a step|a small step) *2 (small|tiny|little|manageable|doable|easy)",
            "(something|one thing|a step) (really|very|quite|just) (small|tiny|little|manageable|doable)",
        ]),
        ("social-steps", 0.88, "q", [
            "^(what|which) *3 (feels|seems|would feel|would be) (doable|manageable|realistic|possible|easiest)",
            "plans *4 with (anyone|someone|people|friends|anybody|somebody)",
        ]),
        ("past-relationships", 0.95, "", [
            "(friends|friendships|mates) *3 back then",
            "(people|anyone|someone|who|those) *2 you (have been|were|used to be|have felt|felt) close to !now !today !currently",
        ]),
    ]
}
