/// Problem-area strategy rules, grief: the death and the time around it, the relationship with the deceased in all its sides, and re-engaging with others.
/// Table order decides ties between equal scores: entries keep the order they were added in.
extension TechniqueRules {
    static let griefStrategies: [RuleIndex.Entry] = [
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
        ("relationship-review", 0.88, "q", [
            "(typical|usual|ordinary|normal) (day|week|weekend|evening) *3 with (him|her|them|~deceased)",
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
            // recog4b batch 2: the same moves in the tenses and verbs clinicians use.
        // The deceased in the past tense: what they brought, the good times, how you got on.
        ("relationship-review", 0.88, "q", [
            "what (role|part|place) did (he|she|they|your ~relation) (play|have|hold)",
            "what did (he|she|they|your ~relation) (bring|give|add) (to|into) your life",
            "(good times|best times|happy times|good years|early years|early days|last years|later years|final years) *4 (together|marriage|between you|relationship|with (him|her|them))",
            "(early|first|last|later|final) (years|days|months) of (your|the) (marriage|relationship|friendship|time together)",
            "(how|what) did *5 (get on|get along) !school !university !college !uni !growing !younger !teenager !colleagues !workmates !coworkers !team",
            "what did you (admire|love|like|respect|appreciate|value|treasure|cherish) *2 about (him|her|them|your ~relation)",
            "(who|what) *4 was as a (person|man|woman|father|mother|husband|wife|friend|grandmother|grandfather|dad|mum|mom|brother|sister|son|daughter)",
            "(what|how) (was|were|would) *2 (typical|normal|usual|ordinary) (day|evening|week|weekend|sunday|morning) *2 with",
            "(when|while) you were (together|married|still together)",
            "things would (the two of you|you two|you both|you) (laugh|talk|do|enjoy|share|argue)",
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
        ("mixed-feelings", 0.9, "", [
            "(did|has|have|was|would) (he|she|they|~person|your ~relation) (ever|sometimes|also|at times) (disappoint|let you down|hurt|upset|frustrate|annoy|anger|get on your nerves)",
            "(downside|downsides|hard parts|drawbacks|flip side) (of|to|about) *3 (being married|him|her|them|the marriage|the relationship|living with) !upside !upsides !pros !advantages",
            "(times|moments|ever) *3 (let down|disappointed|hurt|angry|frustrated|annoyed) (by|with|at) (him|her|them|your ~relation)",
            "(wish|wished) *4 (had been|was|were|could have been) different !~work",
        ]),
        ("death-narrative", 0.95, "", [
            "(chance|able|get|got|manage|managed) to say goodbye !we !our !sessions !session",
            "(last|final) (week|weeks|days|day|months|hours|moments|year) of (his|her|their|your *1) life",
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
        ("mixed-feelings", 0.92, "", [
            "(harder|difficult|frustrating|disappointing|annoying|not so good|trickier|painful) about (him|her|them|your ~relation|the relationship|the marriage|~deceased)",
            "(alongside|along with|as well as|besides|apart from) the (love|good times|missing (him|her|them)|closeness)",
            "(unresolved|unfinished|left unsaid|never said|unsaid|never sorted) *3 (between you|with (him|her|them))",
        ]),
        ("death-narrative", 0.93, "", [
            "how did you (find out|hear|learn|get the news) !affair !cheating !job !diagnosis !pregnant !redundan* !results",
            "(days|weeks|hours) after (he|she|they|your *1|~deceased) (died|passed)",
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
        // recog4b batch 7: one batch of phrasings across the problem areas; this file holds its grief part.
        ("relationship-review", 0.93, "q", [
            "what (would|used to) (he|she|they|your ~relation) (say|do|tell you|call you) !if !ideal !ideally !perfect !wand",
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
        // recog5b: one batch of phrasings across the problem areas; this file holds its grief part.
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
        ("reinvest", 0.92, "", [
            "(say yes|saying yes|accept|accepting|take them up) *6 (invites|invited|inviting|invitations|asks you|asked you)",
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
            // recog5b batch 6: a bereavement group; the life with the person.
        ("reinvest", 0.93, "", [
            "(bereavement|widows|widowers|grief) (group|support group|club|cafe|café|network) !details !refer !referral !extra",
        ]),
        ("relationship-review", 0.93, "", [
            "(tell me about|what was|how was|describe) *2 [your] life with !baby !kids !children !diabetes !illness !depression !pain !new",
        ]),
        ("relationship-review", 0.93, "q", [
            "what would (she|he|they) have (said|made|thought) (about|of)",
            "(what|which) (sort|kind|type) of (grandmother|grandfather|grandma|grandad|granddad|nan|gran|grandpa|aunt|uncle|cousin|neighbour|neighbor) was (he|she)",
        ]),
        // recog6b: grief as expert clinicians phrase it. How the two of you met and what you got up to;
        // a remembered day with the person; feelings still held against the dead ("still cross with her, even now
        // she's gone"), a person who was "difficult too, not only loving", what was never said; the news and
        // the day itself; re-engaging through invitations and through something done in the person's memory.
        ("relationship-review", 0.9, "q", [
            "how did (the two of you|you two|you both|the pair of you) (meet|first meet|get together|get to know each other|become friends)",
            "(things|stuff|sort of things|kind of things|sorts of things|kinds of things) *2 (did|would|used to) (you two|you both|the two of you) *2 (get up to|do|enjoy|get into)",
        ]),
        ("relationship-review", 0.9, "", [
            "(a|one) (day|time|moment|weekend|holiday|evening|christmas|birthday) (with|you spent with|you had with) *3 (that|which) *2 (you remember|stands out|sticks out|you treasure|comes to mind|you think about)",
        ]),
        ("mixed-feelings", 0.93, "", [
            "(cross|angry|mad|annoyed|resentful|hurt|disappointed|furious|bitter) *10 (even now|now that|now) (he|she|they) (is|are|has|have) (gone|dead|passed|died)",
            "(difficult|hard|cold|distant|critical|harsh|demanding|selfish|hard work|hurtful|unkind|controlling) *3 (too|as well|at times|sometimes) *2 not (only|just|all|always) (loving|kind|good|caring|easy|warm|lovely|wonderful|gentle)",
            "(loving|kind|caring|warm|generous|good) *4 (and|but) *3 (also|too|at times) *2 (difficult|hard|cold|distant|critical|harsh|demanding|selfish|unkind|controlling)",
            "(did not|never|not) *2 (get|got|had|have) (to|the chance to|a chance to) (say|tell|ask|sort out|make up|put right)",
        ]),
        ("death-narrative", 0.9, "", [
            "(the|that) (night|day|morning|evening|afternoon) itself",
            "(after|before|since|when) *3 (was|were) (buried|cremated|laid to rest)",
        ]),
        ("reinvest", 0.9, "", [
            "(stops|stop|stopping|stopped|holds|held|keeps|kept) you *2 (saying yes|accepting|taking (her|him|them) up on)",
            "(start|starting|started|begin|beginning|began) to (go|get|see|do|meet|join|visit|enjoy|spend) *6 again !recap !sum !summary !far",
        ]),
        ("reinvest", 0.96, "", [
            "(something|doing|volunteer*|fundrais*|walk|run|garden|bench|charity) *6 (connected to|in memory of|in (his|her|their) (memory|name|honour|honor)|to (honour|honor|remember) (him|her|them))",
        ]),
        // recog6b batch 2: the harder side of the deceased as a side of them ("a side of her that was harder to be around").
        ("mixed-feelings", 0.92, "", [
            "(side|sides|part|parts) of (him|her|them|your ~relation) *4 (harder|difficult|hard|less easy|tough|tricky|darker|not so easy|not so nice|less nice|you did not like)",
        ]),
        // recog6b batch 4: re-engaging asked from the death ("since she died, who have you been seeing"), the person's
        // wish for the patient; love alongside relief or hurt; only the good bits remembered; "you did that yourself".
        ("reinvest", 0.95, "q", [
            "since *4 (died|passed|death|funeral|lost (him|her|them)) *8 (seeing|seen|been out|go out|gone out|going out|kept up|keep up|friends|lost touch|in touch|people|do again|like to do|enjoy|join|see anyone|see people) !wish !wished !wishing !die !dying !dead",
            "(seeing|been out|gone out|kept up|keep up|friends|lost touch|in touch|people|do again) *8 since *4 (died|passed|the death|the funeral|lost (him|her|them))",
            "what would (he|she|they|your ~relation|~deceased) have wanted (you|for you)",
        ]),
        ("mixed-feelings", 0.93, "", [
            "(miss|missed|love|loved|sad|sadness|grief) *6 (also|but|and|as well as|alongside) *6 (relieved|relief|free|freer|lighter) !common !normal !natural",
            "(a lot of|so much|lots of|plenty of) love *6 (and|but) *3 (hurt|anger|resentment|pain|disappointment)",
            "only (remember|talk about|mention|see|think about|let yourself remember) the (good|happy|best|nice) (bits|times|things|parts|side|memories)",
        ]),
    ]
}
