/// IPT techniques used in every problem area (exploration, affect, clarification, communication analysis…).
extension TechniqueRules {
    static let techniques: [RuleIndex.Entry] = [
        ("exploration", 0.6, "", [
            "(tell|say|talk|share) *3 more",
            "(hear|know|understand) *2 more",
            "^and then",
            "(what|anything) else",
            "^(go on|carry on|keep going|and then|say more)",
            "how (so|do you mean)",
            "what do you mean",
            "(can|could|would) you *2 (say|tell|explain|expand|elaborate|describe|talk|share|unpack)",
            "give me an example",
            "(tell|talk) *3 (about|a bit|a little)",
            "(elaborate|expand|unpack)",
            "help me understand",
            "(i am|i was|i would be) (curious|interested|wondering) (about|what|how|to hear|to know)",
            "^i wonder (what|how|about)",
            "what (was|is) *3 like",
            "what (comes|came) to mind",
            "where (would|shall|do) you [like to](start|begin)",
            "more to (it|that|this|the story)",
        ]),
        ("affect-elicit", 0.78, "", [
            "how (did|do|does|are|were|was|is|has|have|would|will|might) *4 (feel|feeling|felt) !tablets !pills !medication !helps !help",
            "what (did|do|was|were|are|is|does) *4 (feel|feeling|felt|feelings|emotion|emotions)",
            "(feelings|emotions) *3 (about|toward*|when|come up|came up|around)",
            "what (comes|came|is coming) up (for you|inside|in you)",
            "how (was|is) (that|it) for you",
            "what (was|is|has) (it|that) *2 like for you",
            "what (is|was) (it|that) like to (realize|see|hear|notice|say|discover|find out)",
            "^how was that *3 (saying|doing|telling|hearing)",
            "(notice|noticing|noticed) *3 (feeling|feelings|emotion|in your body|tears|your voice)",
            "where (do|did) you feel (it|that)",
            "(what|how) *3 (does|did) (that|it) (feel|make you feel)",
            "(make|made|makes) you feel",
            "(going on|happening) inside you",
            "like for you to",
            "what (comes|came) up *2 (when|as) you (think|talk|hear|remember|say|picture|imagine)",
            "what is (that|it) like *3 (now that you|having said|saying it|to say it|now you have said)",
            "^[and|so] what is that like $",
            "what (do|did) you miss (most|the most|about)",
        ]),
        ("affect-elicit", 0.92, "", ["what (feelings|emotions) (come|came|are coming|arise|come up|came up|are there|were there|was there|do you notice)", "what (feelings|emotions|feeling) *4 (underneath|beneath|behind)", "what is the (feeling|emotion) [right now|now|there|here]", "what *3 (underneath|beneath|behind) (that|it|the smile|this|all that)"]),
        ("affect-elicit", 0.9, "", [
            // A feeling guessed at under what was said ("I wonder if there's some anger in there too").
            "(wonder|wondering|guess|sense|suspect|imagine|curious|notice|hear) *6 (some|a bit of|a little|any|a lot of) *2 (anger|angry|sadness|sad|hurt|guilt|resentment|jealousy|fear|grief|disappointment|shame|rage|envy) *4 (in there|underneath|under|behind|too|as well|also|there)",
            "(might|may|could) be (some|a bit of|a little) *2 (anger|sadness|hurt|guilt|resentment|jealousy|fear|grief|disappointment|shame|rage|envy) *4 (in there|underneath|under|behind|too|as well|also)",
            "(stirs|stir|stirred|stirring) (up|in you)",
            "(stay|sit|be|staying|sitting) with (that|the|this|your) *2 (feeling|feelings|sadness|anger|hurt|grief|emotion|tears|fear|pain)",
            "(going on|happening) *3 inside",
            "^[um|uh|okay|so|and] [and|so] what is (coming up|happening for you|going on for you) [for you|inside|right now|now|just now|there] $",
            "what (was|is) it *2 like (in that moment|at that moment|right then|at the time|in the moment|right now)",
            "what happens (inside|in you|for you inside|in your body|in your chest|to you inside|inside you)",
            "how did (that|it|hearing that|saying that|hearing it|saying it) (land|hit you|affect you|leave you)",
        ]),
        ("affect-elicit", 0.8, "", [
            // Noticing the feeling in the room: tears, voice, face.
            "(you look|you seem|you are|you sound|your eyes|your voice|i notice|i am noticing|i noticed|i can see) *4 (teary|tearful|tears|welling up|choked|choked up|shaky|wobbly|cracking|filled up|filling up)",
            "(wonder|wondering|guess|suspect|sense|maybe|perhaps|whether|if) *3 part of you *3 (is|was|feels|felt|might be|may be|could be) *3 (angry|furious|sad|hurt|guilty|ashamed|relieved|jealous|resentful|scared|afraid|frightened|lonely|grieving)",
        ]),
        ("affect-elicit", 0.8, "s", [
            // Naming a strong feeling the patient has not named ("You sound kind of furious about it").
            "^[so|and|well|yeah] (you sound|you seem|you look|sounds like you (are|were|felt)|you must have been|you must be) [kind of|really|pretty|so|quite|a bit|a little|absolutely|just] (furious|gutted|livid|devastated|heartbroken|enraged|crushed|terrified|humiliated|betrayed|jealous|resentful|seething|raging|fuming)",
        ]),
        ("affect-elicit", 0.78, "q", [
            "(sad|angry|hurt|upset|scared|ashamed|guilty|lonely|relieved|disappointed|jealous|furious|resentful|anxious|afraid) *3 (when|about|that|at)",
        ]),
        ("affect-elicit", 0.76, "q", [
            "(~sad|~angry|~afraid|~guilt|hurt|upset|lonely|relieved|disappointed|jealous) !yourself",
            "(feel|feeling|felt) (about|when|like)",
        ]),
        ("affect-validate", 0.86, "s", [
            "(anyone|anybody|most people|many people|lots of people|a lot of people|plenty of people|who would not|who wouldn't) *4 (would|feel|be|in your) *5 (~sad|~angry|hurt|upset|~afraid|~guilt|the same|that way|like that|lonely|shaken|overwhelmed|position)",
            "(natural|normal|understandable|makes sense|no wonder|of course|human) *4 (to feel|you feel|you are|to be|that you|you would|you felt|to grieve|to miss|to cry)",
            "(ok|okay|alright|fine|all right) to (feel|cry|be upset|grieve|miss|be angry|be sad)",
            "(feeling|feel|felt|to feel) *10 (normal|natural|understandable)",
            "(makes|make) [a lot of |complete |perfect |total]sense",
            "no wonder",
            "(of course|understandably|naturally) you",
            "your (feelings|grief|anger|sadness|tears|reaction|guilt|fear) *3 (make sense|makes sense|are understandable|is understandable|valid|natural|normal|understandable)",
            "(nothing|not) *2 wrong with (feeling|being|crying)",
            "(any|a) (parent|mother|father|wife|husband|person|son|daughter) would",
            "^(anyone|anybody) would *3 (struggle|find|feel|be|react|miss)",
            "^[and|well|so|oh] (of course|naturally|understandably|no wonder) (it|this|that|you) *3 (hard|hurts|hurt|painful|difficult|tough|upset|sad|miss|angry|struggling|feel|felt|heavy|raw)",
            // Mixed or "shameful" feelings made ordinary: "relieved and guilty at the same time is really common".
            "(relieved|relief|guilty|guilt|sad|angry|anger|resentful|numb|glad) and (relieved|relief|guilty|guilt|sad|angry|anger|resentful|numb|glad|sadness) *14 (common|normal|natural|understandable|makes sense|human)",
            "(that is|it is|this is) (very|so|completely|totally|perfectly|entirely|really) (human|normal|natural|understandable)",
            "(normal|natural|understandable|okay|ok|fine|human) (to|that you) *2 (cry|grieve|still)",
            "(normal|natural|understandable|human|common) (reaction|response|way to feel|thing to feel)",
            "no shame in (feeling|being|crying|needing|asking|grieving|missing)",
            "your (feelings|feeling|reaction|anger|tears|frustration|resentment|hurt|disappointment|sadness|grief) *5 (are|is) (okay|ok|valid|allowed|fine|normal|natural|understandable|legitimate)",
            "(does not|doesn't|would not|does not have to) make you (a bad|a terrible|a horrible|an awful|selfish|weak|crazy|a monster|ungrateful|a failure|a bad person)",
            "(a lot of|many|lots of|plenty of|most|so many) *2 (parents|mothers|mums|moms|dads|fathers|widows|widowers|carers|caregivers|couples|new mums|new moms|new parents) (feel|felt|have felt|go through|struggle with) (that|the same|this|like that|exactly|it)",
        ]),
        ("mood-event-link", 0.86, "", [
            "(mood|spirits|low|worse|better|lifted|dropped|dipped|sank|crashed|lighter|heavier) *6 (after|when|since|following|the day|that night) *8 (call|argu*|fight|talk*|visit|saw|spoke|met|conversation|row|told|he|she|they|~person|phoned|texted|lunch|dinner) !people",
            "(after|since|when) *8 (felt|feel|feeling|mood) *3 (better|worse|lighter|heavier|lower|brighter|down|low)",
            "(your|the) (mood|spirits) (dropped|dipped|lifted|improved|sank|changed|went down|went up|fell|rose|picked up|plummeted)",
            "(link|connection|connected|pattern|relationship) *5 between *6 (mood|feel|feelings|low) *5 (and|what|who)",
            "(what|anything) *4 happen* *6 (mood|feel*) *3 (change|changed|drop|dropped|worse|better|lift*|shift*)",
            "(when|what) *3 (mood|you felt) *3 (change*|shift*|drop*|dip*|lift*)",
            "(affects|affected|affect|affecting) your mood",
            "(mood|feel|felt) *5 (better|worse|lower|lighter|heavier|brighter) *4 (after|when|the week|on days)",
            "(days|weeks|times) *3 (mood|you feel|you felt) *3 (better|worse|lower|brighter)",
        ]),
        ("mood-event-link", 0.88, "", [
            // "your mood seems to go down when…", "things got worse when school stopped", "the low evenings follow…"
            "(mood|spirits) *4 (down|up|drop|drops|dropped|dip|dips|dipped|sink|sinks|sank|lift|lifts|lifted|lower|worse|better|low|changes|shifts|plummets|falls|fell) *4 (when|whenever|after|if|on days|on the days|each time|every time|following|once)",
            "(things|it|everything|you) (got|get|gets|getting|went|seemed to get|seem to get) [a lot|a bit|much|so much|even|far|really|a little] (worse|better|harder|easier|lower|heavier|darker) *6 (when|after|since|once|whenever)",
            "(felt|feel|feeling|seemed|seem|seemed to feel) (better|worse|lower|brighter|lighter|heavier|low|down) *4 (on the day|on the days|the day|the days|that day|that week|on days|whenever|each time|every time)",
            "(low|bad|worse|down|dark|hard|lonely|empty) (days|evenings|nights|mornings|weekends|moods|patches|spells|times) *3 (follow|follows|come after|comes after|after|when|whenever|tend to follow)",
            "(link|connection) between *8 and",
            "(look at|think about|explore|consider) *2 (the|your) (drinking|mood|sleep|low mood) and (the|your) (mood|drinking|low mood|depression|sleep) together",
            "(see|does) *3 (the|your) (beer|drinking|alcohol|wine|drink) (fitting|fit|fits) in",
            "(things|it|everything|your mood|you|life) (picked up|improved|lifted|eased|brightened|went downhill|got easier|got harder|turned around|fell apart) *6 (once|when|after|since|whenever)",
            // Good and bad weeks lined up with people: "the weeks you've felt better are the weeks you've seen your friends".
            "(weeks|days|times|evenings|weekends|mornings) *4 (felt|feel|feeling|been|mood) *3 (better|worse|lower|brighter|good|bad|lighter|heavier|okay|ok) *4 (are|were|was|seem to be|tend to be|line up with|match|coincide with|happen to be) *2 (the|when|with|also) *3 (weeks|days|times|ones|evenings|weekends)",
            "(after|since|once|following|then) *8 (everything|things|it|you|mood|your mood) *2 (went|go|goes|felt|fell|sank|dropped|crashed|turned) (flat|grey|gray|down|downhill|dark|low|black|worse|heavy|sour)",
            "(not|no) [a] coincidence",
            "(wondering|wonder|think|notice|noticed|see|curious) *2 (if|whether) (those|these|the two|they|that|the two things|both) (are|were|might be|could be|is|may be) (connected|linked|related|tied)",
            // The mood following a relationship: "your mood seems to track how things are with Tom", "the whole day goes grey when Joe doesn't call".
            "(mood|spirits|feelings|how you feel|the way you feel) *4 (track*|follow*|mirror*|go hand in hand with|goes hand in hand with|rise and fall with|rises and falls with|go up and down with|goes up and down with|move with|moves with) *6 (how|what|things|the|your|when|~person|~relation)",
            "(what|anything|something) *4 happen* *10 (before|when|after|on the day|the day|that day|around the time) *3 (you|your) *2 (felt|feel|feeling|mood|started feeling|started to feel) *2 (worse|better|so bad|lower|awful|terrible|so low|even worse)",
            "(think|see|notice|wonder) *2 (those|these|the two|they|the two things|both) (are|were|might be|could be|may be) (connected|linked|related)",
            "(every time|each time|whenever|after) *8 (the following|the next) (days|day|morning|week|evening) *3 (low|down|worse|bad|flat|very low)",
            "(weeks|days|times|evenings) you *6 (mood|score|scores|spirits) *3 (lower|higher|better|worse|brighter|down|up)",
            "(felt|feel|feeling|seemed) (more|less) like (yourself|your old self|you) *6 (when|after|the week|the weeks|on days|since|whenever|once)",
            "(when|after|whenever|if|once|every time) *8 (day|week|evening|weekend|everything|the whole day) *2 (goes|went|turns|turned|gets|got) (grey|gray|dark|black|flat|heavy|bad|worse)",
            "(around|about|at) the (time|same time|week|day) *4 (mood|spirits|you (started|began) (feeling|to feel)) *3 (pick*|lift*|drop*|dip*|sank|change*|improv*|shift*|went)",
            "(what|anything) *4 happen* *8 (mood|feel*) *3 (pick*|improv*|sank|sink*|went down|went up|got better|got worse)",
            "(mood|you feel|you felt|spirits|feeling) *4 (better|worse|lower|brighter|lighter|heavier) (those|on those|on the|the|on) (days|weeks|evenings|mornings|weekends)",
        ]),
        ("mood-event-link", 0.82, "s", [
            // A mood change dated by a relationship event, said as a statement ("you've felt flatter since your son moved out");
            // weak, so that a summary or a formulation that contains such a link keeps its reading.
            "(mood|spirits|sadness|low|down|flat|flatter|lower|worse|darker|heavier|sinking|sank|dipped|deepened) *6 (since|after|following|whenever|every time|each time|ever since) *6 (~relation|~person|argu*|row|fight|call|visit|conversation|left|moved|stopped|split|broke|fell out|walked out)",
        ]),
        ("mood-event-link", 0.86, "s", [
            // The low named by another word ("the sadness got heavier after Sam left", "the loneliness set in once the kids moved out").
            "(sadness|low mood|depression|loneliness|grief|heaviness|despair|numbness|emptiness|flatness) *3 (deepened|darkened|worsened|intensified|lifted|eased|improved|heavier|darker|worse|better|lighter|picked up|sank|dipped|dropped|kicked in|set in|crept in|hit) *4 (after|when|since|once|following|the week|the day|whenever)",
        ]),
        ("clarification", 0.82, "", [
            "you (say|said|tell me|told me) *8 but",
            "(on the one hand|on one hand|and yet|yet you|but at the same time)",
            "(i notice|i noticed|i am noticing|i noticed that) *6 (when|that|you|your) *8 (but|yet|though|smile|change|laugh|quiet)",
            "(what makes you|what makes you think|how do you know|how can you be sure)",
            "(are you saying|do you mean|did you mean|you mean|what i hear you saying) !how",
            "(you said|you mentioned|earlier you) *10 (but|and now|now you|yet)",
            "(contradict|contradiction|mixed message|two things at once|doesn't add up|does not add up)",
            "(assume|assuming|assumption|assumed|take it for granted|taking for granted)",
            "(sounds|seems) like you (are|were) (assuming|expecting|taking)",
            "(changed|change|changing) the (subject|topic)",
            "you (said|say|told me|mentioned) *10 (and also|but also|and yet|but then)",
            "you (call|called|describe|described) yourself *4 (yet|but)",
            "^so you (expect|assume|assumed|expected|take it|are sure) *3 (people|everyone|nobody|no one|they|he|she|others) *6 (before|even before|without|already)",
            "(both|both things|both of those|both of these) (are|can be|could be|might be|may be) true",
            "you (think|believe|feel|assume) [that] if you *8 (it means|that means|means) you",
            "it (means|would mean) you are (weak|a failure|useless|bad|selfish|pathetic|worthless|stupid)",
            "you are (smiling|laughing|nodding|saying) *3 but",
            "(what do you mean by|when you say) !feelings !feeling !feel",
            "you (have told me|have said|keep saying|keep telling me|said|told me|have mentioned) *4 (a couple of times|a few times|several times|twice|more than once|again|a lot) *4 (that|you)",
            "how (do|does|can|could|would) (those|these|they|the two|both|those two things|these two things|that|this|it) *2 (fit|go|sit|work) together",
            "you (say|use|said|used|keep saying|keep using) *4 (a lot|quite a lot|several times|a few times|so often|twice|again and again)",
            "you (are saying|were saying|mean|want|would like|need) *8 but *3 (also|at the same time|then|you would never|you never|you do not|you would not|you cannot)",
        ]),
        ("clarification", 0.9, "", [
            // Two descriptions held side by side: "you've described him as both kind and cruel".
            "(square|reconcile) (that|this|those|these|it) with",
            "how (do|does|can|could|would) (those|these|they|the two|both|those two things|these two things) *2 (fit|go|sit) together",
            "(notice|noticing|noticed) *2 you (smile|smiled|smiling|laugh|laughed|laughing) *4 (when|as|while)",
            "expect *6 (without|before) (telling|asking|saying|you tell|you ask|you say|you asking|you telling|you saying)",
            "when you say *6 you mean",
            // A feeling corrected into another: "you're not angry at your dad, you're disappointed".
            "you are not (angry|mad|sad|upset|hurt|jealous|scared|worried|annoyed|furious|disappointed|guilty) *4 (you are|but|more|rather|it is more)",
            // Manner at odds with content: "I'm struck by how calmly you describe the row".
            "(i am struck|it strikes me|struck by|i notice|i am noticing|i noticed) *4 (how|that) *4 (calm*|matter of fact|smil*|laugh*|lightly|casual*|quickly|flat*|quiet*) *6 (when|as|while|you|about|describe|talk)",
            "(described|describe|talked about|call|called|see|saw) (him|her|them|it|yourself|~person|~relation) as both",
        ]),
        ("clarification", 0.8, "", [
            "you (are saying|keep saying|say|said) *12 but",
            "(you believe|you think|you assume|you feel|you are sure) *10 (even though|although|when in fact|despite)",
            "you mean *6 (not|rather than|instead of)",
            "you (smile|laugh|smiled|laughed|are smiling|are laughing) *6 (but|yet|and yet)",
            // Process observations: "I noticed you said 'useless' twice", "I notice you changed the subject".
            "(i notice|i noticed|i am noticing) *2 you (said|say|used|use|keep saying|mentioned|called|call) *6 (twice|again|a few times|several times|more than once|a lot|the word|that word|each time|every time)",
            "(i notice|i noticed|i am noticing|i see) *2 you (changed|change|moved|move|went|switched|switch|shifted|skipped|jumped|smiled|laughed|paused|stopped|looked away|went quiet|got quiet) *6 (subject|topic|just then|quickly|away|when|as you|then)",
        ]),
        ("communication-analysis", 0.87, "", [
            "(what|exactly) *3 (did|do|does|would) (you|she|he|they|~person) (say|said|reply|respond|answer|tell)",
            "what *6 (understood|heard|took|made) (from|of|out of) *3 (that|it|this|the|what|you|him|her)",
            "(word for word|word by word|exact words|the words|your words|their words|what words)",
            "(walk|take|talk) me through *6 (conversation|argument|what happened|it|that|the|row|call)",
            "(tone|tone of voice|your tone|her tone|his tone|body language|sounded like|how did it sound)",
            "how did (she|he|they|~person) (react|respond|answer|reply|take it|take that)",
            "what (did|do) you *2 (mean|want|hope|intend|wanted|hoped) *3 (to say|to get across|by that|when you said|them to hear|her to hear|him to hear)",
            "(she|he|they|~person) (heard|understood|took it|took that)",
            "(said|say|put) it differently",
            "what would you have said",
            "(then|and) what (happened|did you say|did she say|did he say|did they say)",
            "how did (the|that|your) (conversation|argument|discussion|call|talk|row|fight|exchange) (go|end|start|finish)",
            "how (do|did) you think (she|he|they|~person) (heard|took|understood|felt about) (it|that|what)",
            "what were you hoping would happen",
            "(what|how) (did|do) you (say|respond|reply|answer)",
            "(last|most recent) (time|argument|conversation|row|fight|disagreement) *6 (talk|tell|walk|what|describe|happened)",
            "(what|how) [else]could you have (said|put it|said it)",
            "(said|say) *3 (exactly|first|next|back)",
            "how do you [usually|normally|typically|tend to] (respond|react|reply|answer)",
            "(walk|take|talk) me through *6 (step by step|blow by blow|moment by moment|word by word|exactly|from the (start|beginning))",
            "what did (the|his|her|their|your) (list|note|text|message|email|letter|card) say",
        ]),
        ("direct-question", 0.95, "q", [
            // A single fact about an event ("What did she say when you told her?", "What did you do next?"),
            // rather than a reconstruction of the exchange ("Then what did she say?").
            "^[and|so|okay] what (did|does) *3 (say|do|tell|said) (when|after|before|once|yesterday|today|last|next|then|at|in)",
            "^[and|so|okay] what did you do (next|then|after that|afterwards|after|yesterday|at the weekend|last night|that day|in the end) $",
            "^[and|so|okay] what (happened|happens) (then|after that|afterwards|in the end) $",
            "^[and|so|okay] what happened (with|to|between) *4 (when|after|at)",
            "^[and|so] (did|have) you (tell|told|say|said|mention|mentioned|let) (him|her|them|~person|~relation|anyone|your *1) *2 (that|you|how|what|about|know)",
            // How often the event just described happens: a fact, not past episodes of depression
            // ("How many times has that happened?"; with "before" or "to you" it can be those).
            "^[and|so|okay] how (many times|often) (has|have|did|does) (that|this|it) (happen|happened) $",
        ]),
        ("decision-analysis", 0.86, "", [
            "(options|alternatives|choices|possibilities|possibility)",
            "(pros|cons|advantages|disadvantages|upside|downside|upsides|downsides)",
            "(what|how) (could|might|can) you (do|handle|approach|respond|deal)",
            "(weigh|weighing|weighed) *3 (up|them|it|options|each)",
            "(list|brainstorm) *4 (every|all|options|ways|possible|ideas)",
            "what would happen if you",
            "what *4 would happen",
            "(one way|another way|other ways|different ways|which way) *5 (handle|deal|approach|could|might|go)",
            "(what|how) else could you",
            "(you|we|to) *4 (decide|decision|choose|choosing) !took !made",
            "what are the (different|possible|other) (things|ways) you could",
            "(best|worst) (case|outcome|option)",
            "(different|other|possible) (paths|routes|avenues|directions|roads) *3 (could|might|can|take|open)",
            "(listed|list|listing) *3 (every|all|each) (possibility|option|idea|way)",
            "what (might|could|would) you say if (he|she|they|~person|someone|somebody|people|anyone)",
            "which (one|option|of these|of those|idea|of them) *4 (try|choose|go with|pick|want|prefer|start with)",
            "(want|like|going|choose|prefer) to (try|do|start with) first",
        ]),
        ("role-play", 0.92, "", [
            "(role play|roleplay|role playing|role plays)",
            "(have another go|try that again|try it again|say it again|one more time|once more) !sorry !pardon !catch !missed",
            "(practice|rehearse|rehearsal|try out|run through) *6 (saying|conversation|what you|it|talk|with me|here|now|the words)",
            "i (will|could|can|would) (be|play|pretend to be|take the part of) *3 (your|him|her|them|~person|the)",
            "(pretend|imagine) *2 (i am|to be|that i am|i was|i were)",
            "(as if|like) i (were|was|am) *2 (your|him|her|~person)",
            "(say it|tell me|tell him|tell her|speak) *3 (as if|like you would to|to me now)",
            "(how did|what was it like|how was it) *2 [that feel]to (say|hear) (it|that) *3 (out loud|aloud|to me)",
            "(say|saying) it (out loud|aloud)",
            "(hearing|hear) yourself (say|saying)",
            "(if|as if) (she|he|they|~person) (were|was) (sitting|here|in the room|in front of you|listening)",
            // "The empty chair" sets up the exercise; "her empty chair" at home is a loss.
            "(the|an|this|that|a) empty chair",
            "(switch|swap) (roles|places|seats)",
            "(practise|practising|practicing|practice|rehearse|rehearsing) (it|this|that|what you (will|would|might|want to|could) say)",
            "(shall|should|could|can) we (try|have a go at) (practising|practicing|rehearsing|acting|playing)",
            "let us (rehearse|practise|practice|role play|act it out|try it out)",
            "^[okay|so|right|alright] i am *1 now !here !sorry !back !done !ready !confused !worried $",
            "^[okay|so|right|alright] i will be *1 !here !honest !back !away !there !late !able !fine !ok !okay !right !around !happy !glad !sure !with !quick !brief !in !out $",
        ]),
        ("therapeutic-relationship", 0.86, "", [
            "(talking|talk|speak|speaking|tell|telling|share|sharing) *2 (to|with) me !thank !thanks",
            "(here with me|between us|in the room|in this room|right now with me|here together)",
            "(feel|feeling|felt|react|reaction|thoughts) *4 (about|toward*|towards) (me|our work|coming here|these sessions|therapy|our sessions)",
            "(annoyed|frustrated|angry|disappointed|let down|upset|irritated|cross) (with|at|by) me",
            "(something|anything) i (said|did|have said|have done) *4 (upset|bother|annoy|offend|hurt|unhelpful|wrong)",
            "(did|have) i *3 (upset|offend|hurt|annoy|miss|misunderstand|get it wrong)",
            "(something|anything) i (said|did)",
            "(our|these|the) (sessions|work|therapy) *2 (helpful|useful|working|helping)",
            "(coming here|come here|our work together|working together|work with me|working with me)",
            "how (is|was) it [for you](to be|being) here",
            "(nearly|almost) (cancelled|canceled|did not come|stayed away|did not make it)",
            "(think|thought|thinking|considered) about not coming",
            "considered not coming",
        ]),
        ("therapeutic-relationship", 0.9, "", [
            "(when|after|because|that) i (was late|cancelled|canceled|was away|was off|had to cancel|rescheduled|changed the time|mentioned|said that|brought (that|it) up|asked (about|you)|interrupted|pushed)",
            "with me (too|as well|here|in here|in the room)",
            "(how is it|how was it|what is it like|what was it like|how does it feel|how did it feel) *3 (telling|to tell|talking|to talk|sharing|to share|being|to be|coming|to come|saying|to say) *2 (me|here|today|this to me)",
        ]),
        ("directive", 0.84, "", [
            "(you|we) (could|might|may want to|might want to|can) *2 !glad (try|consider|think about|call|talk|tell|ask|write|go|start|make|join|phone|text|speak|invite|plan|let|raise|bring|practice|set|give|take|see)",
            "(i|i would|i would really|i really|i would strongly|i strongly|i would gently|i would just) (suggest|recommend|encourage|advise|invite) ",
            "(i would|i would really) (like|want) you to",
            "(have|did) you *2 (thought|considered|tried) *2 [about|of] *2 (calling|talking|telling|asking|writing|going|joining|speaking|letting|phoning|texting|inviting|saying|getting|seeing|taking|trying|raising|explaining|sharing|meeting|visiting)",
            "(have|did) you (tried|considered)",
            "(why not|why do not you|what about trying|what if you)",
            "how about (you|we|if|trying|asking|calling|telling|talking|going|writing|inviting|texting|phoning|saying|giving|making|taking|doing|starting|joining|letting|sending|meeting|seeing|getting)",
            "(some|many|other|a lot of|lots of) (people|couples|families|parents|patients|folks|women|men|mothers|mums|moms|fathers|dads|widows|carers|students) (find|found) *8 (help|helps|helpful|works|work|useful|better|easier)",
            "(would|could|might) it (help|be worth|be useful|be helpful|be an idea)",
            "it (might|may|could|would) (help|be worth|be good|be helpful|be useful|be a good idea|be an idea)",
            "^try *4",
            "(homework|between now and next|before next (week|time|session)) *8 (try|practice|notice|write|keep|do)",
            "(one thing|something|one idea) (you|we) (could|might) (try|do)",
            "(you|we) (should|need to|ought to|must|have to) [really|just|at least|definitely](try|call|talk|tell|go|stop|get|start|see|do|ask|make)",
            "(my|one) (suggestion|advice|recommendation)",
            "if (it were|it was|i were|i was) (me|you|in your (shoes|position)) *2 i (would|might|could|would probably)",
            "(make sure|remember to|be sure to) [you]",
            "(would you be willing|are you willing|would you consider|could you consider) to",
        ]),
        ("encouragement", 0.84, "", [
            "(took|takes|that is|shows|showed|showing|that was|it took) *3 (courage|guts|strength|bravery|effort|honesty)",
            "(took|takes|it took|that took) *2 a lot !out",
            "(held|hold|stood|stand) your ground",
            "(it|that) took (something|a lot|some doing) !out",
            "(much|a lot|so much) clearer",
            "(well done|good for you|great job|proud of you|i am proud|i am so proud|i am really proud|impressed|i admire|credit to you|really pleased|that is great|brilliant)",
            "(big|real|huge|important|good|great|significant) (step|steps|achievement|progress|start|effort|work) !feels !feel !like",
            "(brave|courageous|resilient|determined|persistent)",
            "(hope|hopeful|optimistic|confident) *6 (get better|improve|things|you|recover|this will|it will)",
            "(you can|you will be able to|you are able to|you have what it takes to) (do|get through|manage|handle|cope with) (this|it) !not !unsure !whether !if",
            "keep (going|it up|doing) !exhausting !exhausted !tiring !tired !draining !hard !struggle !struggling",
            "(really|so|very) good (that|you)",
            "(you|you have) (managed|did it|made it|followed through|stuck with|kept going|got through)",
            "(worked hard|working hard|hard work|put in the work)",
            "(things|people) (can|do) (get better|improve|change)",
        ]),
        ("encouragement", 0.9, "", [
            "(it is|that is|it was|that was) (good|great|really good|brilliant|so good|really great) [that] you (came|made it|turned up|managed|did|showed up|got here|called|told|tried|went|said|kept)",
            "(already|really|actually) making (progress|headway|a difference)",
            "(that is|that sounds like|sounds like|what) (a|such a) (great|good|brilliant|wonderful|excellent|lovely) idea",
            "(should|can|must|could) be [really|so|very] proud",
            "(done|did|doing|coped|managed|handled) (really|so|very|incredibly|remarkably) *1 well",
            "you have (done|coped|managed) (well|so well|really well|brilliantly)",
            "(been|were|are) (very|so|really|incredibly) (open|honest|brave|candid) (with me|today|about)",
            "(we|you) can *2 (make progress|make real progress|get somewhere|turn this around|make a difference|get there|work this out)",
            "(do not|don't|never) (lose|give up) hope",
            "(done|did|doing|coped|managed|handled|dealt with) *3 (really|so|very|incredibly|remarkably|extremely|pretty) well",
            "you can do (hard|difficult|tough) things",
            "(getting|got|become|becoming) (better|stronger|more confident) at (this|it|saying|asking|speaking|standing)",
            "making (real|good|great|steady|some|a lot of|such) progress",
            "(not|never|did not|have not) (giving|given|gave|give) up",
            "(put|putting|put in) (a lot of|so much|real|a great deal of|serious) (thought|effort|work|care|heart) into",
            "^[and|so|well] you are (really|so|very|clearly|obviously|incredibly|deeply) (committed|dedicated|determined|devoted|resourceful|thoughtful)",
            "(that is|what) a [really|very] (good|great|important|helpful) (insight|observation|realisation|realization)",
            "i am [really|genuinely|very|quite|so|truly] hopeful",
            "(this|that|it) is a (big|real|huge|important|significant) step",
            "(done|did|do) the (hardest|hard|toughest|most difficult) part",
            "(that|it|this) (says|shows|tells me|speaks|said) *2 (a lot|something|so much|volumes|a great deal) about (you|how|your)",
            "you (will|are going to) get there",
            "(you are|we are) (getting|going to get) there",
            "(worked|working|work|tried|trying) (really|so|very|incredibly|extremely|pretty) hard",
            "you (clearly|obviously|really do|so clearly) care (a lot|so much|deeply|a great deal) about",
            "(this|it|you) (can|do) (get better|improve|recover)",
            // Strengths and persistence named ("You've come a long way", "That shows real resilience").
            "(shown|show|shows|showed|showing) *3 (strength|courage|resilience|determination|commitment|persistence)",
            "(come|came) *2 long way",
            "(i am impressed by|i am amazed by|i really admire) *3 (how|what|your|the way)",
            // A change or an effort affirmed: "that was really different from how you'd usually handle it".
            "(that is|that was|it is|it was|this is) [really|actually|quite|so] (encouraging|promising|a good sign|a real change|a real shift|a real step|not nothing|no small thing|no mean feat|quite something|really something)",
            "(you were able to|you managed to) (say|tell|ask|speak|stand|set|hold|get|go|stay|keep)",
            "(reason|grounds|room|cause) (for|to) (hope|be hopeful|feel hopeful)",
            "(different|braver|new) (from|than) (how|what) you (would|usually|normally|used to|did before|might have)",
            "(went|goes|going|turned out) better than you (expected|thought|feared|imagined)",
            "(real|your|many|a lot of|lots of|such) strengths",
            "(stronger|braver|more capable|more resilient) than you (think|realise|realize|give yourself credit for)",
            "you (kept|keep|are still|still) (showing up|coming|turning up|going|trying) *4 (even|despite|after|although|though)",
            "and you (did it|did that|still did it|went anyway|managed it|still went)",
        ]),
        ("encouragement", 0.86, "s", [
            "^[so|and|well|it sounds like|i can see|i can tell] you (are|have been) (really|genuinely|clearly|honestly) (trying|working|making an effort|putting in|putting yourself out)",
            // "Wow, you actually went to the book club": the achievement itself, not how it felt.
            "^[wow|so|oh|and|well|hey] you (actually|really|finally) (went|did it|called|rang|made it|managed|spoke|tried|asked|got out|joined|signed up|turned up|showed up) !feel !felt !feeling",
        ]),
        // recog5c: expert phrasings (writer C) generalised into families.
        ("encouragement", 0.9, "s", [
            // A short verdict that the step counts: "That matters.", "That counts for something."
            "^[and|so|well|but|now] (that|this) (matters|counts|really matters|really counts|counts for something|counts for a lot|means something|is no small thing|is not a small thing|is not nothing) $",
            // Noticing the effort against the odds: "it's striking that you still sent the message".
            "(striking|remarkable|impressive|worth noticing|worth noting|not a small thing|quite something) that you (still|managed|did|went|sent|kept|made|called|rang|got|showed|turned|spoke|asked|told|stuck|tried|went ahead)",
            "you (went|did it|did that|called|rang|phoned|texted|sent|showed up|turned up|spoke up|asked|told|tried|got out|made it|still went|still did|kept going|went anyway) *8 (even though|although|despite|even when|when everything in you|when part of you)",
            "you (are|have been|were) (doing|putting in|putting) the (work|hard work|effort)",
            "(work|effort|practice|practising|practicing) *4 (starting|beginning) to (show|pay off|make a difference|bear fruit)",
            "(exactly|just|precisely) the (kind|sort) of (conversation|thing|step|work|change|move|moment) *4 (make|makes|made) (a|the|all the) [real] difference",
        ]),
        ("affect-elicit", 0.9, "", [
            // The feeling asked through the body or the moment: "what went through you?", "what would you be feeling?"
            "what (went|goes|was going|is going) (through you|on in you|on inside you)",
            "what (would|might|could) you (be feeling|feel|have felt|have been feeling)",
            "(how|what) did (that|it|hearing that|saying that|seeing that|seeing her|seeing him) (do to you|leave you with|stir up)",
        ]),
        ("mood-event-link", 0.92, "", [
            // Mood asked after a named event: "what happened to your mood after she made that remark?"
            "what (happened|happens) *2 [to|with] (your|the) (mood|spirits|sleep|energy) *8 (after|when|following|once|the day after|the morning after)",
            "how (was|did|were) (your|the) (mood|spirits|sleep|evening|night) *3 (after|following|once|the day after|the morning after)",
            "what (did|does|has|would) *3 (do|done) to (how you|your) (felt|feel|mood|spirits|sleep|evening|day|week|night)",
            // A low or good stretch lined up with an event: "the worst stretch of the week followed the anniversary".
            "(worst|best|hardest|lowest|darkest|bleakest|toughest|easiest|brightest|better|bad|low|good) (stretch|stretches|days|day|part|time|times|point|patch|evening|evenings|night|nights|week|weeks|spell|moment) *6 (followed|follow|follows|came after|come after|comes after|came right after|started after|began after|came just after|coincided with|coincide with|lined up with|line up with)",
            // A symptom changed after an interpersonal event: "after you and Raj talked, you slept through the night".
            "(after|since|once|following|the day after|the night after) *8 (talked|talking|spoke|speaking|argued|arguing|row|fight|saw|visited|visit|called|call|rang|phoned|met|argument|conversation|made up|texted) *6 you *3 (slept|sleep|sleeping|ate|eat|eating|cried|crying|felt|feel|had the energy|got up|could not sleep|could not eat|did not sleep|did not eat)",
        ]),
        ("clarification", 0.93, "", [
            // Two things the patient said, held side by side: "you said you didn't mind, and then you said you haven't spoken to her".
            "you (said|say|told me|mentioned) *12 (and then|then|but then|and now|now) you (said|say|told me|mentioned|are saying|also said) !done !managed !yourself !anyway !went !made",
            "(first|earlier|before) you said *12 (now|then|but) you (said|say|are saying) !done !managed !yourself !anyway !went !made",
            // Asked or only hoped to be noticed: "did you actually tell her, or did you hope she would notice?"
            "did you [ever|really] (actually|really|ever|explicitly) (tell|ask|say|let) *10 or (did|were|was|had) you (hope|hoping|expect|expecting|assume|assuming|wait|waiting|just hope|leave it)",
        ]),
        ("communication-analysis", 0.93, "", [
            // The message meant against the message received.
            "what (do|did) you think (she|he|they|~person|~relation) (actually|really) (heard|understood|took|took away|got|took from)",
            "what would you have (wanted|liked|hoped) *3 to (understand|know|hear|get|take away|realise|realize)",
            "(communication analysis|piece by piece|line by line|blow by blow|moment by moment) *6 (call|conversation|argument|row|exchange|message|text|talk|it|that)",
            "(call|conversation|argument|row|exchange|message|text|talk) *6 (piece by piece|line by line|blow by blow|moment by moment|word for word)",
        ]),
        ("role-play", 0.95, "", [
            // Another go at the rehearsal, or the therapist standing in for the other person.
            "(want|like|shall we|let us|ready|try) [to] (go|have a go|try|try it|do it|run it|run that|do that) (again|once more) *6 (this time|and this time|without|differently)",
            "(want|like|shall we|let us|ready) to (go|have a go|try it|do it|run it|run that|do that) (again|once more)",
            "with me (as|playing|being) (her|him|them|your|~person|~relation)",
            "(i|me) (play|playing|be|being|as|stand in for|standing in for) (her|him|them|your *1) *4 (what would you|what do you want to|say|tell)",
        ]),
        ("therapeutic-relationship", 0.95, "", [
            // The patient's fear carried into the therapy: "whether I'll get tired of you", "hard to ask me for anything".
            "(whether|if|that|worried|afraid|wonder|wondered|wondering|worry|scared|fear) *3 i (will|would|might|could|am going to|may|will also|would also) *2 (get tired of|tire of|give up on|leave|reject|judge|think less of|be disappointed in|lose patience with|get fed up with|get bored of|get bored with|abandon|stop caring about|go off|see you as|think you are) *2 (you|on you) !~family !ex !parents",
            "(expect|expecting|expected|waiting for|afraid|worried|scared|fear) *2 me to *2 (get tired of|tire of|give up on|leave|reject|judge|think less of|lose patience with|get fed up with|get bored of|abandon|stop caring about|go off) (you|on you) !~family !ex !parents",
            "(hard|difficult|uncomfortable|awkward|easy|not easy|safe|scary) [for you] to (ask|tell|show|disagree with|be angry with|rely on|lean on|need|let|trust|open up to|complain to) me",
        ]),
        ("directive", 0.9, "s", [
            // One specific suggestion offered as an option: "one option might be to ask Efua to come with you".
            "(one|an|another|a) (option|idea|possibility|thing you could try) (might be|could be|would be|is|may be) (to|for you to|that you) (ask|call|ring|phone|tell|go|try|write|invite|text|talk|speak|join|visit|see|take|bring|let|say|book|arrange|make)",
        ]),
        ("dispute-identify", 0.92, "", [
            // Wanting different things: "you and Raj want quite different things about how long his mother stays".
            "(you and|you both|the two of you|you two|both of you) *4 (want|wanting|wanted|expect|expecting|hope for|need|are after) [quite|very|completely|totally|rather] (different|opposite|incompatible) (things|outcomes|futures|arrangements)",
            "(you|he|she|they|~person|~relation) (want|wants|wanted) (something|things) (different|else) *6 (from|than) [what] (you|him|her|them|~person|~relation)",
        ]),
        ("dispute-identify", 0.92, "", [
            // The disagreement named: "the two of you don't agree on how to raise the kids", "who wants what?",
            // "you want him to stop…, and he thinks family comes first".
            "(you and|the two of you|you two|you both|both of you) *3 (do not|cannot|can not|never|could not|did not) (agree|see eye to eye)",
            "^[so|and] who wants what",
            "(keeps|keep|kept) coming up between (you|the two of you|you two)",
        ]),
        ("dispute-identify", 0.9, "s", [
            "^[so|and|it sounds like|it seems] you (want|would like|need|want him to|want her to) *8 (and|but|while|whereas) (he|she|they|~person|~relation) (thinks|wants|believes|feels|insists|says|would rather)",
        ]),
        ("expectations", 0.93, "", [
            // What was assumed of the other: "had you assumed he'd take care of the bills?", "whose job did you think the cooking was?"
            "(had|did|have) you (assume|assumed|expect|expected|think|thought|imagine|imagined|always assumed) (he|she|they|~person|~relation|your *1) (would|will|was going to|were going to|should)",
            "whose (job|responsibility|role|place|duty) (did|do|was|is|would) *4",
        ]),
        ("decision-analysis", 0.92, "", [
            // Trying an option out in imagination, or listing them: "suppose you did take the job, how might that go?"
        ]),
        ("cognitive-disputation", 0.92, "", [
            "how (would|do|can|could) you know (that|this|it) (for certain|for sure|for a fact|is true)",
            "(think of|remember|recall|name) a time (when|that) *4 (was not|did not|was not the case|was not true|went well|worked out)",
        ]),
        ("dispute-stage", 0.92, "q", [
            // The last attempt at negotiating: "When did you last actually have it out with Kofi?", "when did you two last try to sort it out?"
            "(when|how long) *4 (last|since) *3 (have it out|had it out|talk it through|talked it through|tried to sort|try to sort|raised it|raise it|brought it up|bring it up|discussed it|discuss it|tried to talk|try to talk|sat down|negotiat*|tried to resolve|try to resolve) *4 (with|about|together|between you)",
            "when was the last time *6 (had it out|talked it through|tried to sort|raised it|brought it up|discussed it|tried to talk about|sat down and talked|negotiat*|tried to resolve)",
            // Whether the relationship is to continue at all: "Do you want to stay in this marriage?"
            "(want|wanting|wish|wishing|mean|meaning|intend|intending|plan|planning|hoping|sure you want) to (stay in|stay|remain in|leave|end|save|keep|get out of|walk away from) (this|the|your) (marriage|relationship|partnership|friendship)",
        ]),
        ("expectations", 0.92, "", [
            // Each waiting for the other: "you're hoping he'll offer, and he's waiting to be asked".
            "(hoping|expecting|waiting for|assuming|hope|expect|assume) *6 (and|but|while|whereas) (he|she|they|~person|~relation) *2 (is|are|was|were) *2 (waiting|hoping|expecting|assuming)",
        ]),
        ("encouragement", 0.9, "s", [
            // Effort and gains named: "I can see how much effort you've been putting in", "those are real steps".
            "how much (effort|work|energy|thought|care|heart) you (have been|are|have|had been|put|were) [putting|put]",
            "(already|really|clearly) doing (better|well|great|so well) (at|with|than)",
            "(an|a real|quite an|a big|a huge|a genuine) achievement",
            "(those|these|that) (are|is|were|was) (real|big|important|genuine|significant|huge) (steps|step|achievements|achievement|progress|changes|change|gains)",
            "(still|keep|keeping|kept) (fighting|standing up) for (yourself|your|what)",
        ]),
        ("mood-event-link", 0.93, "", [
            // Each time the other person acts, the mood follows: "whenever you and Dan argue, you feel low for days afterwards".
            "(whenever|every time|each time|after) *8 (argue|argued|row|rowed|fight|fought|criticises|criticizes|criticised|criticized|shouts|shouted|visits|visited|calls|called|comments|snaps|snapped|ignores|ignored|cancels|cancelled) *6 you (feel|felt|go|went|end up|stay|stayed|get|got|spend|spent|take|took) *4 (low|down|worse|back to bed|flat|awful|terrible|miserable|for days|the day|the rest of|afterwards|to bed|in bed|under the covers)",
            "(lowest|worst|best|highest|hardest|darkest|good|bad) (points|point|days|day|moments|times|evenings) *6 (were|was|came|fell) *3 (on|after) [the] (days|day|evening|evenings|times|nights|weekend) *3 (you|when|after|that)",
        ]),
        ("affect-elicit", 0.84, "", [
            // The feeling wondered about (weak: after a frame's news, "how you feel about that" is that move's follow-up): "I'm wondering what you felt as you watched it go."
            "(wondering|curious|wonder|interested) *2 (what|how) you (felt|feel|were feeling|are feeling|feel about|felt about) !me !here !sessions !session !therapy !left !ending !end !finishing",
        ]),
        ("affect-elicit", 0.92, "", [
            // Feeling asked in the moment or given words: "how are you feeling as you tell me this?", "put a word to it".
            "how are you feeling (as|while|now that|right now as|just now as|telling|talking|saying|hearing)",
            "(put|find|give) (a word|words|a name|a label|language|a feeling) (to|for) (what|how|the|that|this|it)",
            "what (feeling|feelings|emotion|emotions) (goes|go|comes|come|went|came) (with|along with|up with)",
            "(a lot of|so much|real|some|such) (feeling|emotion|pain|sadness|anger|hurt) in (what you|that|your voice|how you|the way you)",
        ]),
        ("mood-event-link", 0.93, "", [
            "(did|has|does|have) (your|the) (mood|spirits) (change|shift|drop|dip|lift|improve|get worse|go down|go up|sink|pick up) *3 (after|when|since|following|once)",
            "(the|that) (week|weeks|day|days|evening|evenings|time|times|weekend) you *6 (was|were) (the|also the) (week|weeks|day|days|evening|evenings|time|times|weekend|ones) you (felt|were feeling|seemed|slept|had|were)",
        ]),
        ("cognitive-disputation", 0.9, "", [
            "(another|a different|an alternative|a more balanced|a kinder|a fairer|other) way to (look at|see|think about|view|read|interpret) (it|this|that|what|things|the situation|yourself)",
        ]),
        ("therapeutic-relationship", 0.94, "", [
            "(how is it|how has it been|how was it|what is it like|what has it been like|what was it like) *3 (talking|telling|sharing|saying|opening up|going into) *4 (with me|to me|here with me)",
        ]),
        ("affect-elicit", 0.8, "q", [
            // The debrief after a rehearsal or a disclosure: "How was that?" (play-test feedback 3).
            "^[and|so|okay|ok|well] how was that $",
        ]),
        ("expectations", 0.88, "q", [
            // What the patient wants from the situation: "What would you like to be different about his mum staying?"
            "what would you (like|want) to (be different|change|happen) (about|with|in|between|for)",
        ]),
        ("affect-elicit", 0.86, "q", [
            "^[and|so|um] what is (that|it) like being",
        ]),
        ("clarification", 0.92, "", [
            // One reading checked against another: "you're saying you left the job, not that they fired you?"
            "(you are saying|you mean) *8 (not that|rather than|instead of|and not)",
            // Words against the face: "Fine, but you're crying."
            "(but|yet|and yet|even though|although) (you are|you were|you have been) (crying|smiling|laughing|shaking|tearful|in tears|clenching)",
        ]),
        ("affect-elicit", 0.9, "", [
            // A feeling guessed under the surface: "I'm guessing there was some anger there too", "part of you was furious",
            // "more feeling there than you're letting on", "holding something back".
            "(guessing|maybe|perhaps|i think|sounds like|seems like|i suspect|probably|i imagine) *4 (some|a bit of|a little|any|a lot of) *2 (anger|sadness|hurt|guilt|resentment|jealousy|fear|grief|disappointment|shame|rage|envy|relief|bitterness) *4 (in there|underneath|under|behind|too|as well|also|there)",
            "(sounds like|seems like|seems|i think|i imagine|i guess) *2 part of you *3 (is|was|feels|felt|might be|may be|could be) *3 (angry|furious|sad|hurt|guilty|ashamed|relieved|jealous|resentful|scared|afraid|frightened|lonely|grieving|bitter)",
            "(more|something|a lot) *4 than you (are letting on|let on|are showing|are saying|have said|show|let yourself feel)",
            "(holding|hold|held) (something|it|that|a lot|your feelings|your tears|the tears|them) (back|in)",
        ]),
        ("affect-elicit", 0.88, "", [
            // A feeling guessed aloud for the patient to confirm: "I imagine you felt furious", "there might be some anger there".
            "i (imagine|guess|bet|suspect|wonder if|wonder whether|sense) you (felt|were|feel|are|might feel|might have felt|may have felt|were feeling) [really|so|pretty|quite|a bit|a little|kind of|rather] (furious|angry|hurt|jealous|resentful|relieved|guilty|ashamed|betrayed|humiliated|abandoned|rejected|scared|terrified|envious|bitter|enraged)",
            "(might|may|could) be (some|a bit of|a little|a lot of) *2 (anger|sadness|hurt|guilt|resentment|jealousy|fear|grief|disappointment|shame|rage|envy|relief|bitterness) [there|in there|in it|in that] $",
        ]),
        ("empathic-reflection", 0.66, "s", [
            "(it|that|this) (sounds|seems|must be|must have been|has been|is|was|sounded) *3 (hard|painful|exhausting|exhuasting|lonely|difficult|overwhelming|frightening|tough|awful|heavy|isolating|a lot|confusing|unbearable|draining|upsetting|scary|horrible|devastating|terrible|humiliating|embarrassing|shaming|hurtful|crushing|sad)",
            "(sounds|seems|sounding|feels) like *8",
            "you (feel|felt|have been feeling|are feeling|have felt|seem|sound|are)",
            "(carrying|carried|holding|held|dealing with|coping with) *4 (this|it|a lot|so much|everything) *4 (alone|on your own|by yourself)",
            "(part of you|a part of you)",
            "(what i am hearing|i hear|i am hearing|i can hear|i get the sense|i sense|i imagine|i can imagine|i can see)",
            "you (miss|missed|are missing) *2 (her|him|them|it|home)",
            "(a|such a) (painful|hard|difficult|sad|horrible|awful|lonely) thing to (read|hear|see|say|go through|receive|get|carry)",
            "^(lonely|low|down|sad|exhausted|tired|stuck|scared|hurt|angry|frightened|overwhelmed|alone|heartbroken|numb|empty) (and|but) *8",
            "(you have|you are|you have been|you had) *4 (struggling|stuck|torn|alone|on your own|lost|trying|hurting|worn|lonely|exhausted|tired|overwhelmed)",
        ]),
        // recog6c: expert and lay-counsellor phrasings (writers M, N) generalised into families.
        ("clarification", 0.93, "", [
            "you (have said|said|have told me|told me|say|tell me|are telling me|are saying|keep saying) *16 but (when|then|now|just now|last|yesterday|at|also|you also|you have also|you then|today|on|the moment|as soon as)",
            "(earlier|before|last week|a minute ago|at the start|a moment ago|first) you (said|told me|mentioned|described|were saying) *14 (and|but|yet) (just now|now|today|then|a minute later|this week) you (said|say|are saying|described|are describing|told me|mentioned|talked about)",
            "(those|these|the) (two things|two|things|two pictures|two stories|pieces) *4 (do not|did not|never) [quite|really|seem to] *1 (sit|fit|go|add up|square|match|hang) (together|up)",
            "how (those|these|the) (two things|two|things|pieces|both|two pictures|two stories) *2 (fit|go|sit|square|add up|hang) together",
            // A word or phrasing the patient keeps using: "you keep saying 'we' decided", "I notice you call it 'the incident'".
            "(interesting|notice|noticing|noticed|struck|striking|curious) *4 you (keep|kept|always) (saying|using|calling|referring|describing|putting)",
            "(understand|understood|sure|clear|check) *6 what you (meant|mean) by",
            // An unstated rule behind a choice: "you've decided that asking for help means you've failed".
            "(decided|concluded|believe|assumed|learned|learnt|come to believe|come to feel|taken on board) that *8 (means|meant|would mean|makes|made) (you|that you) (have failed|are weak|are a failure|are useless|are not good enough|are bad|are selfish|are needy|are a burden|are lazy|failed|are weaker|are letting|have let)",
            // Manner noticed against content: "you smiled when you said that", "you laughed as you told me".
            "you (smiled|laughed|smirked|shrugged|grinned|giggled|are smiling|are laughing|were smiling|were laughing) (when|as|while|just now as|just then as) you (said|say|were saying|told|tell|talked|talk|mentioned|mention|described|describe)",
        ]),
        ("clarification", 0.8, "s", [
            // A theme coming back, noted in two or three words: "Your dad again."
            "^[and|so|hmm|mm] (your|the|that) *2 again $",
        ]),
        ("affect-elicit", 0.9, "", [
            // The body while telling: "you're gripping your hands as you tell me this", "your fists are clenched".
            "(you are|you were|you have been|your hands are|your fists are|your jaw is) (gripping|clenching|clenched|wringing|twisting|tapping|shaking|biting|fidgeting|picking|holding your breath|holding back tears|tearing up|welling up) *4 (as|while|when|since) you (tell|told|talk|talked|say|said|speak|spoke|describe|described|mention|mentioned)",
            "you (look|seem|looked) (like|as if|as though) you (want|wanted|are about|were about|would like|might want|are trying not) to (say|cry|speak|tell|shout|scream|add)",
            // Room made for the feeling: "let yourself notice what you feel", "I still don't know what it was like for you".
            "let yourself (feel|notice|cry|be sad|grieve|be angry|sit with|have) *4 (feel|feeling|feelings|sad|sadness|angry|anger|it|that|this|grief|tears)",
            "(notice|noticing) what you (feel|are feeling|felt)",
            "(do not|did not) [yet|still|really] *1 know (what|how) (it was|that was|it is|this was|it felt|that felt|it has been) [like]for you",
            "(underneath|beneath|under|behind) *6 (there is|there are|there was|there might be|there may be|there could be|is there|there seems to be|i hear|i sense) *3 (anger|sadness|hurt|guilt|resentment|jealousy|fear|grief|disappointment|shame|rage|envy|relief|bitterness|pain|loneliness)",
        ]),
        ("affect-elicit", 0.84, "s", [
            "^[so|and|well|yeah] (it|that) (sounds|seems|sounded|seemed) (like|as if|as though) you (are|were|felt|must have been|got) [kind of|really|pretty|so|quite|a bit|a little|absolutely|just] (furious|gutted|livid|devastated|heartbroken|enraged|crushed|terrified|humiliated|betrayed|jealous|resentful|seething|raging|fuming)",
        ]),
        ("affect-validate", 0.94, "", [
            "(makes|make) (complete|perfect|total|a lot of|good|real) sense (that|you|why) (you|someone|anyone) (are|were|feel|felt|would|would feel|got|get|might|find)",
            "(does not|did not|would not|will not) mean [that]you (did not|do not|loved|love|cared|care) (love|care|mean|him|her|them|any less|less)",
            "(is not|was not|nothing) *2 (shameful|something to be ashamed of|to be ashamed of|a weakness|a failing|selfish)",
            "(not|is not) a sign [that] you (did something wrong|failed|are a bad|are a failure|are not coping|did anything wrong|are failing|have failed)",
            "(a lot of|many|lots of|plenty of|most|so many|other) (people|women|men|mums|mothers|parents|fathers|members|carers|caregivers|widows|others) *4 (feel|felt|have felt|find|get|experience|struggle with) *3 (relieved|relief|angry|anger|guilty|guilt|numb|sad|ashamed|shame|resentful|resentment|lost|empty|jealous|that same|the same|this same)",
            "nothing wrong with (feeling|being) *2 (upset|sad|angry|low|down|hurt|jealous|lonely|relieved|scared|anxious|tearful|cross|disappointed|grieving)",
        ]),
        ("communication-analysis", 0.92, "", [
            "how (do|did) you think (he|she|they|~person|~relation|your *1) (heard|took|understood|received|read|interpreted|took in) (it|that|what you said|you|this|your|the message|what you meant)",
        ]),
        ("decision-analysis", 0.93, "", [
            "(best|worst) (that|thing that|that realistically|thing) (could|might|can|would) *2 happen *8 (best|worst)",
            "what would you (lose|gain|give up|risk|sacrifice|get out of it) (if|by) ",
            "(of|out of) (the|those|these|all the|all those) (ideas|options|things|possibilities|choices|plans) *6 (one|which|any)",
            "(all the|all|the different|the possible|what are the|list the|the other) ways (you|we) (could|might|can) (approach|handle|tackle|raise|deal|go about|bring|respond|manage|do)",
            "which (of those|of these|one|option|of the two|of them|way) *2 (feels|seems|fits|sits|suits|feel|seem|fit|sit|suit) *4 (better|right for you|most doable|more doable|easier|more realistic|like it fits|more like you)",
            "(one|first) option *14 (another|a second|the other|or) (is|would be|option|one|could be)",
            "(take|go through|look at) (them|each one|each option|each of them|the options) one (at a|by) (time|one)",
        ]),
        ("direct-question", 0.88, "q", [
            // Facts pinned down: amount, time, place, kind.
            "^[and|so|okay|right] how (many|much) (hours|days|times|nights|weeks|months|years|people|hours a week|days a week|nights a week|evenings) !sleep !slept !drink* !drank !pills !tablets !units !sessions !session",
            "^[and|so|okay|right] what (time|day|date|year|month) (did|do|does|was|were|is|are|will|would)",
            "^[and|so|okay|right] what (kind|sort) of (face|look|tone|voice|thing|message|text|reaction|words|comment)",
            "(where were you|who was there|who else was there|what were you doing|who else was in|where was (he|she|they))",
            "^[and|so|okay] (is|are|was|were) (he|she|they|~person|~relation|your *1) still (at|in|living|with|there|working|around|at home)",
        ]),
        ("directive", 0.93, "", [
            "(one thing|something|one idea|a thing) (that|which) (sometimes|often|can|might|may|usually|really|tends to) (helps|help|works|work|makes a difference)",
            "you (might|could|may) [want to|like to] (think about|consider) (asking|calling|telling|talking|writing|going|inviting|trying|speaking|joining|booking|getting|letting|saying|taking|ringing|phoning|texting)",
            "(my|one) (suggestion|advice|recommendation) (would be|is|might be) (to|that)",
            "i (would|might|will|am going to) (suggest|recommend|advise|encourage) (trying|getting|going|asking|calling|writing|ringing|talking)",
        ]),
        ("empathic-reflection", 0.88, "s", [
            "(it is|it was|it sounds|it must be|it feels) (as if|as though|like) (the ground|the floor|the rug|the bottom|your world|everything|the whole world|your whole world) *3 (moved|shifted|fell|dropped|pulled|collapsed|turned|went|gave way|came)",
            "(that is|it is|that must be|that sounds like|it sounds like|it must be) (a|such a) [very|particular|real|terribly|really|so|deeply|especially] (lonely|hard|painful|difficult|heavy|isolating|frightening|bewildering) (place|kind of|position|thing|way|spot)",
        ]),
        ("encouragement", 0.92, "", [
            "(see|notice|know|can tell|tell|noticed) how (hard|much) you (have been|are|have|had been) (working|trying|worked|tried|putting|pushing)",
            "(no small thing|no mean feat|not a small thing|not a little thing|quite something|really something|quite an achievement)",
            "you (have got|have|have really got|have always had|really have) (good|great|real|strong|excellent|such good) (instincts|judgement|judgment|skills|people skills|sense|strengths|qualities|intuition)",
            "(really think|believe|am confident|am hopeful|feel hopeful|am optimistic|genuinely think) [that](things|you|this|life|your mood) (can|could) (improve|get better|change|be different|turn around)",
            "^[oh|well|that is|that is] (lovely|great|wonderful|brilliant|so good|really good|fantastic|marvellous) to hear",
        ]),
        ("exploration", 0.92, "", [
            "(say|tell me|talk) [a bit|a little|some] *1 more about what you (mean|meant) (by|when)",
            "(interested|curious) to (hear|know|learn) (more|a bit more|a little more)",
            "^(go ahead|go on|please go on|carry on) *2 (i am listening|i am here|take your time|in your own time)",
        ]),
        ("mood-event-link", 0.93, "", [
            "(weeks|days|times|evenings|weekends) *14 (are|were|was|seem to be|tend to be) the (weeks|days|times|ones|evenings|weekends) (your mood|you felt|you feel|you were feeling|you are feeling|your score|you were) *3 (lowest|worst|best|highest|low|down|better|worse|lower|brighter)",
            "(around|about|at|before|after|since) the time (you|your mood) *3 (worse|better|lower|low again|down again|dipped|dropped|lifted|worse again)",
            "(then|and then|after that|so then|and so) [your](mood|spirits) (went|got|started|began|dropped|dipped|lifted|shot|crashed|rose|sank) [up|down|high|low|higher|lower|worse|better|too]",
            "(sadness|low mood|depression|loneliness|heaviness|low|mood|heavy heart|grief|misery|flatness) *2 (get|got|gets|become|became|grow|grew|come back|came back|return|returned) *1 [heavier|worse|lower|darker|deeper|better|lighter|stronger] *4 (after|when|since|once|following)",
            "(mood|spirits) (has been|was|is|have been|keeps|kept) (bouncing|up and down|all over the place|all over|swinging|jumping|see sawing|yo yoing)",
            "(afterwards|after that|after those calls|after the call|for days after) you (feel|felt|are|were|go|went) *2 (flat|low|down|awful|drained|miserable|terrible|empty|wiped out|exhausted)",
        ]),
        ("role-play", 0.96, "", [
            "(how was|what was) (that|it) [like] to (say|hear) *3 (out loud|aloud|to me|just now)",
            "(i|me) (said|say|played|playing|spoke|speaking|was speaking|was talking) [that|it|those words|this] *1 as (your|him|her|~person)",
            "(i am going to|i am gonna|let me|i will now|now i will) (be|play|pretend to be|take the part of|speak as|talk as) (your|him|her|them|~person)",
            "(how did it feel|what was it like|how was it) (saying|to say|hearing|to hear) (it|that|those words|this|all that) (to me|out loud|aloud|to my face)",
        ]),
        ("therapeutic-relationship", 0.95, "", [
            "you (felt|feel|said|thought|think|mentioned|told me) [that]i (was|am|were|have been|had been) [not|really|being|a bit|too] *1 (rushing|not listening|judging|pushing|criticising|criticizing|ignoring|bored|annoyed|impatient|disappointed|not interested|listening|hurrying|dismissive|cold|distant|on (his|her|their) side)",
            "(finding|find|feel about|think of|getting on with|experiencing) (our|the|these) (sessions|work|meetings|time together|therapy|conversations)",
        ]),
        ("dream-interpretation", 0.95, "", [
            "(unconscious|subconscious) [is|was|might be|may be|could be] *2 (telling|trying to tell|saying|showing|trying to show|working)",
            "(dream|dreams|nightmare|nightmares) *20 (the|that|this) *2 (is|was|represents|stands for|might be|could be|symbolises|symbolizes) (your|the) *2 (guilt|anger|fear|grief|sadness|wish|desire|mother|father|unconscious|feelings|longing|shame|marriage|relationship|loss|past)",
        ]),
        ("communication-analysis", 0.9, "", [
            // One exchange asked to be recounted: "tell me about the conversation on Sunday", "how did you bring it up?",
            // "what happened when you raised it with him?", "what did you make of her reply?"
            "(tell me|talk me through|describe|go through|take me through) [about] (the|that|this|your|last|the last) *1 (conversation|argument|row|call|phone call|exchange|discussion|talk|fight|confrontation|disagreement|chat) (you had|you two had|with (him|her|them|~person|~relation)|on|yesterday|last night|this morning)",
            "how (that|the|this|your|last night) (conversation|argument|row|call|phone call|talk|discussion|exchange|chat) (went|ended|started|unfolded|played out|turned out|go|goes)",
            "what (happened|did you say|did they say|did she say|did he say|was said) when you (raised|brought|mentioned|told|asked|tried to talk|spoke|talked|confronted|called|rang|texted|put)",
            "^[and|so|okay] what (was said|got said|were the words)",
            "how did you (bring it up|bring that up|raise it|raise that|put it|say it|open the conversation|start the conversation|approach (him|her|them)|word it|phrase it)",
            "what did you make of (his|her|their|the|that) (reply|response|answer|message|text|reaction|words|comment|email|letter)",
            "(his|her|their) (face|expression|voice|tone) *3 when you (said|told|asked|mentioned|raised)",
        ]),
        ("mood-event-link", 0.93, "", [
            // Mood asked or noticed after a named interpersonal event (not "since we last met").
            "(mood|spirits|you been|have you been|has it been) *4 (since|after|following) (the|that|your|she|he|they|~relation|~person|you) *3 (argument|row|fight|call|visit|conversation|left|moved|split|news|falling out|break up|breakup|party|meeting|lunch|dinner|text|message|confrontation|phone call|walked out|stopped|saw|spoke|talked) !session !sessions !met",
            "(since|after|following) *4 (argument|row|fight|falling out|break up|breakup|split|visit|phone call|confrontation) *8 (more|less|even|a bit|much) (down|low|sad|flat|worse|better|lower|brighter|anxious|tearful|irritable)",
            // Scores read against what happened: "your scores went up the week you saw your sister".
            "(score|scores|phq|phq 9|rating|ratings|numbers|chart) *4 (went|go|goes|dropped|rose|fell|were|was|came|jumped|dipped) *1 (up|down|higher|lower|better|worse) *3 (the (week|weeks|day|days)|when|after|whenever|on the (day|days)|once|since) *3 (you|your|she|he|they|~relation|~person)",
            // Brighter today, and an event mentioned: "you seem brighter today, and you said you had lunch with Jen".
            "(brighter|lighter|better|happier|more energy|more like yourself|more upbeat|less low|lower|flatter|more down) (today|this week|this morning|lately) *8 (and|since|after|once) (you|your) *2 (mentioned|said|told me|went|saw|spoke|had|met|talked|called|rang|heard)",
        ]),
        ("affect-elicit", 0.93, "s", [
            // A change noticed in the patient while speaking: "you went very quiet just then", "something changed in your face
            // when you mentioned your father", "your voice dropped when you talked about the baby", "you seem sad as you say that".
            "(you went|you got|you have gone|you became|you look|you looked|you seem|you seemed|you sound|you sounded|something changed|something shifted|something happened|your face|your voice|your eyes|your expression|your breathing) *4 (quiet|still|silent|sad|tearful|teary|upset|pale|tense|changed|shifted|dropped|softened|caught|cracked|filled|lit up|hardened|went|tightened|welled) *4 (just then|just now|when you|as you|while you|there) !but !yet",
            "something (changed|shifted|happened|moved|came over you) *4 (just then|just now|when you|as you|while you) !but !yet",
        ]),
        ("affect-elicit", 0.88, "s", [
            // A feeling named tentatively for the patient to take or leave: "perhaps you felt ashamed as well", "I imagine that was frightening".
            "(perhaps|maybe|i imagine|i guess|i suspect|i wonder if|i wonder whether|possibly|i would guess) *2 (you felt|you feel|you were|that was|that felt|it was|it felt|you might have felt|you may have felt|you might feel|there was) [really|so|quite|pretty|a bit|a little|very|also] (ashamed|frightening|frightened|scary|humiliating|humiliated|lonely|abandoned|rejected|guilty|angry|furious|betrayed|hurt|jealous|relieved|terrified|terrifying|embarrassing|embarrassed|helpless|powerless|trapped|invisible|unwanted|resentful|heartbroken)",
            "(touches|touched|touching|stirs|stirred|hits|hit|brings up|brought up) (something|a nerve|a raw nerve|a sore spot|something raw|something tender|something painful|something deep)",
        ]),
    ]
}
