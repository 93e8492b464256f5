/// The IPT frame: opening a session, the time limit, refocusing and summaries.
extension TechniqueRules {
    /// Session counts as therapists say them ("twelve", "16", "a few").
    static let count = "(five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|5|6|7|8|9|10|11|12|13|14|15|16|20)"
    static let ordinal = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"

    static let frame: [RuleIndex.Entry] = [
        ("session-opening", 0.85, "", [
        ]),
        ("session-opening", 0.9, "", [
            "since (we|i|our|the) *2 (last|met|spoke|talked|saw|session) !~sleep !~appetite !~energy !~concentration !~medication !~drink",
            "since last (time|week|session|we met) !~sleep !~appetite !~energy !~concentration !~medication !~drink",
            "how (did|has|was|is|have|were) *3 (week|weekend|fortnight|past few days|last few days|few days|days since|couple of days) *3 (go|gone|going|been|treat*|turn out|turned out)",
        ]),
        ("session-opening", 0.85, "", [
            "how (are|have) you (been|doing) [today|lately|this week|since|recently] !~sleep !~appetite !~energy !~concentration !~medication !~drink !physically !generally !health !physical !about",
            "how (is|has|was) *2 (week|weekend|the week|your week|the last week|last week|it been|things been|everything|life been)",
            "(what|anything) *4 (happened|has happened|come up|came up|changed|been happening) *4 (since (we|i|our|the last|last|you were here|you came|coming|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|this week|last week|over the week) !back",
            "(where|what) (would|shall|do) (you|we) *2 [like to](start|begin) *2 [today|this time]",
            "how (are|have) things [been](since|this week|going|lately|recently|this past week|the past week|over the past week|over the last week)",
            "how (is|has|was) *2 (rest of) (the|your) (week|weekend|days)",
            "how (have|has|are|is) (things|everything|life) *3 (since last|since we|since i|since our|this week|this past week|lately|recently)",
            "how (this|the|your|the past|the last) (week|weekend|fortnight) (went|has gone|has been|was|is going)",
            "^[and|so] how (have|are) things [been] $",
            "how (is|has) your mood been *4 (week|since|lately|days|recently)",
            "^how are you !~sleep !~appetite !~energy !~concentration !that !it !ending !stopping !finishing !sessions !session !therapy !group !meetings",
            "(catch me up|fill me in|bring me up to date|update me)",
            // The interval since the last meeting as the topic: "how did the week go", "what sort of week has it been".
            "how (did|have|has) (things|it|everything|life) *2 (go|gone|been) *2 (over|during|at) the (weekend|week|holiday|holidays|break)",
            "(what|which) (sort|kind) of (week|weekend|fortnight|few days)",
            "where (are|have) things *3 (this week|since|at the moment|now|lately) !~sleep !~medication",
            "(anything|what) *3 (new|different|happened|to report|come up|going on|been going on|been up to) *4 (this week|since (we|i|our|last|tuesday|monday|wednesday|thursday|friday|saturday|sunday|the weekend))",
            "(tell me about|talk me through|fill me in on|how about|what about|how was|how were) *2 (your|the|this|last|past) (week|weekend|fortnight|seven days|7 days|few days)",
            "(what|how) *3 (the past|the last|this past|your) (week|few days|fortnight|weekend) *3 (been|like|gone)",
            "how (things|it|everything|life) (have|has) (gone|been|went) *2 since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|we|our|i)",
            "(stands out|stood out|standing out) *4 (week|weekend|since (we|i|our|last))",
            "(mood|things|you|feeling) *6 compared (to|with) last [week|time|session]",
            "(these|the) (past|last) (days|few days|week|weeks) *4 how",
            "how are you finding (yourself|things)",
            "(start|begin) with how (you have been|things have been|your week|the week|you are|you have been feeling|things are)",
            "(after|since) (we|i) (spoke|talked|met|saw you|saw each other) (last time|last week|last)",
            "(holding up|getting on|managing|coping|getting by|doing) *3 (in between|since (we|i|our|last)|this week|over the break|over the holiday|the last (week|two weeks|fortnight|few weeks))",
        ]),
        ("session-opening", 0.93, "", [
            // The week's quality and its events as they bore on mood: "has it been a good week or a hard one?"
            "(been|was it|has it been|is it) (a|an) (good|bad|hard|difficult|tough|okay|ok|better|worse|rough|easier|harder) (week|weekend|few days|fortnight)",
            "(anything|what) *3 (happen|happened|happening) *3 (this week|since (we|last|i)|over the week) *6 (mood|feel|feeling|affected|upset|low)",
            // The interval since a dated event of the week: "how have you been since the funeral?"
            "how (have|are|has|have things|has it) *3 (been|gone|going) since (the|his|her|your|their) (funeral|anniversary|service|burial|memorial|birthday|wedding|holiday|christening|visit|party|weekend)",
        ]),
        ("time-limit", 0.85, "", [
            "(five|six|seven|eight|nine|ten|eleven|5|6|7|8|9|10|11) (sessions|meetings|weeks) (left|remaining|to go)",
            "(session|sessions|meeting|meetings) [number]*2 of (twelve|12|sixteen|16|ten|10|eight|8|fourteen|14)",
            "(our|this is) *2 (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) *3 (session*|meeting*) !last !final !penultimate",
            "(halfway|half way|midpoint|middle) *4 (through|point|sessions|treatment|therapy)",
            "(twelve|12|sixteen|16|eight|8|ten|10|fourteen|14) *2 [weekly](sessions|weeks|meetings) *6 (agreed|together|in total|altogether|left|remain)",
            "(agreed|we set|we said) *6 (twelve|12|sixteen|16|eight|8|ten|10|sessions|weeks|end date)",
            "(limited number|end date)",
            "(session|week|meeting) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16) *2 of (twelve|12|sixteen|16|ten|10|eight|8|fourteen|14|twenty|20)",
            "this is session (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16)",
            "(past|over|more than|nearly|almost|just over|just past) halfway",
            "(meet|meeting|have|see each other) *2 (for|over) (twelve|12|sixteen|16|eight|8|ten|10|fourteen|14|twenty|20) [weekly](sessions|meetings|weeks)",
            "(two|three|four|five|six|seven|eight|nine|ten|eleven|2|3|4|5|6|7|8|9|10|11) more (sessions|meetings|weeks) *3 (after (today|this|this one)|to go|left|before we (finish|end|stop))",
            // Where we are in the course: "this is week ten", "we're at session 6", "past the midway point".
            "(this is|we are in|we are at|we are on|we have reached|we are now in|we are now at|here we are at) *2 (week|session|meeting) \(ordinal)",
            "(midway|mid point|halfway mark|half way mark|second half) *4 (point|through|of (our|the|this) (work|sessions|treatment|therapy|meetings))",
            // The number of meetings still to come or agreed in all.
            "[about|another] \(count) more (sessions|meetings|appointments)",
        ]),
        ("time-limit", 0.9, "", [
            "\(count) (sessions|meetings|weeks) (in all|in total|total|altogether|all told|overall|all up) !weekly !focus !focusing !once !every !each !fortnightly",
            "\(count) (sessions|weeks|meetings) *4 (and then|then) we (stop|finish|end)",
            "(time limited|time limit|time frame|timeframe|set time|fixed time) !~sleep !weekly !focus !focusing !once !every !fortnightly !agree",
            "(takes|take|brings|bring|gets|get) us (to|up to|until|through to) *3 (end of|the end|mid|week|session|january|february|march|april|may|june|july|august|september|october|november|december)",
            "(finish|end|stop) (by|at|in) the end of (january|february|march|april|may|june|july|august|september|october|november|december|the month|term|the year)",
            "(treatment|therapy|this|it|ipt) is (for|limited to|just|only) \(count) (sessions|weeks|meetings)",
            "(not forever|not open ended|not indefinite|not indefinitely)",
            // The course's limit said of "our time": "our time together is limited", "we won't be meeting for ever".
            "(our|the) time (together|with each other|in therapy|here) *3 (limited|finite|fixed|set|short|not open ended|has an end|will end|comes to an end)",
            "(limited|finite|fixed|set|certain) (amount|amount of time|number) (of time|together)",
            "(not|never) *3 (meeting|meet|see each other|seeing each other|working together|work together|go on|going on|continue|carry on|be doing this) *2 (for ever|forever|indefinitely|open ended)",
            // "How many sessions do you think we have left?" is split before "do you"; the first piece asks the number.
            "^[and|so] how many (sessions|meetings|appointments) [left|remaining|in total|altogether|have we got|do we have] $",
            "(minutes|minute) (left|remaining|to go) *3 [today|in today|in this session|for today] !focus !stay !stick",
            "(set|fixed|limited|agreed|certain) number of (sessions|meetings|weeks) !weekly !focus !focusing !once !every !each !fortnightly",
            "(third|quarter|half|two thirds|three quarters) of the way (through|there|in)",
            "(started|began|start|begin) in (january|february|march|april|may|june|july|august|september|october|november|december) *6 (finish|end|stop|wrap up) (in|by|at) (january|february|march|april|may|june|july|august|september|october|november|december|the end)",
            "(used|had|done|been through|completed|through) *2 (half|a third|two thirds|most|three quarters|a quarter) of (our|the|your) (sessions|meetings|weeks|time together)",
            "(done|had|completed|been through) \(count) (sessions|meetings|weeks) *4 (leaves|leaving|left|to go|remaining)",
            "\(count) (sessions|weeks|meetings) (is not|are not|is|goes|go) *2 (long|much time|a lot of time|quickly|fast|by quickly)",
            "(we have|we have got|there are|we are left with) [about|only|just] \(count) (left|remaining|more|to go) *3 [after today|after this one|after this|including today]",
            "(past|over|beyond|nearly|almost|just over|just past|about|around|roughly|at|reached|passed) *2 (midpoint|mid point|midway point|midway|halfway point|halfway mark|half way|halfway)",
            "how many (sessions|meetings|weeks) *4 (agreed|have|left|we|there are)",
            "(short|short term|brief|time limited|time bound|fixed length) (treatment|therapy|piece of work|course)",
            // The number stated, or the place in the course: "we have twelve sessions together, and this is the fourth".
            "(we have|we have got|there are|we will have|you have) \(count) (sessions|meetings|weeks) (together|in total|altogether|in all) !weekly !focus !focusing !once !every !each !fortnightly",
            "\(count) (sessions|meetings|weeks) *6 this is (the|our) \(ordinal)",
            "this is (the|our) \(ordinal) (session|meeting|week) (of|out of)",
            "\(count) more (sessions|meetings|appointments|weeks) *3 (after today|after this one|to go|left|before we finish|including today)",
            "(we have|we meet|our sessions|we will meet|we are meeting|we will be meeting|we work together|we will work together|we continue) *4 (until|till|up to|through) *2 (the end of|end of|mid) (january|february|march|april|may|june|july|august|september|october|november|december|the month|term|the year|summer|spring)",
        ]),
        ("time-limit", 0.92, "", [
            "(work|working|meet|meeting|be working|be meeting) together (for|over) [the next] \(count) (weeks|sessions|months|meetings)",
        ]),
        ("time-limit", 0.96, "", [
            // The agreed number recalled: "remember, we agreed on sixteen sessions".
            "(remember|as you know|as we said|as we agreed|recall|reminder|remind you) *4 (agreed|said|set|have|had|there are) *3 \(count) (sessions|meetings|weeks)",
        ]),
        ("refocus", 0.87, "", [
            "(let us|can we|could we|shall we|we should|i want us to|i would like us to|we need to|i would like to|i want to|i am going to|we will|may we|we could|we can|we might|if we) *3 (come|go|get|bring|steer|turn|return|move) [us|it|this|things] back (to|there) !childhood !earliest !memories !memory !dream !dreams !younger !growing",
            "(return|returning) to *3 (what|the|our|how|focus)",
            "(bring|brings|bringing|steer) (us|it|this|things) back",
            "(getting off|off track|off topic|away from the focus|sidetracked|side track|side tracked|on a tangent|tangent)",
            "(let us|we|can we|could we|i want to|i would like to|i want us to|i would like us to|want to|going to|need to|should) *3 (stay|stick|staying|sticking) with *4 (the focus|what|the|this|our) !dream !dreams !childhood !plan",
            "(before|so) *3 (we|i) *3 (run out of time|lose track|move on)",
            "(make sure|want to make sure) *3 (we|i) *4 (get to|cover|talk about|come back|spending|spend|use|using|focus|focusing)",
            "(focus|focusing) *3 [on](this week|here and now|what happened|the dispute|the grief|our focus|today)",
            "(conscious|mindful|aware) of [the] time",
            // Naming the drift from the agreed focus: "we've moved away from what we agreed", "we haven't got to X yet".
            "(we|us|i) *3 (moved|moving|move|strayed|straying|wandered|wandering|got|gotten|getting|drifting|drifted|gone|going) (away|off) (from what|from the|from our|from where|topic|track|course|the point|the subject)",
            "(not|never) *2 (got|gotten|come|came|returned|reached) (to|back to|round to|around to) *6 (yet|still|today)",
            "(put|park|leave|set|hold) (that|this|it) (to one side|aside|on one side|for now|for a moment|for later|there for now)",
            // "Let's hold that thought and get back to your mum's visit"; "we've gone quite far from Mark".
            "(hold|park) (that|this) thought",
            "(we|we have|i) *3 (gone|drifted|moved|wandered|strayed|come|got|gotten|travelled|traveled) *2 (far|a long way|some way|a way|quite a way) from",
            "(pause|stop|hold) (us|you|it|things) (there|here|for a moment|for a second|a moment)",
            "(focus|stay|stick|concentrate) on *5 (and not|rather than|instead of|not on)",
            "(time is short|short on time|our time is limited|running out of time|not much time left)",
            "(park|parking|set aside|put aside|leave aside|put to one side|setting aside|putting aside) *6 (back to|for now|for a (sec|second|moment|minute|bit)|and (get|come|go|turn))",
            // Linking a digression back to the focus: "how does all this connect to what's going on with Greg?"
            "how *4 (connect|connects|relate|relates|link|links|tie|ties|fit|fits) *2 (to|with|in with|back to|into) *6 (between you|you and|with (him|her|them|~person|your ~relation)|going on with|the focus|what we|your (~relation|marriage|relationship)|we have been (working on|focusing on|looking at)|we agreed|our focus)",
            "(showing up|show up|shows up|playing out|play out|plays out) *4 (with|in|between) *4 (now|right now|at the moment|these days|today|this week|~relation|~person) !else !elsewhere",
        ]),
        ("refocus", 0.92, "", ["(important|interesting|understandable) *6 but *6 (back|focus|today|this week|what happened)"]),
        ("summary", 0.9, "", [
            // Explicit recaps and the check that closes a summary.
            "(let me|let us|i will|i would like to|i want to|can i|could i|just to|i am going to) *2 (sum up|summarize|recap|draw together|go back over)",
            "(put|pull|bring|draw) together (what|everything|it all|all of|the main|where|some of)",
            "(got|get|getting|have) (this|it|that|things) straight",
            "(if i|let me|to|i will|i want to) *2 (put|pull|bring) (it|this|everything|things) [all] together",
            "what i am hearing overall",
            "(to summarize|to sum up|in summary|let me summarize|let me recap|to recap|recap)",
            "(have|did) i (got|get|understood|understand) *3 (right|correctly|that right)",
            "if i *2 have understood",
            "(where|what) we have (got|gotten|come) to [so far|today|in this session]",
        ]),
        ("summary", 0.85, "", [
            "(let me check i|let me see if i|let me make sure i)",
            "^[so|and|okay] so far",
            "so far (we|you|today|in|this|i|it)",
            "(put|putting|pull|pulling|bring|bringing) [it|this|that|everything] [all] together",
            "(is that|does that sound|does that seem|am i) *2 (right|accurate|about right|fair|close|on the right track)",
            "(what|if) i *2 (understand|am hearing overall)",
            "let me (summarize|see if|check|reflect back)",
            "(let me|let us|i will|i would like to|i want to|can i|could i|just to|i am going to) (sum up|summarize|summarise|recap|draw together|go back over)",
            "(in short|in a nutshell|all in all|so overall|to pull it together|to put it all together)",
            "what i am hearing *12 (and|but|also)",
            "(check|make sure|see if) *2 i (have|got|understand|understood|have understood|have got|am getting) *2 (it|this|that|right)",
            // What the therapist takes away from the session so far: "what I'm taking from today is...".
            "(what|so what) i am (taking|getting|picking up|gathering|taking away|hearing) (from|away from|out of|so far) *2 (today|this session|our session|what you|all this|all of this|everything)",
            "(let me|can i|could i|i want to|i would like to|just to) *2 (pull|bring|draw|tie) *3 (together|threads)",
            "(if i|let me) [can] (recap|summarize|reflect back|play back|feed back) *3 (what|where|some|the main)",
            "(have|did) i (got|get|understood|understand|missed|miss|left out|leave out) (that|it|this|everything|all that|anything) $",
            "(check|make sure|see if) *2 i (have understood|understood|understand|have got this|have got that|got that|got this|am understanding|have it right|have this right) !meant !mean !again",
            "let me *2 (summarize|see if|check|reflect back|recap)",
            "(big picture|the overall picture|the main threads)",
            "(say back|play back|feed back|reflect back) *3 (main points|what|the main|some)",
            "main (things|points|themes) *3 (today|we|you|were|are)",
            "(anything|something) (i have|i) (left out|missed|forgotten|got wrong)",
            "(let me|just to|i want to|can i|could i) *2 (get|make sure i (have|get|got)) (this|it|that|things) straight",
            "(does|did|would) (that|this) (capture|captures|sum up|sums up|cover|covers) *2 (it|things|that|what|where)",
            "(we have|you and i have) (talked|spoken|been talking) about *10 (and|also|as well)",
            "(we have|you and i have) (looked at|covered|discussed|gone over|explored) *10 (and|also|as well)",
            "(today|this session|so far) we have (looked at|talked about|covered|discussed|gone over|explored|worked on)",
            // The check that closes a recap: "tell me if I've got the order wrong", "correct me if I've muddled anything".
            "(tell me|let me know|correct me|stop me|say) if i (have got|got|have gotten|have|have put|put) *4 (wrong|muddled|mixed up|the wrong way round|back to front|in the wrong order|out of order)",
        ]),
        ("summary", 0.92, "", [
            // The session's main points named: "so, the big things today were the funeral and your brother"; "can I check what I've heard?"
            "(big|main|key|important|two|three) (things|points|themes|threads) (today|this session|so far|we have talked about|you have raised) (were|are|have been|seem to be)",
            "(check|make sure|see if|run through) *2 what i (have heard|heard|have understood|understood|have got|am hearing)",
        ]),
        ("summary", 0.9, "", [
            // The recap named and checked: "we've covered a lot... did I miss anything?", "just to check I'm following".
            "(have|did) i (missed|miss|left out|leave out) (anything|something|any of it|anything important) $",
            "(we have|we) (covered|gone over|talked about) (a lot|quite a lot|a great deal|lots|plenty|a fair bit)",
            "(check|make sure|see if|checking) *2 i am (following|with you|keeping up|getting this|getting it|on track|on the right track)",
            "(say back|play back|feed back|reflect back|sum up|go back over) *3 what (i have heard|you have told me|you have said|we have covered|i am hearing|i heard)",
            "(tell me|let me know|correct me on) what i (have got|got|have gotten|have) (wrong|missed)",
            // What the patient has said today, gathered: "today you told me two things that seem important".
            "(today|so far|in this session|this session|over the last few weeks|over these weeks|in our sessions) *2 you (have told|told|have said|said|have described|described|have mentioned|mentioned|have talked about|talked about|have shared|shared|have raised|raised) *2 (me|about|that|two|three|four|a few|several|some|a couple of) *2 (things|points|themes|issues|important|that|about)",
        ]),
        // recog6a: the frame as expert clinicians phrase it.
        ("session-opening", 0.93, "", [
            // The interval since last time, named in other words: "how have the days been since then?", "before we start, tell me how this week has been".
            "(how|what) *2 (have|has) the (days|weeks|last few days|past few days|past week|last week|last couple of weeks|past fortnight) (been|gone)",
            "(before we start|before anything else|to start|to begin|first of all|let us start|let us begin) *6 (tell me|how|hear) *8 (this week|since (we|i|our|last|then)|the week|last time|the past week)",
        ]),
        ("time-limit", 0.92, "", [
            // The course's place and its end: "we're into the second half now", "we'll meet eight times", "our twelve sessions should finish before your due date".
            "(we are|we have moved|we have got|we are now|we have reached|we have come|we are well) *2 (into|in|to) the (second half|last third) !end !ending !finish !finishing !goodbye",
            "(meet|meeting|see you|see each other|get together) *3 \(count) times",
            "(our|the|these) \(count) (sessions|meetings|weeks) (should|will|would|are going to|are due to) (finish|end|be over|be done|run|take us)",
            "(agreed|did agree) (on|to) \(count) [sessions|meetings|weeks] !focus !focused !focusing !work !working",
            "(having|have|there is|set|an agreed) (an|a|the) (end point|endpoint|end date|fixed end|clear end)",
        ]),
        ("refocus", 0.9, "", [
            // Steering back: "let's pull back to this week with Kofi", "back to Ravi for a minute", "keep our eyes on how things are now".
            "(let us|can we|could we|shall we|we should|i want us to|i would like us to|we need to|i would like to|i want to|may we|we could|we can|we might|if we) *3 (pull|head|circle|swing|loop|bring it|bring us|get us|take us) back (to|round to|around to) !childhood !earliest !memories !memory !dream !dreams !younger !growing",
            "^[so|okay|ok|but|and|right|now] (back to|going back to|coming back to) *4 (for a (minute|moment|second|bit|sec)|now|then|if we can|if i may) $",
            "(keep|keeping) (our|the|your) (eyes|focus|attention|minds) on",
            "(spend|use) (the rest of|the last|what is left of|our remaining|the remaining) *3 (time|minutes|session) on",
        ]),
        ("summary", 0.9, "", [
            // Recaps named as such: "let's go over what we looked at today", "if I can summarise for the group".
            "(go over|run over|recap|look back at|look back over|run through) what we (looked at|talked about|covered|discussed|did|went over) *2 (today|this session|so far|in this session|this morning|this afternoon)",
            "if i (can|may|could) (sum up|summarize|recap|draw together|pull together|go back over)",
            "(as a group|in the group|together) *3 we have *2 (heard|learned|seen|found) (that|how|about)",
        ]),
    ]
}
