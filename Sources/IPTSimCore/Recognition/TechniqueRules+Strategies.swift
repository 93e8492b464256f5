/// The problem-area strategies: grief, role dispute, role transition, interpersonal deficits.
extension TechniqueRules {
    static let strategies: [RuleIndex.Entry] = [
        ("death-narrative", 0.9, "", [
            "how (did|was it that) (he|she|they|~deceased) (die|died|pass|passed)",
            "(tell|talk|take|walk|describe) *6 (death|died|passed|passing|last days|last weeks|final days|final weeks|funeral|hospice|last moments|hospital)",
            "how did (your|their|his|her) *2 (die|pass|passed)",
            "(when|what happened when|the day|the night|the morning) *4 (he|she|they|~deceased) (died|passed)",
            "(were|was) you (there|with (him|her|them)) when",
            "(last time) you (saw|spoke to|talked to|were with) (him|her|them|~deceased)",
            "(news|heard|found out|learned|learnt|told) *6 (death|died|passed|the accident)",
            "(after|before|when) (he|she|they|~deceased) (died|passed)",
            "(funeral|burial|cremation|the wake|memorial|hospice|autopsy|inquest|his illness|her illness)",
            "how did you (hear|find out|learn) *3 (about|that)",
            "(lead up to|leading up to|run up to|in the days before|in the weeks before) *4 (death|died|passed|he|she)",
        ]),
        ("death-narrative", 0.9, "", [
            "(what|how) (were|was) (his|her|their|your *1) (last|final) (days|weeks|months|hours|moments|day)",
            "(last|final) (days|weeks|hours|moments) *3 like",
        ]),
        ("death-narrative", 0.8, "q", [
            "(anyone|someone|anybody|people) *4 (close to you|in your family|important to you|you loved) *3 (died|passed|passed away)",
        ]),
        // recog3: the acts, phrased the ways trainees put them (hedged, inverted, British).
        ("encouragement", 0.93, "s", [
            "(brave|courageous|bold|gutsy|plucky) of you",
            "(took|takes|showed|shows) *2 (guts|courage|bottle|nerve)",
            "(real|genuine|huge|big) achievement",
        ]),
        ("past-relationships", 0.9, "q", [
            "(was there ever|has there ever been|thinking back|looking back|over your life|over the years|years ago) *8 (close|closest) !now !today !lately",
            "(close|closest) *6 (years ago|over your life|in your life so far|thinking back|looking back)",
        ]),
        ("transition-loss", 0.9, "", [
            "(miss|missing) *2 (most|the most) *2 about (your|the) (old|former|previous) (life|job|role|self|home|routine)",
            "(feel|feeling|comes up|come up|like for you) *8 (not being|no longer being) *4 (any more|anymore)",
            "(think|thinking) back (on|to) *4 (life|job|role|work|career|self) *4 (before|had|used to)",
        ]),
        ("relationship-review", 0.88, "q", [
            "(typical|usual|ordinary|normal) (day|week|weekend|evening) *3 with (him|her|them|~deceased)",
        ]),
        ("decision-analysis", 0.88, "q", [
            "(what|which) *4 (things|ways) *2 you (could|might|can) *2 (do|try|handle|say|go)",
        ]),
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
        ("review-gains", 0.9, "", [
            "(achieved|accomplished|gained|learned|learnt|changed) *4 since (we|you) (began|started|first)",
            "(doing|do|did) *2 differently *4 (helped|helps|helping|made a difference)",
            "(the|a|that|such a) (biggest|most|real|main|big) difference !enough !could !can !will !would",
        ]),
        ("social-steps", 0.93, "q", [
            "(could|might|would|will|can) you *4 (contact|call|text|ring|message|get in touch|reach|phone) *8 (this week|before (next time|we meet|next week|next session|our next))",
            "(would you be up for|would you be willing to|could you try|would you feel able to|are you up for) *2 (ringing|calling|texting|messaging|inviting|contacting|phoning|ring|call|text|message|invite|contact|phone)",
        ]),
        ("therapeutic-relationship", 0.9, "", [
            "(open|opening) up *2 (to|with) me",
            "(trust|trusting) me *3 (with|enough)",
        ]),
        ("time-limit", 0.88, "", [
            "(leaves|leaving|gives|giving) (us|you) *2 (one|two|three|four|five|six|seven|eight|2|3|4|5|6|7|8) (more|sessions|weeks|meetings)",
            "(that is|this is) (week|session) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)",
        ]),
        ("relationship-review", 0.86, "", [
            "what (was|were) (he|she|they|~deceased) like",
            "(what|tell) *5 (did|do|used to) you (do|enjoy|share|love doing) together",
            "(how|where|when) did you [two](meet|first meet|get together)",
            "(memories|memory|remember most)",
            "(miss most|miss about|miss the most) !home !job !work !working !being !living !teaching !nursing !office !team !country !city !town !life !old !career !role",
            "(good|best|happiest|favorite|special) *3 (times|memories|moments|days) *3 (together|with (him|her|them))",
            "(relationship|marriage|life together|years together) *3 (like|with (him|her|them))",
            "what (do|did) you (miss|love|value|admire|appreciate) *3 about (him|her|them|~deceased)",
            "(what kind of|what sort of) (person|man|woman|father|mother|husband|wife) (was|were) (he|she|they|your)",
            "what [your] ~relation (was|were) like",
            "(enjoy|enjoyed|do|did|doing|share|shared) *3 together",
        ]),
        ("relationship-review", 0.95, "", [
            "(get on|get along|got on|got along) *6 (before|when) (he|she|they|~deceased) (passed|died)",
            "[right] from when you [first] met",
        ]),
        ("mixed-feelings", 0.9, "", [
            "(frustrat*|annoy*|resent*|disappoint*|irritat*|let you down|hard to live with|you did not like|not so good|less good|negative|difficult side|hurt you|upset you|regret*) *6 (about|with|at|in) (him|her|them|~deceased|the relationship|your marriage)",
            "(not|was not|never) (all|only|always) (good|perfect|easy|rosy)",
            "(mixed|complicated|ambivalent|conflicting|complex) (feelings|emotions|relationship)",
            "(good and bad|ups and downs|the good and the bad|less (good|positive|easy)|both sides|harder side|difficult times) !option !options !pros !choice !different !days !staying !stay !leaving !leave !moving !if",
            "(were there|was there|anything|things) *4 (things|times|ways|moments) *6 (frustrat*|annoy*|hurt|upset|disappoint*|let you down|angry|wish|difficult|hard)",
            "(angry|cross|furious|annoyed) (with|at) (him|her|them|~deceased) for (dying|leaving|going|not)",
            "(angry|cross|furious|annoyed|resentful|frustrated) (with|at) (him|her|them|~deceased) *5 for (dying|leaving|going|not)",
            "(wish|wished) *3 (he|she|they) (had|would have|had not|did)",
            "no (one|marriage|relationship) is perfect",
            "(drove|drive|drives) you (up the wall|mad|crazy|nuts)",
            "things about (him|her|them|your) *4 (frustrat*|annoy*|drove|bother*|difficult|hard|did not like)",
            "(loved|love) *6 (also|but|and) *4 (resent*|hated|angry|frustrat*|furious)",
        ]),
        ("reinvest", 0.86, "", [
            "(spend|spending|spent) *2 [more]time with",
            "new (people|friends|activities|interests|hobbies|connections)",
            "other (activities|interests|hobbies|connections)",
            "(get|getting|go|going) back (into|to) *3 (things|activities|hobbies|choir|church|club|group|classes|your)",
            "(anyone|someone|people|friends) new",
            "get to know",
            "(take|taking) up *3 (something|a hobby|again)",
            "(back in|get in|getting in) *2 (touch|contact)",
            "(reconnect|reconnecting|re engage|reengage|re connect)",
            "(fill|filling) *5 (gap|space|time|days|evenings|weekends|afternoons|mornings|hours)",
            "(who|what) could you *4 (spend|see|enjoy|take up|get in touch)",
            "what could you do *3 (with your time|instead|at the weekend|in the evenings)",
            "(life|future) *4 (without (him|her|them)|after (her|his|their) death|ahead|from here)",
            "(used to enjoy|enjoyed before|want to do again|would like to do again|start again)",
            "pick *3 up again",
            "(anything|something|things) you *3 (get back to|go back to|take up again|pick up again|return to)",
            "(bring|put|brings) *3 (life|joy|pleasure|meaning|fun|colour|color) back (into|in|to)",
            "(see|spend time with|be in touch with) more of",
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
        ("old-role", 0.9, "", [
            "(old|previous|former|last) (job|role|life|position|work|home|place|routine|self|team|town|flat|house|career)",
            "(before|back when) you (retired|moved|left (work|the job|your job|home|the army|school|the company|the firm|teaching|nursing|your country|the country|the office)|lost|had the|became|stopped|were made redundant|got divorced) !mood !depressed !low !depression",
            "(what|anything) *5 (value|valued|liked|enjoyed|miss|missed|good about|proud of) *6 (old|before|job|work|used to|back then|that time)",
            "(did not like|did not enjoy|glad to leave|not miss|will not miss|do not miss|relieved to leave|glad to be rid|happy to leave)",
            "(did not|do not|will not) you miss",
            "what (was|were) (the|your|that) (job|work|role|career|team|old life) like",
            "(what|how) did (being|working as|your work as|your job as) *3 (give|gave|mean to|do for) you",
            "(job|work|role|career) *4 at its best",
            "(work|job|role|career) you used to (do|have|love|enjoy)",
            "miss *3 about being (a|an) !died !death !widow !widower",
            "what (did|do) you (like|love|enjoy|value|miss) about (being at|being in|your|the) *2 (work|job|role|team|career|office|old) !new !now !current",
        ]),
        ("old-role", 0.75, "", [
            "(used to be|the way things were|how things were|back then|in those days) !helped !help !episode !depression !depressed !else !going",
            "(job|work|role|career) *3 (gave|gives|meant|give) you",
            "miss *3 about (the|your) (old|job|work|life|previous|team)",
        ]),
        ("new-role", 0.9, "", [
            "(new|current) (role|job|life|situation|home|place|position|routine|chapter|stage|town|city|school|team|country|flat|responsibilities) !unwell !illness !failing",
            "(being|now that you are|as a|becoming) (retired|a mother|a father|a parent|a mum|a dad|a mom|a widow|a widower|single|divorced|unemployed|a student|a carer|a caregiver|a grandparent|a manager|a new)",
            "(good|positive|upside|upsides|opportunit*|chance|freedom|benefit|benefits) *6 (new|now|retire*|this change|being|since the|life now)",
            "(hard|difficult|challenging|struggle|struggling|tricky) *5 (new|now that|since the (move|change|retirement|baby|diagnosis))",
            "(what|how) *3 (is|has) (it|life|things) *3 [like]since (the|you) (move|moved|retire*|baby|started|left|divorce|diagnosis|promotion)",
            "(next|new) (part|phase|chapter|stage|season) of (your|his|her) life",
            "what (surprised|struck|has surprised|has struck) you about (living|being|life|the new|your new)",
            "(first|just) (arrived|moved|came) (to|in|here|over)",
            "(arrived|moving|moved|came) (in|to) (this|a new|the new) (country|city|town|area|place)",
            "(retirement|this change|the move|being retired|this new|this next) *3 (hold|offer|bring|give|open up)",
            "(give|gives|bring|find|finding|gave) *4 (purpose|meaning|a sense of purpose|structure|a reason to get up)",
            "(life|days|things|it) *2 like now that",
            "now that you are (not|no longer|retired|on your own|a widower|a widow|at home|single)",
            "what is it like *2 (living|being) *3 (on your own|alone|by yourself|without (her|him|them)|retired|at home)",
            "(changed|different) *4 (in your life|for you|in your days|day to day) *3 since",
        ]),
        ("new-role", 0.62, "", [
            "(adjust|adjusting|adjusted|getting used|get used|settling|settle) *4 (retirement|retired|motherhood|fatherhood|parenthood|being a parent|the baby|the move|redundancy|promotion|new)",
            "(life|days|things) *3 (in retirement|with the baby|after the move|since the move|since the baby|now you are retired)",
            "(what|how) *2 (is|has) it *2 [been](like being|being) (retired|a parent|a mother|a father|a mum|a dad)",
        ]),
        ("transition-loss", 0.87, "", [
            "(feel|feelings|feeling|grieve|grieving|mourn|mourning|sad|sadness|miss|missing) *6 (lost|losing|loss|gave up|given up|left behind|what ended|what changed|the old|the way things were|used to be|no longer|what you had) !people !anyone !everyone",
            "(loss|losing|lost) [of](your|the) (job|role|home|identity|status|independence|routine|old life|career|purpose|freedom|team|friends) !sum !recap !summarise !summarize !ipt !illness !symptoms",
            "(what|how) *4 (lost|losing|gave up|given up|left behind|ended|ending) *5 (feel|feeling|like for you|for you)",
            "(mourn|mourning|grieving) *4 (the|your|what|old|life|job|role) !died !death !~relation",
            "(lose|losing|lost|give up|giving up) the (identity|status|role|routine|purpose|structure|life)",
            "what (is|was|has) it [been] like to (lose|give up|leave|stop|let go)",
            "(hardest|worst|saddest|toughest|most difficult) (part|thing|bit|things) *3 (about|of) *3 (ending|ended|leaving|losing|retir*|giving up|being retired|stopping work|stopping|move|moving|the change|this change|divorce|separation|becoming|being a|leaving work)",
            "(like for you|feel|felt|like) *4 (the way|how|when) *3 (it|your job|your career|your work|your role|the job|things) (ended|finished|came to an end)",
            "(sadness|grief|loss) *3 (giving up|leaving|losing|in giving up)",
            "(lost|losing|lose) (part of|a part of|some of) (who you (are|were)|your identity)",
            "(lost|lose|losing) more than (a|the|your) (job|role|home|house|career)",
        ]),
        ("transition-loss", 0.86, "q", ["^[and|so] what do you miss (most|the most) $"]),
        ("skills-support", 0.92, "", [
            "(who|what|anyone|someone|somebody) *5 (help|support|supports|guide|show you|teach|mentor) *6 (new|this change|adjust|settle|role|cope|manage|learn|capable|feel)",
        ]),
        ("skills-support", 0.92, "", [
            "(skills|skill|learn|learning|training|a course|the course|evening course|capable|confident|competent|mastery|get the hang|find your feet|confidence)",
            "(support|help) (network|group|system|groups)",
            "(show|shows|learn|learning) *2 the ropes",
            "(who|what) *4 (could|can|might|would) *3 (help|support) you",
        ]),
        ("skills-support", 0.8, "", [
            "(ask|asking|asked) [for] help",
            "(people|someone) *3 (in the same|similar) (situation|boat|position)",
            "(anyone|someone|people|anybody) *3 (who has|who have|who is|who are|who had) *2 (retired|been through|gone through|had a baby|moved|lost)",
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
            // recog4b: the strategies as phenomena (constructions and verb families), not as single strings.
        // Grief: how the patient learned of the death, and the time around it.
        ("death-narrative", 0.9, "", [
            "(the day|the night|the morning|the moment|when|how|where were you when) you (found out|heard|got the (call|news|phone call|message)|learned|learnt|were told|got word) !affair !cheating !job !redundan* !diagnosis !pregnant",
            "(got|get|had|received|took) the (call|phone call|news) *4 (about|that|from the hospital|from the police) !job !affair",
            "(days|weeks|hours|months|time) (after|before|following|since) (you lost|losing|the loss of) !job !work !home !house !career !role",
            "was (it|his death|her death|their death|the death) (sudden|expected|unexpected|a shock|peaceful|quick)",
            "(with (him|her|them)|there|by (his|her|their) side) *2 at the end",
        ]),
        // Grief: the relationship with the deceased, in the ways it is asked about.
        ("relationship-review", 0.88, "q", [
            "(how|where|when) did you *3 (meet|first meet|get together|get to know each other)",
            "what (was|were) your (relationship|friendship|marriage|bond|time together) (with|to) *4 like !little !child !kid !young !younger !growing !childhood !toddler !five !six !baby !small !boy !girl",
            "what did (he|she|they|your (friendship|relationship|marriage) *3) mean to you",
            "(when|while|back when) *3 (was|were) still (around|alive|here|with (you|us)|living)",
            "(spend|spent|spending) (time|days|weekends|evenings|holidays|sundays) together",
            "(things|kinds of things|sort of things|sorts of things|stuff) *2 (you|you two|you both) (did|used to do|would do|enjoyed|liked doing|loved doing) together",
            "how would you describe (him|her|them|your (marriage|relationship|friendship|dad|mum|mom|father|mother|husband|wife|brother|sister))",
        ]),
        // Grief: the other side of the relationship with the deceased.
        ("mixed-feelings", 0.92, "", [
            "(harder|hard|difficult|tougher|trickier|rockier|darker|messier|painful|less happy|less good|not so good|not so easy) (parts|bits|sides|side|times|moments|aspects|stretches|patches|things) *4 (relationship|marriage|friendship|him|her|them|too|as well|also|between you)",
            "miss (least|less) about",
            "(do not|did not|will not|would not|not) *2 miss *3 about (him|her|them|your ~relation|~deceased)",
            "(angry|mad|cross|furious|annoyed|resentful|irritated|frustrated) (at|with|toward|towards) *5 (who died|who passed|for dying|for leaving|is not here|are not here|not here to|not around to|gone)",
            "(dies|died|passed|death|dying) *10 (angry|mad|cross|furious|resent*|annoyed) (at|with|toward|towards) (them|him|her|the person)",
            "(loved|love|adored|miss|missed) (him|her|them) *6 (also|but|and) *4 (mad|cross|angry|annoyed|irritated|hurt|disappointed|resent*|furious|frustrat*)",
        ]),
        // Grief: re-engaging, including what was dropped since the death.
        ("reinvest", 0.95, "", [
            "(used to enjoy|used to love|used to do|stopped doing|given up|gave up|let go of|dropped out of|stopped) *10 (since|before|after) *4 (died|passed|death|lost (him|her|them)) !mood !grieve",
        ]),
        ("reinvest", 0.9, "", [
            "(what would it take|what would help you|how could you|how might you|what would make it easier) *3 (go back|get back|return|start again|pick (it|that) up|rejoin)",
            "(started|starting|begun|began|start) (having|going|seeing|doing|meeting|playing|singing|walking|getting|visiting|calling) *6 again !recap !sum !summary !far",
            "(putting off|put off|been avoiding|avoided|neglected) (seeing|calling|contacting|ringing|visiting|getting in touch|meeting)",
            "(say yes|saying yes|accept|take them up) *6 (next time|invite|invitation|ask you|asks you|ask)",
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
        // Transitions: the old role, valued and not.
        ("old-role", 0.9, "", [
            "what (was|were) it like (being|to be|working as|working) (a|an|the|at|in)",
            "what it (was|must have been) like (being|to be|working as|working) (a|an|the|at|in)",
            "what was (life|your life|it|things) like before (the|you|your)",
        ]),
        ("old-role", 0.93, "", [
            "(job|work|role|career|team|it|the old life) *2 (gave|used to give|brought) you *4 (purpose|meaning|structure|sense|identity|status|pride|company|routine|confidence)",
        ]),
        // Transitions: the new role's difficulties and opportunities.
        ("new-role", 0.9, "", [
            "(opportunit*|doors|new possibilit*) *6 (move|change|retire*|baby|job|role|chapter|diagnosis|divorce|open up|opens up|bring|offer|ahead)",
            "(finding|find|found) *2 (tricky|hard|difficult|challenging|tough|strange|easier|easy) about *3 (living|being|the new|your new|having|working|life)",
            "(possible|open to you|available|able to do) now *4 (was not|were not|not) (possible|there|before)",
            "what is it like (being|to be) (a|an) !before !used",
        ]),
        ("new-role", 0.92, "q", [
            "(settling|settle|settled) (in|into)",
        ]),
        ("new-role", 0.86, "q", [
            "(what is|how is|what has) *2 (it|life|things|a typical day) *2 like (now|these days|day to day) !before !used !was",
        ]),
        // Transitions: what was lost.
        ("transition-loss", 0.92, "", [
            "(had to|have had to|were forced to|was forced to) (sell|leave|give up|move|quit|stop|retire|let go|close)",
            "(lost|losing|lose) (something|a lot|so much|part of|a part|the version|the future|the life) !focus !heart !centre !center !main",
            "(the life|the version of your life|the future|the plans) (you had|you would|you were|you have been|you had been) *2 (planned|planning|imagined|expected|hoped|counting)",
            "(miss|missing) *4 about *2 (life|days|time|self|you) before",
            "(sad|grieve|grieving|mourn|mourning|upset|miss|missing) about (the|your) (job|role|career|marriage|home|house|old life|move|team|work|independence) (ending|going|ended|gone|changing|loss)",
            "what is it like *3 (leaving|giving up|losing|selling|saying goodbye to|letting go of)",
            "(miss|missing|mourn|mourning|grieve|grieving) (your|the|that) (old|former|previous) *2 (life|job|role|self|home|routine|team|country|town|city|house|friends|work)",
        ]),
        // Transitions: skills and support for the new role.
        ("skills-support", 0.9, "", [
            "(other|fellow) (parents|mums|moms|dads|mothers|fathers|retirees|carers|caregivers|students|newcomers|patients|widows|widowers|people in the same) *6 (lean on|connect|talk to|ask|support|help|meet|you could|nearby)",
            "(could|can|might) lean on !dark !unsafe !suicidal !worse",
            "(who|anyone|someone) *5 (give you a hand|lend a hand|help out|pitch in|help you|support you|back you up) *6 (while|as|get used to|getting used to|adjust|settle|new|learn)",
            "(skills|strengths|experience|done before|managed before|handled before|coped with before) *6 (help|use|draw on|bring) *4 (handle|manage|cope|new|role|being)",
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
            // recog4b batch 2: the same moves in the tenses and verbs clinicians use.
        // The deceased in the past tense: what they brought, the good times, how you got on.
        ("relationship-review", 0.88, "q", [
            "what (role|part|place) did (he|she|they|your ~relation) (play|have|hold)",
            "what did (he|she|they|your ~relation) (bring|give|add) (to|into) your life",
            "(good times|best times|happy times|good years|early years|early days|last years|later years|final years) *4 (together|marriage|between you|relationship|with (him|her|them))",
            "(early|first|last|later|final) (years|days|months) of (your|the) (marriage|relationship|friendship|time together)",
            "(how|what) did *5 (get on|get along) !school !university !college !uni !growing !younger !teenager",
            "what did you (admire|love|like|respect|appreciate|value|treasure|cherish) *2 about (him|her|them|your ~relation)",
            "(who|what) *4 was as a (person|man|woman|father|mother|husband|wife|friend|grandmother|grandfather|dad|mum|mom|brother|sister|son|daughter)",
            "(what|how) (was|were|would) *2 (typical|normal|usual|ordinary) (day|evening|week|weekend|sunday|morning) *2 with",
            "(when|while) you were (together|married|still together)",
            "things would (the two of you|you two|you both|you) (laugh|talk|do|enjoy|share|argue)",
        ]),
        // The old role in the past tense: what the work gave, a day in it, who you were then.
        ("old-role", 0.88, "", [
            "what did *3 (give you|bring you|do for you|mean to you) !~relation !he !she !him !her !they !them",
            "(get|got|gain|gained) (from|out of) (being|working|the job|your job|the work|your work|that job|that role|your role)",
            "(what|how) was *2 (good|bad|typical|normal|usual) day at",
            "(the|your) (job|role|work|position|life|routine|career) (you had|you used to have|you did|you used to do) (before|back)",
            "(see|saw|think of|thought of) yourself *4 (back when|when you were|in the old|before (you|the))",
            "(life|things|work|days) *3 back (home|there|in)",
            "what did you (enjoy|like|love|value) about *4 (and|but) what did not you",
            "(like|was|were|value|valued|enjoy|enjoyed|good|look like|looked like) *8 before the (redundancy|move|baby|diagnosis|divorce|retirement|merger|emigration|accident|stroke|surgery|operation|layoff|separation) !feel !feeling !mood !sleep !depressed !low",
            "before the (redundancy|move|baby|diagnosis|divorce|retirement|merger|emigration|accident|stroke|layoff|separation) *10 (like|look like|value|enjoy|good) !feel !feeling !mood !sleep !depressed !low",
        ]),
        // Re-engagement after a death: modal enjoyment, seeing more of people, what the deceased would have wanted.
        ("reinvest", 0.92, "", [
            "(lost touch|lost contact|drifted apart|not seen|not spoken to|fallen out of touch|stopped seeing) *6 since",
            "(been out|gone out|seen anyone|seen friends|seen people|socialised|socialized|gone anywhere|been anywhere) *4 since (the funeral|he|she|they|your *1|the death|the loss)",
            "(let|allow) yourself [to] (enjoy|have fun|laugh|go out|be happy|have a good time)",
            "(like|want|love|hope) to (see|spend time with|be in touch with) more of",
            "(would have wanted|would want) you to (keep|carry on|go on|enjoy|live|be happy|see|move|get out|have)",
        ]),
        ("reinvest", 0.88, "q", [
            "(might|could) you (enjoy|like doing|like to do|want to do)",
            "would you enjoy",
            "(meet|find|connect with) (people|others|new people|like minded people) *4 (share|who share|who like|who enjoy|interested)",
        ]),
        // The new role in the present tense: finding it, settling in, what is good or hard about it now.
        ("new-role", 0.92, "", [
            "how are you finding (life|it|things|the new|your new|being|retirement|motherhood|fatherhood|the job|work|living|the move|the role)",
            "(like|enjoy|good|hard|difficult|tricky|surprising|unexpected) about (retirement|being retired|motherhood|fatherhood|parenthood|being a (mum|mom|dad|parent|mother|father|widow|widower|manager|carer)|the new|your new|living (here|alone|on your own)|life here|life now)",
            "(good|hard|difficult|surprising|unexpectedly good|unexpected) about (living|being) (on your own|alone|by yourself|retired|here)",
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
            // recog4b batch 3.
        ("past-relationships", 0.92, "", [
            "(friends|close|friendships|relationships|mates|best friend) *4 when you were (a teenager|younger|at school|in your twenties|in your teens|at university|at college|in the army|single)",
            "(used to be|were once) close to",
            "(people|friends|someone|anyone|who) *2 you used to (be close to|see|spend time with|know|hang out with|go out with|confide in)",
            "(last|previous|first|old) (relationship|partner|friendship|girlfriend|boyfriend|long term relationship) *3 (end|ended|finish|finished|break up|broke up|fall apart|fell apart)",
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
        ("skills-support", 0.9, "", [
            "(turn to|go to) for (advice|help|support|guidance|tips|information)",
        ]),
        ("transition-loss", 0.93, "", [
            "(take|took|taken|takes|taking) away from you",
            "(mourn|mourning|grieve|grieving|miss|missing|lost|losing) *3 (the person you were|who you were|the old you|your old self|the life you had|the person you used to be) !understood !sum !recap",
            "(the|your) (house|home|job|country|life|town|friends|team|city|work|village|career) you (left|lost|gave up|had to leave|sold|left behind|had to give up)",
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
        ("mixed-feelings", 0.9, "", [
            "(did|has|have|was|would) (he|she|they|~person|your ~relation) (ever|sometimes|also|at times) (disappoint|let you down|hurt|upset|frustrate|annoy|anger|get on your nerves)",
            "(downside|downsides|hard parts|drawbacks|flip side) (of|to|about) *3 (being married|him|her|them|the marriage|the relationship|living with) !upside !upsides !pros !advantages",
            "(times|moments|ever) *3 (let down|disappointed|hurt|angry|frustrated|annoyed) (by|with|at) (him|her|them|your ~relation)",
            "(wish|wished) *4 (had been|was|were|could have been) different !~work",
        ]),
        ("ending-feelings", 0.96, "", [
            "(natural|normal|understandable|okay|ok|common) *6 (as|that|when|now) we (get|come|draw|are|start) *3 (end|close|finish|finishing|ending)",
            "(worried|anxious|scared|nervous|uneasy|sad|miss|manage|managing|cope|coping) *4 without (our|these|the|me|our weekly) (sessions|meetings|therapy|appointments|support|me|chats)",
        ]),
        ("ending-feelings", 0.95, "q", [
            "(think|thinking) about (finishing|ending|stopping|saying goodbye|our last|the end of (our|therapy|the sessions)) !life !lives !yourself !~suicide",
        ]),
        ("death-narrative", 0.95, "", [
            "(chance|able|get|got|manage|managed) to say goodbye !we !our !sessions !session",
            "(last|final) (week|weeks|days|day|months|hours|moments|year) of (his|her|their|your *1) life",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "(what|how) i (think|thought|feel|felt|might think) (of|about) you",
        ]),
        ("patterns", 0.93, "", [
            "(often|always|usually|keep|tend to) (end up|find yourself|ending up|finding yourself) *4 (in|with) (friendships|relationships|people|friends)",
            "(tends to|tend to|usually|always|typically) (happen|happens|go|goes|end|ends) *8 (friendship|friendships|relationships|friend|friends|people)",
            "(the way|how) things (usually|always|tend to|typically) (go|end|happen|turn out) *3 (with people|with friends|for you|in relationships)",
            "(part|role) *3 you play in *4 (friendships|relationships|friendship|relationship)",
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
        ("role-play", 0.94, "", [
            "(i will|ill) be *1 and you (say|tell|start|go|try|be)",
            "(you|me) (playing|play) (your|him|her|~person|the) *2",
            "(the other way round|the other way around|swap roles|switch roles|reverse roles|swap places)",
        ]),
            // recog4b batch 5: expert phrasings of the same moves.
        ("relationship-review", 0.95, "", [
            "(walk|take|talk) me through *6 (relationship|marriage|friendship|years together|life together|history|time together|how you (met|first met))",
            "(history|story) of (your|the) (relationship|marriage|friendship|life together|time together)",
        ]),
        ("relationship-review", 0.9, "q", [
            "what do you remember (about|of) (him|her|them|your ~relation|~deceased)",
            "(comes|come|came) to mind when you think (of|about) (him|her|them|your ~relation|~deceased)",
            "(kind|sort) of (relationship|marriage|friendship|bond) (did you have|you had|was it|did the two of you have)",
            "how close were (you|the two of you|you two)",
        ]),
        ("reinvest", 0.9, "", [
            "(activities|interests|hobbies|things you enjoy|things you love|things you used to) *6 (return to|returning to|get back|pick up|take up|start again|resume)",
            "(honour|honor|keep) (his|her|their) memory",
            "(building|build|rebuild|rebuilding) (a|your|a new) *2 (life|social life|network|circle)",
        ]),
        ("new-role", 0.9, "", [
            "(retirement|being retired|motherhood|fatherhood|parenthood|the new (job|role|country|position)|this new (job|role|life|chapter)|being a (mum|mom|dad|parent|mother|father|carer|caregiver|widow|widower|manager)) *4 (ask of you|asks of you|demand|demands|require|requires|mean for you|make possible|makes possible|offer|offers|involve|involves)",
            "since you (became|have become|took on) (a|the) (mum|mom|dad|parent|mother|father|carer|caregiver|manager|boss|widow|widower|grandparent|student|team leader)",
        ]),
        ("old-role", 0.9, "", [
            "what was it about (the|your|that) *2 (job|work|role|career|team|old life|life) that",
            "(mattered|meant|important) to you about (the|your|that) *2 (job|work|role|career|old life|team)",
            "(who were you|how were you seen|what were you like) (at work|in the job|back then|in that role|in your old job)",
        ]),
        ("perpetuation", 0.9, "", [
            "(end up|ending up|wind up|back) (in|at) (the same place|square one|where you started)",
            "(same place|back where you started|square one) *3 (every time|each time|again|always)",
            "(neither of you|nobody|no one) *4 (wants to|will|is willing to|is going to) *3 (give in|back down|budge|be the first|apologise|apologize|give way)",
            "(stays|stay|remain|remains|left|leaves it|leave it|leaving it|stayed) unresolved",
            "(avoid|avoiding|avoided|sweep|swept|sweeping) *3 (the subject|the topic|under the carpet|under the rug)",
        ]),
        ("social-steps", 0.92, "", [
            "(small|first|tiny|little|manageable|next|realistic) *2 (step|steps) *8 (reconnect*|connect*|see*|contact*|reach*|people|social|friend*|others)",
            "(suggest|propose|arrange|organise|organize) *3 (a coffee|a walk|a drink|lunch|a meal|to meet|meeting up|getting together)",
            "between now and (next|our next) *10 (people|someone|friend|others|contact|call|text|see|meet|invite)",
            "how did it go (when you|with) *4 (called|texted|invited|went|met|joined|asked|rang|messaged|phoned)",
        ]),
        ("skills-support", 0.9, "", [
            "(been through|gone through|going through) (something|this|the same|a similar) *2 (similar|too|before|like this|thing|situation)",
            "(resources|services|support groups|help available|helpline for carers|peer support)",
            "(feel|feeling) *2 (at home|on top of|in control|comfortable|at ease|competent|confident) (in|with) (the|your|this) *2 (role|job|work|new|position|baby|care)",
        ]),
        ("communication-analysis", 0.92, "", [
            "(look|looking) (closely|carefully|in detail) at *3 (exchange|conversation|argument|row|call|what was said|discussion)",
            "(line by line|step by step|moment by moment|blow by blow|bit by bit) !plan !recovery",
            "(unpack|break down|go over|look at) *2 what (was said|you said|he said|she said|they said)",
        ]),
        ("mixed-feelings", 0.92, "", [
            "(harder|difficult|frustrating|disappointing|annoying|not so good|trickier|painful) about (him|her|them|your ~relation|the relationship|the marriage|~deceased)",
            "(alongside|along with|as well as|besides|apart from) the (love|good times|missing (him|her|them)|closeness)",
            "(unresolved|unfinished|left unsaid|never said|unsaid|never sorted) *3 (between you|with (him|her|them))",
        ]),
        ("transition-loss", 0.92, "", [
            "(cost|costs|costing) you !stay !if !or !option !options !peace !keeping !friendship !friend",
            "what (did|have|has) *2 (you|it) (lose|lost|give up|given up|leave behind|left behind)",
            "(real|big|genuine|huge) loss !death !died",
        ]),
        ("dispute-stage", 0.92, "", [
            "(point of no return|beyond repair|past saving|too far gone|irretrievabl*|no way back)",
            "room for (change|movement|manoeuvre|maneuver|discussion|talking|negotiation)",
        ]),
        ("past-relationships", 0.9, "", [
            "(first|earliest) *2 (relationship|girlfriend|boyfriend|love|friendship|partner|best friend|real friend)",
            "(who|anyone) *3 (there for you|you could (talk|turn) to|to confide in|you trusted) *4 (younger|growing up|at school|back then|in the past|as a teenager)",
        ]),
        ("therapeutic-relationship", 0.92, "", [
            "(the way i|how i) (work|do things|run the sessions|ask|talk|respond|said|put it|came across)",
            "(how|what) i (would|might|will) (react|respond|think|say|judge|feel)",
        ]),
        ("expectations", 0.92, "", [
            "(he|she|they|~person|your ~relation) (thinks|think|believes|believe|expects|feels) *2 you (should|ought|owe|need to|are supposed|must)",
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
        ("death-narrative", 0.93, "", [
            "how did you (find out|hear|learn|get the news) !affair !cheating !job !diagnosis !pregnant !redundan* !results",
            "(days|weeks|hours) after (he|she|they|your *1|~deceased) (died|passed)",
        ]),
        ("decision-analysis", 0.93, "", [
            "(option|options) (one|two|three|a|b)",
            "which (one|option|of those|of these|of them) *4 (work|works|will work|would work) (best|better)",
            "^[and] if you (stayed|stay|left|leave|quit|chose|choose|decided|decide|moved|move|went|go back|went back) *6 $",
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
        ("ending-feelings", 0.96, "", [
            "how (do|does|are|would|will) you (feel|feeling) *3 (about|that) *3 (finishing|ending|stopping|our last|we finish|we end|the end)",
            "(feel|feeling|felt) *8 when (therapy|treatment|the sessions|our sessions|we) (ends|end|finishes|finish|stop|stops)",
            "(like|feel) *4 (next week|next time|this|today) is our (last|final)",
            "(quiet|upset|sad|changed the subject|went silent) when i (said|mentioned|brought up) *4 (last|end|ending|finish*)",
            "part of you is (ready|relieved|glad) *6 part of you",
            "(worried|anxious|scared|nervous|uneasy|manage|managing|cope|coping) *4 without (coming here|seeing me|these sessions|our sessions|our meetings|therapy)",
            "(miss|missing) (our|these|the) *2 (sessions|meetings|chats|talks|time together)",
        ]),
        ("expectations", 0.9, "", [
            "(think|thought|imagined|expected|pictured) *2 it would be (like|when)",
            "(talk|talked|agree|agreed|decide|decided) *4 who (would|will|should) (stay|do|look after|pay|cook|clean|take care|handle)",
            "(did|does|gave you|give you) (what you want|what you wanted|what you need|what you needed)",
            "(sees|see|treats|treat) you as (the|a|her|his|their)",
            "(wanting|want|wants|expecting) from (him|her|them|~person|each other)",
            "(idea|ideas|view|views|picture|sense) of *4 (compare|compares|compared|differ|differs|fit|fits|match|matches)",
        ]),
        ("mixed-feelings", 0.93, "", [
            "(hard|difficult|tough|not so good|not so easy) about (being married to|living with|being with|having)",
            "^what (was not|were not) [so] (good|easy|great)",
            "(loved|love|adored) (him|her|them|your *1) *6 (also|but|and) *4 (let down|felt let down|disappointed|mad|cross|angry|hurt)",
            "(all the|the) good things about (him|her|them|your ~relation)",
            "(relief|relieved) *6 (died|death|passed|long illness|long sickness|sickness|illness|suffering)",
            "(hard|difficult|tough|impossible) to live with",
            "(side|sides) of (him|her|them) that (was not|were not|was less|could be|you did not)",
            "(let down|disappointed|furious|angry|resentful|cross) (by|with|at) the person who (died|passed)",
            "(the angry stuff|the angry things|even the angry|the harder things|the hard stuff|the difficult stuff)",
            "(difficult|hard|harder|tougher) (parts|bits|times|sides) (of|to) (living with|being with|being married to)",
        ]),
        ("mixed-feelings", 0.95, "", [
            "(wish|wished) *4 (had been|was|were|could have been) different *6 (died|passed|death|before (he|she|they))",
        ]),
        ("new-role", 0.9, "", [
            "(what is|what has been|what is been|how has) *2 (hardest|hard|toughest|most difficult|trickiest|best|easiest) about (living|being|having|life|the new|your new)",
            "new about being",
            "(changed|different) in your (day to day|daily life|days|routine|life)",
            "how (has|is) (daily|day to day|your daily|your day to day|your) (life|routine) (changed|different)",
            "(new|the) (challenges|demands|responsibilities|pressures)",
        ]),
        ("old-role", 0.9, "", [
            "what did you (like|love|enjoy|value|miss) about (working|being|living) (at|in|as|with|on)",
            "what (was|were) [your] (life|days|things|routine) like (in|back|at|there|then|before)",
            "(gave|used to give) you *4 (sense of who you are|identity|sense of self|purpose|status|standing)",
        ]),
        ("parallels", 0.92, "", [
            "(like this|the same|similar) with your (other|previous|last|old|first)",
            "(similar|same|alike) between *12 (and|with)",
            "(fights|rows|arguments|quarrels|fight|row|argument) with *4 (are|is) (like|similar to|the same as) *3 (fights|rows|arguments|quarrels|ones|fight|row) with",
            "(anywhere|somewhere) else in your life",
            "(compare|compared|comparing) *6 (to|with) the (ones|fights|rows|arguments|way) with",
            "with your (partner|husband|wife|boss|sister|brother|mum|mom|dad|ex|father|mother) and [with] your (partner|husband|wife|boss|sister|brother|mum|mom|dad|ex|father|mother|family)",
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
        ("perpetuation", 0.93, "", [
            "(keeps|keep|stops|stop) *3 from (getting resolved|being resolved|ending|finishing|getting sorted|moving on|resolving|settling)",
            "(can not|cannot|never) (get|move) past",
            "(fuel|fan|fanning) *3 (fire|flames)",
            "(keeps|keep|keeping|kept) (the|this|that) *2 (alive|going)",
            "but nothing (changes|changed|shifts|gets resolved|moves)",
        ]),
        ("reinvest", 0.93, "", [
            "(invited|asked) you (out|over|round|along) *3 since",
            "what would it be like to *8 again",
            "spend more time with",
            "(you could|could you|you might) (go back|get back|return|rejoin)",
            "(pick|picking|take|taking) [it|that|them] back up",
            "(letting|let) [new] people in",
            "get back in touch with !us !gp !doctor !service !clinic",
            "(way back into|way back to) *3 (people|life|things|social|having)",
        ]),
        ("relationship-review", 0.92, "", [
            "(photos|photo|photographs|photograph|pictures|picture|album|keepsakes|mementos|letters) (of|from) (him|her|them|your ~relation)",
            "(special|favourite|favorite|happy|fond|precious|best) (memory|memories) (of|with|about)",
            "what did your *3 mean to you !work !job !career !role",
            "tell me about *3 (the person|as a person)",
            "(good|best|happy) times *3 with your ~relation",
            "(friendship|relationship|marriage) with *3 (give|gave|bring|brought|mean|meant) you",
            "(things|it|the relationship) *2 (change|changed|shift|shifted) between you",
        ]),
        ("role-play", 0.94, "", [
            "^[okay|ok|so|right|alright] now i am (your|~person)",
            "(how about|what if|suppose|let us say) i (be|play|pretend to be) (your|him|her|~person)",
            "(when|while) i was (playing|being|pretending to be) (your|him|her|~person)",
            "give it another (go|try|shot)",
        ]),
        ("skills-support", 0.92, "", [
            "(other|fellow) *2 (families|workers|parents|mums|moms|dads|mothers|fathers|retirees|carers|caregivers|students|newcomers|patients|widows|widowers|immigrants|migrants) *6 (connect|lean on|talk to|ask|support|help|meet|you could|you can|nearby|near you)",
            "(in your corner|on your side|got your back)",
            "(which|what) (people|person|friends|family members) *4 (could|can|might|would) *3 (help|support) you",
            "(antenatal|new parent|new parents|baby|toddler|carers|parent and baby) (group|groups|class|classes)",
            "(know how|experience|skills|expertise) *8 (use it|put it to use|use them)",
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
        ("transition-loss", 0.93, "", [
            "(leaving|left|leave) *4 behind !glad !relieved !happy !heart !focus !centre !center !working !sum !recap !summarise !summarize !ipt",
            "(the life|the person|the job|the home|the routine) you (had|were|used to have) before",
            "(handing back|hand back|handed back|giving back|give back|gave back) (your|the) *2 (keys|badge|uniform|pass|card|laptop)",
            "(last|final) day (at|in|of) (work|the job|the office|school|the company)",
            "(think|thinking) about (not being|no longer being)",
            "(friends|family|life|people) back home",
            "(the life|everything|all) that (went|came) with (it|that|the job|the house) !heart !focus !centre !center !big",
            "(losing|lost|loss of) (the|your) (house|home|flat|business|marriage|career|country|farm|shop) !focus !heart !centre !center !main",
            "(can not|cannot|never) go back *4 (the way it was|how it was|how things were)",
            "(lot|so much|much) to lose",
        ]),
            // recog4b batch 7: the deceased's habits ('what would she say when you were struggling') are the
        // relationship, not one exchange; impasse and cycle as clinicians word them.
        ("relationship-review", 0.93, "q", [
            "what (would|used to) (he|she|they|your ~relation) (say|do|tell you|call you) !if",
            "(how|what) (did|would) (he|she|they) *4 when you (needed|were struggling|were ill|were sick|were unwell|were low|were down)",
            "(used to|would always) (say|tell you|call you)",
            "(day|evening|weekend|sunday|morning) with (your|him|her) *3 (used to|looked|look like)",
        ]),
        ("relationship-review", 0.9, "q", [
            "what (was|were) (your|his|her) ~relation like",
            "(what|which) (sort|kind|type) of (person|man|woman|father|mother|husband|wife|friend|dad|mum|mom|brother|sister|son|daughter) was",
            "how would *4 describe (him|her|them)",
            "what (he|she) (was|were) like",
            "(your|a) (life|lives|years|marriage) together !our",
            "in the (good|early|happy|best|last|later) years",
        ]),
        ("communication-analysis", 0.93, "", [
            "(moment|point) (things|it|the conversation|the argument|the row) (turned|changed|went wrong|shifted|escalated|blew up)",
            "(what|which) point *3 (conversation|argument|row|it|things) (go|went|turn|turned) (wrong|bad|sour)",
            "(reconstruct|replay|rebuild) (that|the|this) (argument|conversation|row|exchange|fight|call)",
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
        ("skills-support", 0.94, "", [
            "(what|which) (support|help) *4 (make|makes|would make) *6 (manageable|easier|less overwhelming|more confident)",
            "(people|someone|anyone) (at|in) the new (job|office|team|school|place|workplace) *4 (ask|help|show|support)",
        ]),
        ("old-role", 0.9, "q", [
            "when you were (working|still working|at work|employed|in the job|teaching|nursing|in the army)",
            "(did|was) (a|an) (typical|normal|usual|good|bad|average) day at",
        ]),
        ("reinvest", 0.95, "", [
            "(seen|spoken to|talked to|been in touch with|heard from|visited) *2 since (the funeral|the death|the loss|he died|she died|they died|he passed|she passed|they passed)",
            "used to enjoy *6 (again|try again|start again)",
            "how have (your friends|people|your family|friends) been *3 since",
        ]),
            // recog4b batch 8.
        ("reinvest", 0.92, "", [
            "(part of things|part of life|back in the world|back among people|more company)",
            "(seen|spoken to|talked to|been in touch with|heard from|visited|see) *4 since *2 (died|passed)",
        ]),
        ("social-steps", 0.92, "", [
            "(which|what) (neighbour|neighbor|friend|person|colleague|one) *4 (easiest|easier|best) to (start|approach|contact|begin)",
            "(sitting|sit) with *3 (colleagues|coworkers|people|others) at (lunch|break)",
        ]),
        ("past-relationships", 0.92, "", [
            "(felt|been) (most|more|really) (connected|understood|close) *4 (people|someone|anyone|others)",
            "(important|closest) people in your (twenties|teens|thirties|youth|school years)",
        ]),
        ("old-role", 0.93, "", [
            "role *4 before (you|the)",
            "how did (people|colleagues|others|your team|your boss) *3 see you",
        ]),
        ("perpetuation", 0.92, "", [
            "(stop|stops) (repeating|happening again|recurring)",
            "break (the|this) (cycle|loop)",
        ]),
        ("dispute-stage", 0.9, "", [
            "(hoping|trying|hope) to (change his mind|change her mind|change their mind|convince|persuade|win (him|her|them) round|get through to)",
            "hope *6 between (you|the two of you|you two)",
        ]),
            // recog4b: play-test feedback round 3.
        ("social-steps", 0.9, "", [
            "(held you back|holds you back|hold you back|holding you back|gets in the way of|get in the way of|got in the way of|keeps you from|kept you from) *3 (calling|ringing|phoning|texting|replying|messaging|asking|inviting|contacting|reaching out|getting in touch|answering|going along|joining)",
        ]),
        ("past-relationships", 0.94, "", [
            "(get on|got on|get along|got along) with *4 (at school|at university|at college|at uni|growing up|when you were younger|as a teenager|in your (teens|twenties))",
        ]),
        ("communication-analysis", 0.92, "", [
            "(wanted|would have wanted|were hoping|hoped) *1 to (understand|know|hear|get|see|realise|realize)",
        ]),
        ("communication-analysis", 0.95, "", [
            "to (understand|know|hear|get|see|realise|realize) when you (said|told|did|shouted|texted|wrote|walked|slammed)",
        ]),
        ("expectations", 0.88, "q", [
            "what (do|did|would) you (want|hope|like) to happen",
        ]),
            // recog5b (writer C/H/I failures, as phenomena): the days before a death and finding the body; the couple's
        // story ("how you and X met", an ordinary day with the person, what they brought); the unsaid; returning a call,
        // letting people back in, what the deceased would have wanted; how disputes usually end and who gives way; the
        // same treatment from someone before; who you were at work and what was good about that life; missing home or a
        // role; passing the old place; feelings about the old life; people who have been through it; past closeness
        // ("someone you felt easy with"); what happens before pulling back; the smallest version of a step.
        ("death-narrative", 0.95, "", [
            "(week|weeks|day|days|night|nights|hours|months|morning|evening) before *3 (died|passed|death)",
            "(found|discovered) (him|her|them|your *1) *2 (on the floor|collapsed|lying|unconscious|dead|in (the|his|her|their) (kitchen|bed|bathroom|garden|car|flat|house|room|chair))",
            "(tell|talk|take|walk) me *4 the end",
            "the one who (found|discovered) (him|her|them)",
        ]),
        ("relationship-review", 0.93, "q", [
            "(how|where|when) [did] you (and|two) *3 (met|meet|first met|got together|get together)",
            "how the two of you (met|first met|got together)",
            "(typical|normal|usual|ordinary|average) (day|evening|week|weekend|sunday|saturday|morning|christmas|holiday) *3 with (him|her|them|your *1|~deceased)",
            "(typical|normal|usual|ordinary|average) (day|evening|week|weekend|sunday|saturday|morning|christmas|holiday) *4 when (he|she|they|your *1) (was|were) (alive|well|healthy|still|around|here)",
            "(back when|while) (he|she|they) (was|were) (well|alive|healthy|around|living)",
            "what did *2 (bring|give|add) *2 (to|into) your (life|days|world) !job !work !role !career !retirement !move",
            "(nobody|no one) else (did|could|gave|brought|had|has)",
        ]),
        ("relationship-review", 0.95, "", [
            "(marriage|relationship|friendship|years together|life together) *12 (walk|take|talk) me through",
            "(walk|take|talk) me through *4 (the early years|the early days|from when you (met|first met)|the years)",
        ]),
        ("mixed-feelings", 0.93, "", [
            "(never got to|never had the chance to|never got the chance to|did not get to|did not get the chance to|never managed to) (say|tell)",
        ]),
        ("reinvest", 0.93, "", [
            "(what would it take|what would help you|what would make it easier|what would it be like) *3 (ring|call|phone|text|message) *2 back",
            "(things|something|anything|stuff) *6 (never did|never got to do|never got round to|never got around to|did not get to do|always wanted to) *8 (might|could|would|want|like|now|try|take up)",
            "(let|letting|allow) *2 (in|back in) (a little|a bit|more|closer|again)",
            "(let|letting) (people|them|others|someone|friends) (back in|in)",
            "(would|might|will) *3 have (wanted|wished|hoped) for you",
            "(reconnect|reconnecting) with !focus",
        ]),
        ("reinvest", 0.95, "", [
            "(been in touch|in touch|called|rung|phoned|visited|come round|been round|dropped by|dropped in|reached out|got in touch) *2 since (the funeral|he died|she died|they died|he passed|she passed|they passed|the death|the loss|your *1 died)",
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
        ("old-role", 0.93, "", [
            "(what|who) (you were|were you) like *2 (at work|in the job|in (that|your|the) (job|role|team|old job)|back then|at your best|on a good day)",
            "(who|what) you were (at work|back then|in the job|in that role)",
            "(good|bad|hard|difficult|best|worst|great) about (that|the old|your old|your previous|the previous|your former|the former) (life|job|role|time|work|place|team|career)",
            "miss *3 about (teaching|nursing|working|your work|the job|your job|the office|the team|your team|work|the army|being at work|your career|the work)",
        ]),
        ("transition-loss", 0.93, "", [
            "miss *3 about (home|back home|living (in|at|with|there|abroad)|your (country|home|hometown|city|town|village|old life)|life (back|in|there|at home)) !before",
            "(pass|passing|drive past|driving past|walk past|walking past|go past|going past|see|seeing) *2 (the|your) (old|former) *2 (office|school|house|home|workplace|street|building|shop|factory|plant|station|ward|classroom)",
            "(feel|feeling|feelings|sad|miss) *6 (your|the) (old|former|previous) (life|job|role|self|home|country|routine|work|house) !proud !value !valued !enjoy !enjoyed",
            "(sad|upset|grieving|mourning|gutted|heartbroken) about (giving up|leaving|losing|selling|stopping|moving|retiring|letting go)",
            "(which|what) *3 (losses|loss) *3 (heaviest|hardest|biggest|most painful|worst)",
        ]),
        ("new-role", 0.93, "", [
            "now that you are (living|working|staying|settled|here|home|back)",
            "(different|changed|new) about your (days|life|week|weeks|routine|mornings|evenings)",
            "(hardest|hard|difficult|tricky|toughest) about (adapting|adjusting|getting used)",
            "what is it like *2 (being|to be) the (new|only) !before !used",
        ]),
        ("skills-support", 0.94, "", [
            "(anyone|someone|people|anybody|somebody|who) *4 (been through|gone through|going through|come through|survived) *8 (talk to|lean on|ask|understand|learn from|other side|could talk|you could|advice)",
            "(who|anyone|someone|somebody|people) *6 (might|would|could|can|may) understand what",
            "(speaks|speak) your language",
            "(knows|know) what it is like to",
            "(could|might|would|can) (that|this|those|it) (be useful|come in handy|transfer|carry over|help you) *3 (new|job|role|committee|baby|team|group|centre|center|work|position)",
            "(use|using) (that|this|those|it) *2 with the (baby|new|committee|team|group|job|kids)",
        ]),
        ("skills-support", 0.9, "", [
            "^[but|and] you [already] (know how to|are good at|have experience of|have the skills to) !not",
            "who is (helping|supporting) you",
            "(could|can|might) you lean on",
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
        ("time-limit", 0.93, "", [
            "(five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|5|6|7|8|9|10|11|12|13|14|15|16) more (sessions|meetings|weeks|wednesdays|mondays|tuesdays|thursdays|fridays)",
            "(our|the) (time|work) together is (limited|time limited|short|finite)",
        ]),
            // recog5b batch 2 (probes written in the expert style): what the job meant and gave; what went with it;
        // skills and tips for the new role; nothing ever getting said; past and repeated friendship difficulty.
        ("skills-support", 0.93, "", [
            "(pick up|get|learn|swap|share) [some] (tips|advice|ideas|pointers|tricks)",
            "(feel|feeling) *3 (on top of things|more capable|less out of your depth|out of your depth|more competent)",
            "(good at|strengths|skills|know how|experience) *6 (bring|use|draw on|put to use|apply|carry) *4 (to|in|into|with) *3 (new|being|retire*|job|role|baby|committee|team)",
            "(what|which) (support|help) *4 (make|makes|would make) *10 (manageable|easier|less overwhelming|more confident)",
        ]),
        ("perpetuation", 0.93, "", [
            "nothing [ever] (gets|got|is|was) (said|sorted|resolved|settled|talked about|decided|dealt with)",
            "(how|what) *4 (this|it|that|the argument|the row|things) (keeps|keep) (going|happening|coming back|coming up)",
        ]),
        ("old-role", 0.93, "", [
            "(being|working as|the job|your job|that job|the work|that role|your role) *3 (meant|mattered) (a lot|so much|everything|a great deal)",
            "(you were|you are) *2 good at (that|the|your) (job|work|role)",
            "(proud|proudest) *6 (your|the|that|those) *2 (job|work|career|years|role|team) !new",
            "(job|work|role|career|team) *2 (gave|used to give|brought) you *4 (a reason|reason|a purpose|a place)",
        ]),
        ("reinvest", 0.92, "", [
            "(say yes|saying yes|accept|accepting|take them up) *6 (invites|invited|inviting|invitations|asks you|asked you)",
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
        ("transition-loss", 0.93, "", [
            "did you have to (give up|leave|let go of|sell|stop|lose|leave behind)",
            "(went|gone|disappeared|was lost|were lost) with the (job|move|house|marriage|role|retirement|redundancy|divorce)",
        ]),
        ("time-limit", 0.93, "", [
            "(only|just) have (five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|5|6|7|8|9|10|11|12|13|14|15|16) (weeks|sessions|meetings) !focus !turn !back",
        ]),
        ("past-relationships", 0.94, "", [
            "(friends|friendships|mates|best friend|close) *4 (when you were growing up|growing up|as a (kid|child|teenager))",
            "(always|ever) *3 (hard|difficult|easy|tricky) to (make|keep) (friends|friendships) !feeding !sadness !depression !depressed",
        ]),
        ("patterns", 0.94, "", [
            "(often|always|usually|keep|tend to) (end up|find yourself|ending up|finding yourself) *6 (friendships|relationships|friends)",
            "(happens|happen|happened) in (a lot of|lots of|many of|most of|all of|all) [your] (relationships|friendships)",
        ]),
            // recog5b batch 3 (more probes): help found in the new setting; the cycle as reflected back ("then nobody
        // talks", "when you withdraw, what does he do"); the past before a life event; what a change took; the
        // relationship's everyday (what you talked about, how she showed she cared); the old working week.
        ("skills-support", 0.94, "", [
            "who (at|in) (the|your) new *2 (could|might|can) you *2 (ask|go to|turn to|learn from|check with)",
            "(where|who) (could|might|can) you (get|find) *3 (help|support|advice|information|tips) !tonight !crisis !unsafe !suicidal",
            "(find out|learn) more about (managing|coping with|living with|looking after|caring for)",
        ]),
        ("perpetuation", 0.94, "", [
            "(and then|then) (nobody|no one|neither of you) (talks|speaks|says anything|gives way|mentions it)",
            "(say|said|says) nothing *10 (happens again|starts again|comes back|all over again)",
            "when (you|he|she|they) (withdraw|withdraws|go quiet|goes quiet|pull back|pulls back|shut down|shuts down|back off|backs off|nag|nags|push|pushes|shout|shouts|get angry|gets angry|walk away|walks away) *3 (what|how) (does|do|did) (he|she|they|you)",
            "(always|usually|every time|each time) (ends|end|finishes|finish) (the same way|in the same place|with you) !friendship !friendships !friends !people",
        ]),
        ("past-relationships", 0.94, "", [
            "(close to|friends with|friendly with) *3 before you (got married|married|moved|had the|had your|met|left)",
        ]),
        ("transition-loss", 0.93, "", [
            "(move|change|divorce|retirement|diagnosis|baby|redundancy|illness|emigration|moving|retiring) [has|have] (taken|took|cost) *2 you",
        ]),
        ("reinvest", 0.93, "", [
            "(again|now) *3 without (him|her|them) !died !death !funeral",
            "(enjoy|enjoying|enjoyment|laugh|laughing|fun) *4 again *4 without",
        ]),
        ("relationship-review", 0.93, "q", [
            "(what|which) *3 (things|stuff) did you (and|two) *3 (talk about|do|enjoy|share|laugh about)",
            "(people|everyone|others|friends) (love|loved|liked|admired|valued) about (him|her|them)",
            "(show|showed) (she|he|they) (cared|loved you|love you)",
            "^did you (and|two) *3 (talk about|laugh about|do together|enjoy doing) $",
        ]),
        ("old-role", 0.93, "", [
            "(typical|normal|usual|ordinary) (day|week|shift|morning) *4 when you were [still] (at|in|working|with|on)",
            "(what|how) did [your] (colleagues|team|boss|staff|customers|patients|pupils|students|clients) *2 (think of|see|value|rely on) you",
            "what was it like (running|managing|leading|owning|teaching|nursing|driving|building) !into",
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
            // recog5b batch 4: help
        // needed to settle in, a mentor; contact since a death at a longer reach; the couple's weekends; anger
        // "about" the deceased; the cycle as reflected (bring it up - goes quiet - drop it); the old working day;
        // familiar from a first marriage.
        ("skills-support", 0.95, "", [
            "(what|which) (help|support) *4 (need|want|would) *4 (settle|adjust|manage|cope|find your feet|get used)",
            "(could|might|can|would) (mentor|coach|train|guide|teach) you",
        ]),
        ("reinvest", 0.96, "", [
            "(seen|spoken to|talked to|been in touch with|heard from|visited|been back to|gone back to|been to) *5 since (the funeral|he died|she died|they died|he passed|she passed|they passed|the death|the loss|your *1 died|*1 died|*1 passed)",
        ]),
        ("relationship-review", 0.93, "q", [
            "(how|what) did you (two|both|and) *3 (spend|do with) *2 (weekends|evenings|time|days|holidays|sundays|saturdays)",
            "^what (kind|sort) of (relationship|marriage|friendship|bond) $",
        ]),
        ("mixed-feelings", 0.93, "", [
            "(angry|cross|annoyed|frustrated|resentful|irritated|mad) (with|at) (him|her|them) about",
            "(was|were) (he|she|they) (always|ever) *2 (easy|difficult|hard) to (be around|live with|get on with|be with)",
            "what did (he|she|they) [ever] do (that|which) (hurt|upset|annoyed|let you down|disappointed)",
        ]),
        ("perpetuation", 0.94, "", [
            "(bring it up|raise it|mention it) *6 (goes quiet|go quiet|shuts down|walks off|walks away|changes the subject|gets defensive|gets angry) *6 (drop it|leave it|back off|give up|push harder|push more|get louder)",
            "(more|harder|louder) *3 (and|so) (he|she|they|you) *3 (further|even more|harder|quieter|louder)",
            "(end up|ending up) *2 (stuck|back) *2 (in|at) (the same place|square one|where you started)",
        ]),
        ("old-role", 0.94, "", [
            "(what|how) (did|was) *2 (good|typical|normal|usual|bad) day (in|at|on) (the|your)",
            "(being|working as) *3 (was|were) *3 (part of who you (are|were)|your identity|who you were|everything to you)",
        ]),
        ("parallels", 0.94, "", [
            "(familiar|remind|like) *3 (from|of) your (first|previous|last|old|former|earlier) (marriage|relationship|job|partner|husband|wife|boss)",
        ]),
            // recog5b batch 5: help with the new role's tasks (the new-role words are the setting, the help is the move);
        // goodbyes to colleagues and what was hardest to give up; sadness about the old life; the old role's days.
        ("skills-support", 0.94, "", [
            "(help|support|advice|guidance) *5 (with|manage|handle|cope with|get used to|settle|get settled|adjust to|find your feet) *4 (new|baby|retire*|carer|role|job|responsibilit*|move) !just !should",
            "(manage|handle|cope with) (the|your|these|all the) new (responsibilities|role|job|demands|tasks)",
            "(make|makes|would make) (the|your|this) new *2 (feel|more|less) *2 (manageable|easier|doable|less overwhelming)",
            "(help|helps|helped) you (get settled|settle|get used to|find your feet|get the hang)",
            "(already know how to|already know|know how to do) *6 (help|use|useful)",
        ]),
        ("transition-loss", 0.95, "", [
            "(saying goodbye|say goodbye|said goodbye) to (your|the) (colleagues|team|job|house|home|friends|students|pupils|patients|office|country|city|village|old)",
            "(hardest|hard|difficult|saddest) *3 (to give up|to let go of|to leave behind|giving up|letting go of)",
            "(sadness|sad|grief|loss|mourning) *3 (about|for|over) (the|your) (old|former|previous) (life|job|role|self|home)",
        ]),
        ("old-role", 0.94, "", [
            "(what|which) (were|was) *3 (good|best|hard|worst) *2 about being (a|an)",
            "(spend|spent) your (days|time|weekends|evenings) before (the|you)",
        ]),
            // recog5b batch 6: a bereavement group; the life with the person.
        ("reinvest", 0.93, "", [
            "(bereavement|widows|widowers|grief) (group|support group|club|cafe|café|network) !details !refer !referral !extra",
        ]),
        ("relationship-review", 0.93, "", [
            "(tell me about|what was|how was|describe) *2 [your] life with !baby !kids !children !diabetes !illness !depression !pain !new",
        ]),
            // recog5b batch 7: the important people in your life, what ended a friendship; missing being married, not
        // being a <role> any more, the end of a career; what kind of <role> you were, a good week back then; what
        // the deceased would have said, what kind of grandmother she was.
        ("past-relationships", 0.93, "", [
            "(who|which people) (have been|were) the (important|significant|closest|key) people in your life",
            "(ended|end|finished|broke up) your friendship with",
        ]),
        ("transition-loss", 0.94, "", [
            "miss *3 about being (married|together|a couple|in a couple|part of a couple|with (him|her)|in work|employed|at work)",
            "(what is|how is|what has) it [been] like (not|no longer) being",
            "(feel|feeling|felt) about the end of (your|the|that) (career|job|marriage|working life|time at|role|business)",
        ]),
        ("old-role", 0.94, "", [
            "what (kind|sort) of (manager|teacher|nurse|worker|boss|engineer|doctor|colleague|leader|employee|soldier|driver|mechanic|builder|lawyer|accountant) were you",
            "(back when|when) you were (working|still working|employed|at work|in the job) *4 (good|typical|normal|usual|bad) (week|day|shift)",
            "(known for|respected for|valued for) (at|in) (the|your|that)",
        ]),
        ("relationship-review", 0.93, "q", [
            "what would (she|he|they) have (said|made|thought) (about|of)",
            "(what|which) (sort|kind|type) of (grandmother|grandfather|grandma|grandad|granddad|nan|gran|grandpa|aunt|uncle|cousin|neighbour|neighbor) was (he|she)",
        ]),
    ]
}
