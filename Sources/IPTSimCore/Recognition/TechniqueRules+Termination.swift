/// The termination phase: announcing the end, reviewing gains, ending feelings, relapse plans, next steps.
extension TechniqueRules {
    static let termination: [RuleIndex.Entry] = [
        ("termination-announce", 0.9, "", [
            "(sessions|meetings|weeks|appointments) (left|remaining|to go) !five !six !seven !eight !nine !ten !eleven !5 !6 !7 !8 !9 !10 !11",
            "(only|just) *2 (three|two|four|3|2|4|a few|a couple of|a couple) *2 (sessions|meetings|more|weeks) !goes !leaves !gone !surely !feel !feeling !feelings",
            // "getting close to someone" is closeness, not the end: the end needs its article.
            "(coming|drawing|getting|moving) *3 (to an|to a|towards the|toward the|near the|close to the|up on the|up to the) (end|close)",
            "(end|ending|finish|finishing|stop|stopping|wrap up|wrapping up) *4 (treatment|therapy|sessions|our work|meeting|in (two|three|four) weeks|together)",
            "(our|the) (last|final|penultimate) *2 (session|sessions|meeting|few sessions) !since !late !ran !ipt !usually !generally !planned",
            "(after|in) *2 (three|two|four|3|2|4) *2 [more](sessions|weeks) *4 (finish|end|stop|be done)",
            "(how|when) we (will|are going to|would|might) (end|finish|stop|wrap up|say goodbye)",
            "we (finish|end|stop) *3 (end of the month|next month|in (two|three|four|a few) weeks|soon|after (two|three|four))",
            "(start|begin|starting) *3 (thinking|talking) about (ending|the end|finishing|stopping|how we)",
        ]),
        ("termination-announce", 0.8, "", ["more (sessions|meetings) (after today|after this|after this one)"]),
        // A score change stated alone is the measure; asked about ("what made the difference?") it reviews gains.
        ("review-gains", 0.87, "q", [
            "(score|phq|phq9) *6 (went|gone|dropped|fell|from|come down) *4 (to|down)",
        ]),
        ("review-gains", 0.87, "", [
            "(what|how) *4 (changed|different|improved|progress) *8 (since (we|you started|you began|you first|you came|coming|the start|the beginning|our|last|therapy|treatment)|start|started|beginning|first (came|met|started)|when we began|when we started|when we first|first session|over (these|the) (weeks|sessions|months))",
            "(compare|compared|looking back|look back) *8 (start|started|beginning|first|when you (came|started)|when we (started|began|met)|where you were)",
            "what *3 (made|makes|has made|have made) (the|a|that|such a) difference",
            "what (has|have) (helped|worked|been [most]helpful|made a difference)",
            "(progress|gains|improvement|improvements|changes) *4 (made|noticed|seen|you have)",
            "(when you first (came|started)|when we first (met|started))",
            "(think|thinking|look|looking) back *6 (first session|when we (started|began)|the start|the beginning)",
            "(most|more) (useful|helpful|important) *4 (learned|learnt|here|from our|in our|therapy|sessions|work together)",
            "(gone|come|went|moved) from *8 to",
            "(how are things|where are you) *2 now compared",
        ]),
        ("credit-patient", 0.87, "s", [
            "you (did|made|raised|took|found|chose|decided|spoke|stood|handled|reached|worked|put in|changed|were the one) *8 (changed|made (the|a) difference|helped|worked|led|happen|that|this)",
            "(that|this|the change|the progress|those changes|the improvement) *3 (was|were|came from|is down to|happened because of|is because of) *3 (you|your (work|effort|courage|doing|own)) !than !clearer !better !easier",
            "(credit|your own (work|effort|doing)|your doing|down to you|thanks to you|because of what you did|you made that happen|you did that|you did it|you did the work|your achievement)",
            "you (are|were) the one who !found !died !dying",
            "(you have done|you did|you have put in|you put in) *4 (work|hard work|the work|effort)",
            "(it was|that was) your (idea|decision|choice|doing|initiative) *10 (paid off|worked|helped|made (the|a) difference|changed|difference)",
            "you did (that|it|this) (yourself|on your own|all by yourself)",
            "(was|that was|it was) all you",
        ]),
        ("ending-feelings", 0.9, "", [
            "(feel|feelings|feeling|sad|uneasy|anxious|worried|nervous|scared|relieved|miss|mixed) *8 (ending|end|stopping|finishing|saying goodbye|goodbye|not (meeting|coming|seeing me)|our work|sessions end|therapy ends|stop meeting) !job !career !marriage !retirement !retiring !relationship",
            "(natural|normal|understandable|common) *4 (feel|miss|to be) *6 (ending|stopping|finish|goodbye|end)",
            "(what|how) *4 (ending|finishing|stopping|the end of therapy|saying goodbye) *4 (like|feel|bring up)",
        ]),
        ("ending-feelings", 0.95, "", ["(feel|feeling|feelings|felt) *8 (sessions|meetings|weeks) (left|remaining)"]),
        ("ending-feelings", 0.92, "", [
            "not (coming|being) here",
            "(saying goodbye|say goodbye|the end of our|work coming to an end|coming to an end) !before !today !without !dream",
            // "after we finish" plans what follows (next steps), not how ending feels.
            "(we finish|we stop) !before !today !after !once !maintenance !booster",
        ]),
        ("relapse-plan", 0.9, "", [
            "(early|warning) (signs|sign|signals)",
            "(relapse|slip back|slipping back|return of|creep back|creeps back)",
            "(started|starts|start) to (go|slip|dip|come back) *2 again",
            "(if|when) *4 (start|started|starting|begin|began) (feeling|to feel) *3 again",
            "(if|when) *4 (depression|symptoms|the low mood|feeling low|it|the mood) *4 (comes back|come back|came back|coming back|returned|returns|return|start to return|creep back|again|dips) !lifts !improves !clears",
            "(what|how) *4 (would|will|could) you (do|notice|know|recognize) *6 (signs|if|when|again|start|slipping)",
            "(plan|what to do) *6 (future|if things|if it|setback|bad patch|dip)",
            "(setback|setbacks|future difficulties|stay well|staying well|keep well|keeping well)",
            // "a bad patch at uni, what helped" is an earlier episode; a bad patch to come is relapse.
            "(another|a future|the next|future|next|hit a|hit another|if *3 a) bad (patch|spell|time)",
            "(getting|becoming|feeling|falling|going|get|become) (unwell|ill|depressed|low|down|worse) again",
        ]),
        ("next-steps", 0.91, "", [
            "(other|another|further|different|more) [effective](treatment|treatments|therapy|options|help|support|approaches)",
            "(maintenance|booster|monthly) *3 [sessions|session|meetings|appointment|appointments]",
            // "check in every day" between partners is not a follow-up appointment.
            "(follow up|check in|check up) *3 (session|sessions|meeting|meetings|appointment|appointments|call|visit|in a (few|couple)|in (one|two|three|four|six|a) (weeks|months|month))",
            "(refer|referral|referring)",
            "(after we finish|once we finish|after our sessions|after therapy|when therapy ends|once therapy ends|after we stop)",
            "(continue|continuing|keep taking|carry on) *4 (medication|treatment|therapy|sessions|the tablets)",
        ]),
            // recog4b: the termination moves as clinicians actually phrase them.
        ("termination-announce", 0.95, "", [
            "(coming up on|approaching|nearing|close to|near|nearly at|almost at) (the end|our last|the last|our final|the final) !feel !feeling !sad !natural !normal !stirring !stir !stirred !stirs",
            "we will be (finishing|ending|stopping|done|wrapping up|finished) (on|in|at|by|next|after|the|this|soon)",
            "(next (week|time|session)|the session after next|this) (will be|is) (our|the) (second to last|second last|third to last|third last|penultimate|last|final) !mentioned !quiet !upset !wonder",
            "(more|sessions|meetings|left) after (this one|today|this) *4 (done|finish|finished|end|over|stop)",
            "(and then|then) (we are|were|we will be) (done|finished|through)",
        ]),
        ("ending-feelings", 0.96, "", [
            "(sitting|sit|sits|landing|land|lands) with you *8 (sessions|finish*|ending|end|more|goodbye|stop*|left)",
            "(about|to do with|related to|because) (us|we are|we) (finishing|ending|stopping|wrapping up|saying goodbye|coming to an end)",
        ]),
        ("ending-feelings", 0.93, "", [
            "(finishing|ending|stopping|wrapping up|saying goodbye) (up here|here|with me|our work|therapy|these sessions|together) *8 (feel|feelings|bring|brings|stir|stirs|like|sad|miss|lonely|scared|worried)",
            "(endings|goodbyes|ending|saying goodbye|finishing) *4 (bring|brings|stir|stirs|bringing|stirring) *2 up",
            "(miss|missing) *4 (coming here|our (sessions|meetings|time|work|chats|talks)|these (sessions|meetings)|seeing me|this (space|room|hour))",
            "(will|would|going to|gonna) miss *3 (and|or) *3 (will not|would not|not) miss",
            "part of you *8 (and|but) *2 part of you *4 (ready|relieved|glad|looking forward)",
        ]),
        ("relapse-plan", 0.94, "", [
            "(early|warning) (signs|sign|signals|bells)",
            "(if|when|once) you (noticed|notice|saw|see|found|find|caught|catch) *12 again",
            "(depression|it|the low mood|the depression|symptoms|low mood) (can|could|may|might|often|sometimes|does|tends to) (come back|return|recur|creep back)",
            "(on the lookout|look out|keep an eye out|watch out|be alert) for",
            "(your|a|the) (cue|signal|sign|red flag|prompt) to (call|ring|contact|get|see|reach|act|book|talk|tell|use)",
            "(first thing|first things|first sign|first signs) (to go|to slip|to drop|you notice|that goes|that slips|you would notice)",
        ]),
        ("relapse-plan", 0.95, "", [
            "(plan|prepare|preparing|ready|get through|cope with|manage) *5 (anniversary|christmas|holidays|birthday|tough time|hard time|difficult time|tough patch|hard patch|stressful time)",
        ]),
        ("next-steps", 0.92, "", [
            "(after|once|when) (we are|were|we have|we will be) (done|finished|stopped|ended|through|finishing) !worried !anxious !scared !nervous !coping !cope",
            "(after we finish|once we finish|after our sessions|after therapy|when therapy ends|once therapy ends) !worried !anxious !scared !nervous !coping !cope",
            "(stay|staying|stay on|remain|remaining|keep|keeping) on (the|your) *2 (~medication|medication|tablets|antidepressant|antidepressants|sertraline|citalopram|fluoxetine|pills)",
            "(see|seeing) you back *4 (months|practice|clinic|surgery|follow up|check up)",
        ]),
        ("review-gains", 0.92, "", [
            "(when we (started|began|first met)|when you first (came|started|walked in)|at the (start|beginning) of (therapy|our work|treatment)|(in|at) (week|session) one|our first session) *12 (and now|now you|but now|whereas now|these days|today you|now that you)",
            "where you (were|started) *6 (where you are|you are) now",
            "(learned|learnt|discovered|found out|realised|realized|noticed) *2 about yourself",
            "(wanted|hoped|meant|planned) to (work on|address|change|tackle|get to) *8 (did not|have not|never|not) (get|got|manage|managed|quite get) (to|round|around)",
            "(now|today|these days) *6 (could not|were not able to|could never|would not have) *6 (ago|before|when we started|at the start|back then|in the beginning)",
        ]),
        ("credit-patient", 0.93, "", [
            "(came|comes|come|coming) from you",
            "(what|which) *3 you (did|do|have done|changed|tried) *4 (helped|made (the|a) difference|worked|got you|turned things|made things)",
        ]),
            ("termination-announce", 0.93, "", [
            "(we have|we have got|there are|that leaves|leaves us|we have just|we have only) *2 (two|three|four|2|3|4) more (sessions|meetings|weeks|appointments)",
        ]),
        ("review-gains", 0.93, "", [
            "(proud of|pleased with|stands out|stand out|take away) *6 (our work|these (weeks|sessions|months)|therapy|our sessions|the work we|our time)",
            "(looking back|look back) over (these|the|our) *3 (weeks|sessions|months|work)",
            "(things|stuff) we (worked on|did|talked about|tried|practised|practiced) *4 (helped|helpful|useful|made a difference)",
            "since (the|our) first (session|meeting|appointment)",
        ]),
        ("next-steps", 0.95, "", [
            "(you can always|you are welcome to|the door is open|feel free to|you can) (come back|get back in touch|get in touch|contact us|call us|return)",
            "(continue|continuing|keep taking|carry on|carrying on|stay on|staying on) *4 (~medication|medication|tablets|treatment) *4 (for|until) *4 (months|year|while)",
        ]),
            ("ending-feelings", 0.95, "", [
            "not (to have|having|having our|to have our) (these|our|the) *2 (sessions|meetings|appointments|time|chats)",
        ]),
        ("relapse-plan", 0.93, "", [
            "(how|what) *3 (will|would|might) you know *4 (if|when|that) *6 (slid*|slip*|downhill|worse|dip*|coming back|return*|unwell)",
            "(need|needing|needed) (help|support|to come back|to get help) again",
        ]),
        ("credit-patient", 0.95, "s", [
            "(i did not|it was not me|not me|i did not do) *4 you did",
            "(result of|because of|down to|thanks to|owing to) (your|all your) *2 (work|effort|efforts|hard work|courage|persistence|choices|decisions)",
        ]),
        ("review-gains", 0.9, "", [
            "(learned|learnt) *6 (hold on to|keep hold of|take with you|take forward|carry forward|carry with you)",
            "(changed|improved|shifted) the most",
        ]),
            // recog4b batch 6.
        ("termination-announce", 0.93, "", [
            "(meetings|sessions|therapy|treatment|our work) will (end|finish|stop|come to an end)",
            "(just|only) (two|three|four|2|3|4) (left|to go|remaining)",
            "(is|will be) our (last|final) (one|session|meeting)",
            "(talked|talk|talking) about (finishing|ending|stopping|the end)",
            "we will be (finishing|ending|stopping|wrapping up) !today !early",
        ]),
        ("next-steps", 0.93, "", [
            "after our (last|final) (session|meeting)",
            "(continue|keep) (meeting|seeing each other|our sessions) *4 (once a month|monthly|every (month|few weeks))",
            "(different|another|other) (approach|kind of therapy|type of therapy)",
            "(write to|letter to|let|tell|inform) your (gp|doctor|psychiatrist) *6 (review|follow|see you|summary)",
        ]),
        ("relapse-plan", 0.94, "", [
            "(first|earliest|early) (signs|sign|signals|clues|hints) !crisis !suicidal !unsafe",
            "(if|when|once) (you|things|it) (start|started|begin|began) *10 again",
            "(if|when) *2 you (felt|feel|are feeling|were feeling) *3 (low|bad|down|depressed|hopeless) again",
            "(set off|trigger|triggers|bring on|brings on) *3 (another|an|a new) (episode|relapse|dip|low)",
            "(learned|learnt) (here|in here|in therapy|in our sessions) *4 (use|help|apply)",
            "(mood|low mood|depression|it) (stays|lasts|goes on|persists) *4 (more than|longer than|for) *2 (two|2|a few|several) (weeks|week)",
            "(if|when) (things|it) (get|got|gets|become|became) *3 (rocky|tense|bad|difficult|hard) *3 again",
            "(plan|plans) *3 (if|for when|in case) *3 (mood|depression|low mood|things) (drops|dips|gets worse|comes back|returns|slips)",
        ]),
        ("relapse-plan", 0.95, "", [
            "(anniversary|christmas|holidays|birthday|mothers day|fathers day|new year) *8 (hard|difficult|tough|prepare|plan|look after|cope|manage)",
        ]),
        ("review-gains", 0.93, "", [
            "^what is (different|changed|better) (now|these days) $",
            "(better|worse|different) (than|compared to|compared with) when (we|you) (started|began|first)",
            "(at first|in the beginning|at the start) *10 (and now|now you|but now|whereas now)",
            "(problems|things|areas|goals|stuff) we (worked on|have worked on|talked about|looked at) *6 (improved|better|changed|still|helped)",
            "(from|since) the first (day|week|time you came|session|appointment|meeting)",
            "when you first came in",
        ]),
            // recog5b (writer C/H/I failures, as phenomena): the end dated in weeks or months; the count left stated
        // with "just/only"; the ending as a goodbye or a loss; the mood read as a reaction to the ending; missing the
        // weekly hour; the gains dated by a month; the credit given back in two clauses or as "the reason is that you".
        ("termination-announce", 0.95, "", [
            "we (finish|end|stop|will finish|will end|will stop|are finishing|are stopping) *2 in (a|one|two|three|four|a few|a couple of|about a) (month|months|weeks|week|fortnight|sessions)",
            "(have|there are|there will be|leaves|leaving|we will have) *2 (just|only) (two|three|four|2|3|4|a few|a couple of) (sessions|meetings|appointments) (left|remaining|to go)",
            "(thinking|talking) about *3 (what ending|how ending|what the end|how the end|ending|finishing) *3 (looks like|will be like|means|might be like|feels like)",
            "(over|in|during) the (next|coming|last) *2 (weeks|sessions|meetings) *3 (winding down|wind down|wrapping up|wrap up|winding up|finishing|coming to an end)",
            "(we will be|we are|we start|start) (winding down|wrapping up|winding up)",
        ]),
        ("ending-feelings", 0.96, "", [
            "^(ending|endings|finishing|stopping|saying goodbye) (can|may|might|often|will|could|does|do) (feel|be|bring|stir|mean)",
            "(ending|finishing|stopping) (here|therapy|our work|these sessions|with me|together) *4 (goodbye|loss|another loss|an ending)",
            "(quiet|upset|sad|down|flat|withdrawn|changed the subject|went silent) (when|since|after) i (said|mentioned|brought up|raised|talked about) *4 (last|final|end|ending|finish*|stop*)",
            "(wonder|wondering) *8 (about|to do with|because of|related to) *2 (this being|it being|us being|us|we are|our) *4 (last|final|ending|finishing|end|stopping)",
            "i (will|would|am going to) miss (our|these|you|working with you|seeing you|the) *3 !if",
            "(miss|missing) our (mondays|tuesdays|wednesdays|thursdays|fridays|mornings|afternoons|evenings|hour|weekly|talks|conversations|time)",
        ]),
        ("review-gains", 0.94, "", [
            "(now|today|these days) *6 (could not|were not able to|could never|was not|were not|did not) *6 (in|back in) (january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter|the beginning)",
            "(more|less) (like yourself|yourself|confident|hopeful|able) *3 than (you did|you were|before) *2 (in|at|back in|when) (january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|we (started|began|met))",
            "(looking back|look back|looked back) (at|on|over) (what|how) *3 (shifted|changed|improved|moved|different|achieved|done|better)",
            "(goals|goal|aims|targets|hopes) *4 (at the (beginning|start)|when we (started|began|first met)|you set|we set) *10 (how|where|doing|done|now)",
            "(goals|goal|aims|targets) *3 (you set|we set|you had|we agreed|you chose) *4 (at the (beginning|start)|when we (started|began|first met)|in our first)",
            "what do you think (helped|made the difference|changed things) *2 (most|the most) !before !episode !last !previous !then",
        ]),
        ("credit-patient", 0.95, "s", [
            "^[and|but] (you did|it was you) [it|that|this] [yourself] $",
            "(the reason|why) *8 (is that|is because|was that|was because) you (kept|did|made|went|took|chose|decided|stuck|tried|spoke|started|stopped|rang|called|asked|reached)",
            "(changed|better|improved|shifted) because you (decided|chose|kept|spoke|took|made|did|went|started|stopped|asked|tried)",
        ]),
        ("credit-patient", 0.93, "", [
            "(what|which) *3 you (did|do|have done|changed|tried) *3 (differently|different) *3 (got|made|helped|led|turned|meant|changed)",
            "(what|which) *3 you (did|do|have done|changed|change|tried) *4 (got|made) (your|him|her|them|things) *2 (talking|listening|moving|going|better|easier)",
        ]),
        ("relapse-plan", 0.95, "", [
            "(thing|things|sign|signs|something|what) to (watch|watch for|watch out for|look out for|keep an eye on|be alert to)",
            "(your|a|the) plan (for|to) (getting through|get through|coping with|cope with|managing|manage|handling) (it|that|the day|the holidays|the anniversary|christmas|the first|his birthday|her birthday) !tonight !night !urges !unsafe !suicidal !kill",
            "(signs|sign|signals) (that|of) *3 (slipping|slip|sliding|slide|dipping|dip|going downhill|getting worse|coming back|returning)",
            "(protect|safeguard) (that|this|it|the gains|your progress|those gains|what you have)",
        ]),
            // recog5b batch 6: taking stock ("look at what has changed", "what you have got out of our sessions", "over
        // the course of our work", "compared with when you first told me"); credit as "that is what shifted things",
        // the courage found, the changes are yours; the number of sessions as a frame (this is our fourth; eight to go).
        ("review-gains", 0.95, "", [
            "(look at|looking at|look back at|take stock of|review|reflect on) (what|how much|how far) *4 (changed|achieved|done|shifted|come|different|improved|better) !left !remaining !winding !wrapping",
            "(got|gotten|taken|take) out of (our|these|the|this) *2 (sessions|work|therapy|meetings|time)",
            "(over|during|in) the course of (our|this|the) *2 (work|sessions|therapy|treatment|weeks)",
            "(notice|see) *3 (different|changed) *8 now !today !week",
            "(compared with|compared to) when you first (told me|came|mentioned|described|started)",
        ]),
        ("credit-patient", 0.95, "", [
            "(you took|you made|you chose|you decided|you found|you did) *6 (that is what|that was what|which is what|and that is what) (shifted|changed|helped|made|turned)",
            "how did you find the (courage|strength|nerve|confidence|guts) to",
            "(changes|progress|gains|improvements) *4 (are|were) (yours|your own|all yours)",
        ]),
        ("time-limit", 0.93, "", [
            "(this is|today is) our (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) [session|meeting]",
            "(with|we have|we have got|there are) (five|six|seven|eight|nine|ten|eleven|twelve|5|6|7|8|9|10|11|12) (sessions|weeks|meetings) (to go|left|remaining)",
        ]),
            // recog5b batch 7: gains told back ("you've come a long way since March", "three months ago you couldn't"),
        // the biggest change, what was learned here to keep, how you handle it differently now, where you were then.
        ("review-gains", 0.95, "", [
            "(come|came) a long way (since|from)",
            "(months|weeks|a year|a month) ago you (could not|could hardly|were not able|did not|would not|were barely|were hardly)",
            "(biggest|main|most important) change *3 (has been|was|is) !will !would !could",
            "(learned|learnt) (here|in here|in therapy|in our sessions|from our work|from this) *4 (keep|hold on|take|remember)",
            "different about (how|the way) you *6 now",
            "where (were|was) you when we (started|began|first met)",
            "(what|how) has (changed|shifted) in (the way|how) you",
        ]),
        // recog6b: termination as expert clinicians phrase it. The count of what is left ("only two left", "three
        // sessions left including today") and the run-in ("as we head into the last few weeks"); feelings stirred by
        // finishing ("what's coming up for you as we get near the end"); gains against the start ("at the start you
        // couldn't..., now"; "which of the things you hoped for"); the credit as the patient's doing ("a lot of this is
        // down to you", "your choices and your hard work"); warning signs and who you'd tell, going downhill, the
        // tricky times ahead; what follows when the treatment has not helped enough.
        ("termination-announce", 0.99, "", [
            "(only|just|we have|we have got|got|there are) *2 (two|three|four|a few|a couple of|couple of|one|2|3|4) [more] [sessions|weeks|meetings|appointments] (left|remaining|to go) !feel !feeling !feelings !five !six !seven !eight !nine !ten !eleven !twelve",
        ]),
        ("termination-announce", 0.97, "", [
            "(as|now|once) we (head|move|get|come|go|are heading|are moving|are getting|are coming) (into|towards|toward|near|nearer|close|closer|to) [to] the (last|final|end) !feel !feeling !feelings !stirring !stir !stirred !stirs",
        ]),
        ("ending-feelings", 0.99, "", [
            "(what|how) *3 (coming up|stirring|stirred|feel|feeling|like for you) *8 (end|ending|finish*|stop*|last session|near the end|get near|getting near|winding down|left|remaining) !marriage !relationship !job !career !pregnancy !retire* !affair !friendship",
            "(finishing|ending|stopping|saying goodbye|the end of our work) (can|might|may|could|will|would|often) *3 (stir|bring up|bring back|feel|remind)",
            "(strange|odd|surprising|natural|understandable|unusual) if (finishing|ending|stopping|saying goodbye) *4 (did not|does not|did|stirred|brought)",
        ]),
        ("review-gains", 0.96, "", [
            "(which|what) of the (things|goals|hopes|changes) you (hoped for|wanted|set|had|came in with|came with) *8 (got to|achieved|reached|managed|feel you|made)",
            "(at the start|when we started|when we began|at the beginning|when you first came|when we first met) *14 (could not|were not|would not|had stopped|did not|could hardly) *24 now (you|you are|you have)",
            "take stock",
        ]),
        ("credit-patient", 0.99, "", [
            "(a lot of|much of|most of|all of|so much of) (this|that|it|the change|the progress) *2 (is|was|has been) (down to|because of|thanks to) you",
            "you (were|are) the one who (picked|made|kept|tried|took|did|went|called|rang|decided|chose|found|stuck|turned|asked|spoke|reached)",
            "(your|were your) (choices|choice|decision|decisions|own) *3 (hard work|effort|efforts|courage)",
            "(how|what) (did|do you think) you (managed|manage|did) to (turn|change|make|get|shift)",
        ]),
        ("credit-patient", 0.99, "", [
            "(it was|that was) your (decision|choice|idea) to *8 (and now|and look|came out of|and it|paid off|that made|and they)",
        ]),
        ("relapse-plan", 0.95, "", [
            "(warning signs|early signs|signs|red flags) *10 (who you would (call|ring|talk to|tell|contact)|who to (call|contact|tell|ring)|who you could) !crisis !suicid* !danger* !unsafe !harm !kill",
            "(if|signs|sign|notice|noticed|saw|see|spot|might|could|would|again|future|before) *6 (going|heading|sliding|slipping|go|slide|slip) (downhill|down hill|backwards|back down) !when !started !start !since",
            "(tricky|difficult|hard|risky|vulnerable|stressful) (times|moments|points|periods|patches|dates) *8 (help|cope|plan|manage|might|prepare)",
            "(could|might|may|will|can) be (tricky|risky|vulnerable|stressful|testing) (times|moments|points|periods|patches|dates|weeks|months)",
            "if your (sleep|mood|appetite|energy) *6 (drop*|dip*|slip*|fall*|falls|goes down|gets worse|worsen*|changes|starts)",
        ]),
        ("next-steps", 0.95, "", [
            "(not getting better|not improved|did not help|has not helped|no better|not better|not as much as) *14 (try|options|something else|another|different|adding|worth)",
        ]),
        // recog6b batch 2: "you've come a long way, haven't you, from where you were".
        ("review-gains", 0.96, "", [
            "(come|came|travelled|traveled|gone) a (long|good|great) way *6 (from|since|where you were|in (these|the last|twelve|the))",
        ]),
        ("credit-patient", 0.95, "", [
            "you did (that|it|this|all that|all of that) (on your own|yourself|by yourself|all by yourself|off your own bat)",
            "(that|it|this) was (your|all your) (idea|doing|own idea|own doing)",
        ]),
        // recog6b batch 5: the end of our work stated plainly is the announcement.
        ("termination-announce", 0.97, "s", [
            "(coming up to|approaching|nearing|getting near|getting close to|close to|near) the end of our (work|sessions|time|meetings) !feel !feeling !feelings",
        ]),
    ]
}
