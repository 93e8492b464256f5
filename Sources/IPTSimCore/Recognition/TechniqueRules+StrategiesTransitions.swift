/// Problem-area strategy rules, transitions: the old role and the new, what was lost, and the skills and support the new role needs.
/// Table order decides ties between equal scores: entries keep the order they were added in.
extension TechniqueRules {
    static let transitionStrategies: [RuleIndex.Entry] = [
        ("transition-loss", 0.9, "", [
            "(miss|missing) *2 (most|the most) *2 about (your|the) (old|former|previous) (life|job|role|self|home|routine)",
            "(feel|feeling|comes up|come up|like for you) *8 (not being|no longer being) *4 (any more|anymore)",
            "(think|thinking) back (on|to) *4 (life|job|role|work|career|self) *4 (before|had|used to)",
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
        // The new role in the present tense: finding it, settling in, what is good or hard about it now.
        ("new-role", 0.92, "", [
            "how are you finding (life|it|things|the new|your new|being|retirement|motherhood|fatherhood|the job|work|living|the move|the role)",
            "(like|enjoy|good|hard|difficult|tricky|surprising|unexpected) about (retirement|being retired|motherhood|fatherhood|parenthood|being a (mum|mom|dad|parent|mother|father|widow|widower|manager|carer)|the new|your new|living (here|alone|on your own)|life here|life now)",
            "(good|hard|difficult|surprising|unexpectedly good|unexpected) about (living|being) (on your own|alone|by yourself|retired|here)",
        ]),
        ("skills-support", 0.9, "", [
            "(turn to|go to) for (advice|help|support|guidance|tips|information)",
        ]),
        ("transition-loss", 0.93, "", [
            "(take|took|taken|takes|taking) away from you",
            "(mourn|mourning|grieve|grieving|miss|missing|lost|losing) *3 (the person you were|who you were|the old you|your old self|the life you had|the person you used to be) !understood !sum !recap !natural !normal !understandable !wrong !common !makes",
            "(the|your) (house|home|job|country|life|town|friends|team|city|work|village|career) you (left|lost|gave up|had to leave|sold|left behind|had to give up)",
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
        ("skills-support", 0.9, "", [
            "(been through|gone through|going through) (something|this|the same|a similar) *2 (similar|too|before|like this|thing|situation)",
            "(resources|services|support groups|help available|helpline for carers|peer support)",
            "(feel|feeling) *2 (at home|on top of|in control|comfortable|at ease|competent|confident) (in|with) (the|your|this) *2 (role|job|work|new|position|baby|care)",
        ]),
        ("transition-loss", 0.92, "", [
            "(cost|costs|costing) you !stay !if !or !option !options !peace !keeping !friendship !friend",
            "what (did|have|has) *2 (you|it) (lose|lost|give up|given up|leave behind|left behind)",
            "(real|big|genuine|huge) loss !death !died",
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
        ("skills-support", 0.92, "", [
            "(other|fellow) *2 (families|workers|parents|mums|moms|dads|mothers|fathers|retirees|carers|caregivers|students|newcomers|patients|widows|widowers|immigrants|migrants) *6 (connect|lean on|talk to|ask|support|help|meet|you could|you can|nearby|near you)",
            "(in your corner|on your side|got your back)",
            "(which|what) (people|person|friends|family members) *4 (could|can|might|would) *3 (help|support) you",
            "(antenatal|new parent|new parents|baby|toddler|carers|parent and baby) (group|groups|class|classes)",
            "(know how|experience|skills|expertise) *8 (use it|put it to use|use them)",
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
        ("skills-support", 0.94, "", [
            "(what|which) (support|help) *4 (make|makes|would make) *6 (manageable|easier|less overwhelming|more confident)",
            "(people|someone|anyone) (at|in) the new (job|office|team|school|place|workplace) *4 (ask|help|show|support)",
        ]),
        ("old-role", 0.9, "q", [
            "when you were (working|still working|at work|employed|in the job|teaching|nursing|in the army)",
            "(did|was) (a|an) (typical|normal|usual|good|bad|average) day at",
        ]),
        ("old-role", 0.93, "", [
            "role *4 before (you|the)",
            "how did (people|colleagues|others|your team|your boss) *3 see you",
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
            "(sad|upset|grieving|mourning|gutted|heartbroken) about (giving up|leaving|losing|selling|stopping|moving|retiring|letting go) !natural !normal !understandable !wrong !common !makes",
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
        // recog5b batch 2: one batch of phrasings across the problem areas; this file holds its transitions part.
        ("skills-support", 0.93, "", [
            "(pick up|get|learn|swap|share) [some] (tips|advice|ideas|pointers|tricks)",
            "(feel|feeling) *3 (on top of things|more capable|less out of your depth|out of your depth|more competent)",
            "(good at|strengths|skills|know how|experience) *6 (bring|use|draw on|put to use|apply|carry) *4 (to|in|into|with) *3 (new|being|retire*|job|role|baby|committee|team)",
            "(what|which) (support|help) *4 (make|makes|would make) *10 (manageable|easier|less overwhelming|more confident)",
        ]),
        ("old-role", 0.93, "", [
            "(being|working as|the job|your job|that job|the work|that role|your role) *3 (meant|mattered) (a lot|so much|everything|a great deal)",
            "(you were|you are) *2 good at (that|the|your) (job|work|role)",
            "(proud|proudest) *6 (your|the|that|those) *2 (job|work|career|years|role|team) !new",
            "(job|work|role|career|team) *2 (gave|used to give|brought) you *4 (a reason|reason|a purpose|a place)",
        ]),
        ("transition-loss", 0.93, "", [
            "did you have to (give up|leave|let go of|sell|stop|lose|leave behind)",
            "(went|gone|disappeared|was lost|were lost) with the (job|move|house|marriage|role|retirement|redundancy|divorce)",
        ]),
        // recog5b batch 3: one batch of phrasings across the problem areas; this file holds its transitions part.
        ("skills-support", 0.94, "", [
            "who (at|in) (the|your) new *2 (could|might|can) you *2 (ask|go to|turn to|learn from|check with)",
            "(where|who) (could|might|can) you (get|find) *3 (help|support|advice|information|tips) !tonight !crisis !unsafe !suicidal",
            "(find out|learn) more about (managing|coping with|living with|looking after|caring for)",
        ]),
        ("transition-loss", 0.93, "", [
            "(move|change|divorce|retirement|diagnosis|baby|redundancy|illness|emigration|moving|retiring) [has|have] (taken|took|cost) *2 you",
        ]),
        ("old-role", 0.93, "", [
            "(typical|normal|usual|ordinary) (day|week|shift|morning) *4 when you were [still] (at|in|working|with|on)",
            "(what|how) did [your] (colleagues|team|boss|staff|customers|patients|pupils|students|clients) *2 (think of|see|value|rely on) you",
            "what was it like (running|managing|leading|owning|teaching|nursing|driving|building) !into",
        ]),
        // recog5b batch 4: one batch of phrasings across the problem areas; this file holds its transitions part.
        ("skills-support", 0.95, "", [
            "(what|which) (help|support) *4 (need|want|would) *4 (settle|adjust|manage|cope|find your feet|get used)",
            "(could|might|can|would) (mentor|coach|train|guide|teach) you",
        ]),
        ("old-role", 0.94, "", [
            "(what|how) (did|was) *2 (good|typical|normal|usual|bad) day (in|at|on) (the|your)",
            "(being|working as) *3 (was|were) *3 (part of who you (are|were)|your identity|who you were|everything to you)",
        ]),
        // recog5b batch 5: one batch of phrasings across the problem areas; this file holds its transitions part.
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
        // recog6b: role transitions as expert clinicians phrase them. The old role as a person the patient was
        // ("who you were back in Krakow", "what was it like being head of department", "you were the one people came to");
        // the loss as what the change took away ("it gave you X but also took away Y", "no longer being the one",
        // "the home you can't go back to"); the new role's hardest parts and unexpected gains; skills as a resource.
        ("old-role", 0.92, "", [
            "who you were *3 (back|before|in|at|when|then|there)",
            "(what|how) was it *2 (being|to be) *3 (head|manager|nurse|teacher|boss|in charge|part of|that person|the one|a (nurse|teacher|manager|soldier|mother|wife|husband|carer|driver)) !child !kid !little !young !growing !baby",
            "you were the one *4 (came to|turned to|relied on|went to|leaned on|looked up to|depended on)",
        ]),
        ("old-role", 0.85, "q", [
            "^(what|anything|is there anything) *2 (do you|you) miss $",
        ]),
        ("transition-loss", 0.95, "", [
            "(gave|brought|given|give) you *12 (but|and) *3 (took away|cost you|took from you|lost|losing)",
            "(sadness|loss|grief|grieving|mourning|missing|miss) *4 (no longer|not being) *4 (the one|a|an|the|able|part|someone)",
            "(can not|cannot|could not|will never|never|can never) (go back|return) (to|home) !work !sleep",
            "like to think (of|about) *4 (being (sold|gone|closed|empty)|leaving|losing|no longer|not being|the (house|home|job|farm|shop) *2 (sold|gone|closed))",
        ]),
        ("transition-loss", 0.9, "s", [
            "you are missing (the|your|being|all|how)",
        ]),
        ("new-role", 0.93, "", [
            "(big|huge|major|real) (change|adjustment|transition|shift) *10 (hardest|most difficult|toughest|trickiest|hard part|hard bit)",
            "(new|different) (things|demands|responsibilities|routine|routines|roles|role|challenges) *12 (difficult|hardest|hard|tricky|toughest|juggle)",
            "better than you (expected|thought|feared|imagined)",
            "(days|life|week|weeks|future) *3 (look|looking|be) like *4 (a year from now|in a year|in a year is time|from now|in (six|a few) months|next year)",
            "(more time|time) for *4 now *4 how (has|is) (that|it)",
        ]),
        ("skills-support", 0.93, "", [
            "(source|sources) of (advice|support|help|know how)",
            "(good at|skills|strengths|experience) *8 (useful|help you|helpful|come in handy|serve you) *6 (new|as you|set up|settle)",
        ]),
        // recog6b batch 2: the loss in a role transition told back as identity ("you don't know who you are any more",
        // "what made you you"), displacement ("a stranger in your own home", "a guest in someone else's life"), no longer
        // being needed, "the loss of feeling useful"; skills as getting the hang of the new role; the new life's first likings.
        ("transition-loss", 0.93, "", [
            "(know|sure) who you are *2 (anymore|any more|now|these days)",
            "(what|who) made you you",
            "(lost|losing|lose) (yourself|your sense of (self|yourself|who you are|purpose|identity))",
            "(taken|took|take|taking) away *4 (what made you|who you|your (sense|independence|place|role|purpose|identity|future|freedom)|part of (you|who)|a lot of what)",
            "(stranger|guest|visitor|outsider|lodger) in (your own|someone elses|someone else is|somebody elses|their|your) *2 (home|house|life|body|family|country|kitchen)",
            "(not|no longer) [being] (needed|useful|wanted|relied on)",
            "(the|a) loss of (feeling|being|status|independence|purpose|routine|identity|income|freedom|role|your (job|role|independence|home|career|health|freedom|routine|status|identity|place|country|work)) !linked !link !links !connected !because !depression !depressed",
        ]),
        ("skills-support", 0.93, "", [
            "(show you the ropes|learn the ropes|find your feet|finding your feet|get the hang of|getting the hang of|on top of (it|things|the))",
            "(people|someone|anyone|others|somebody|anybody) *6 who [is|has|have|had] (done|been through|gone through|had|managed|coped with) (this|it|the same|something similar|that) !died !death !suicid*",
        ]),
        ("new-role", 0.9, "", [
            "(started|starting|come|begun|beginning|grown|grow) to (enjoy|like|appreciate|value|love|look forward to) !again !used",
        ]),
        // recog6b batch 3: "it must be hard to go from X to Y", "that's a loss too, the freedom you had before"; the old role's good things in the past tense; the next stage.
        ("transition-loss", 0.94, "", [
            "(hard|difficult|tough|strange|a lot|big change|huge change|painful) *3 (to go|going|gone|go|went) from (being|running|having|working|doing|a|the)",
            "loss *6 (you had|you used to have|you once had) *2 (before|back)",
        ]),
        ("old-role", 0.93, "", [
            "what (were|was) the (good|best|positive|nice|happy|good and bad|hard|bad) (things|parts|bits|side|sides|aspects) (about|of) (being|your|the|life|that)",
            "what did you (enjoy|like|love|value) about (your|the) (life|old|job|work|role|time|days) *4 (in|at|back|before|as|there)",
        ]),
        ("new-role", 0.9, "", [
            "(this|the) (next|new) (stage|chapter|phase|season|part of your life|part of life)",
        ]),
        ("skills-support", 0.93, "", [
            "(talk to|meet|speak to|ask) *2 (other|others|another) *2 (mums|mothers|parents|dads|fathers|carers|people|women|men|students|widows) *4 (same (position|boat|situation)|been through|going through|in your position|who have)",
            "(show you|showed you) (how|around|the way)",
            "(group|groups|class|classes|course|courses) for (people|new|other|carers|parents|mums|dads|families) *4 (with|who|near|in your|like you)",
        ]),
        // recog6b batch 6: skills and supports for the new role asked as a closed question: someone to show, teach,
        // advise or help with the new tasks; asking others how they manage; courses and mentor schemes.
        ("skills-support", 0.88, "q", [
            "(anyone|someone|somebody|anybody|who) *4 (show you|teach you|give you *2 (tips|advice|pointers)|practise|practice|mind the baby|look after the baby)",
            "(help|helping) (out|with) *4 (baby|twins|kids|children|night feeds|feeds|feeding|forms|paperwork|bills|english|shopping|school run)",
            "(ask|asked|talk to|talked to|speak to|spoken to) *5 how (they|she|he) (manage|handle|cope|do it|fill|deal|get by)",
            "(looked into|thought about|signed up for|enrolled in|found) *2 (courses|course|classes|class|training)",
        ]),
        ("skills-support", 0.9, "", [
            "(mentor|mentoring|buddy|induction|peer support) (scheme|programme|program|system|group)",
        ]),
    ]
}
