import IPTSimCore

extension REPL {
    /// Runs a slash command; returns an outcome when the session is over.
    func command(_ line: String) -> Outcome? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        let name = parts[0].lowercased()
        let known = Self.commands.map(\.name)
        if options.locked, let c = Self.commands.first(where: { $0.name == name }), c.practiceOnly {
            write(style.warn("\(name) is not available in an exam.") + "\n")
            return nil
        }
        switch name {
        case "/help":
            for c in Self.commands where !options.locked || !c.practiceOnly {
                write("  " + style.bold(c.name) + c.args + String(repeating: " ", count: max(1, 22 - c.name.count - c.args.count)) + c.help + "\n")
            }
            write(style.dim("  Ctrl-C clears the line; Ctrl-D on an empty line ends the session; Tab completes; Ctrl-R searches history.") + "\n")
        case "/hint":
            write(style.good("hint: ") + style.wrap(Hints.hint(case: runner.engine.case, session: runner.engine.session, transcript: runner.transcript, state: runner.state), firstIndent: 6, indent: 6) + "\n")
        case "/why":
            why()
        case "/state":
            state()
        case "/time":
            let left = max(0, runner.engine.session.minutes * 60 - runner.state.clockSeconds)
            write("Clock \(clock()) — \(left / 60) min left, turn \(runner.state.turn).\n")
        case "/phq9":
            guard record(JournalRecord(.phq9)) else { return .quit }
            // The questionnaire is a numbered turn of the transcript; say which, so the debrief's
            // turn numbers can be matched to the screen.
            write(style.dim("Turn \(runner.state.turn + 1): you hand over the PHQ-9 (over the last two weeks, how often…). \(patientFirstName) answers:") + "\n")
            let replies = runner.administerPHQ9()
            for (i, r) in replies.enumerated() {
                let item = Builtins.phq9Items[i]
                // wrap() splits on spaces, so the indent and the space before the answer are added outside it.
                write("  " + style.wrap("\(i + 1). \(item)?", firstIndent: 2, indent: 5) + " " + style.patient(r.text) + "\n")
            }
            let total = runner.engine.session.phq9Total
            write(style.dim("  Total \(total) (\(Builtins.phq9Band(total)) range).") + "\n")
            lastReply = replies.last
            afterTurn()
        case "/tag":
            guard parts.count == 3 else {
                write("Usage: /tag <technique> <what you say>, e.g. /tag affect-elicit What was that like?\n")
                return nil
            }
            let technique = parts[1]
            guard TechniqueCatalogue.info(technique) != nil else {
                let hint = Suggestions.closest(to: technique, in: TechniqueCatalogue.ids).map { " Did you mean '\($0)'?" } ?? " Tab after /tag lists them."
                write(style.warn("Unknown technique '\(technique)'.") + hint + "\n")
                return nil
            }
            guard record(JournalRecord(.tag, text: parts[2], technique: technique)) else { return .quit }
            let iv = runner.tagged(parts[2], technique: technique)
            let reply = runner.say(iv, input: line)
            lastIntervention = iv
            lastReply = reply
            show(reply)
            afterTurn()
        case "/undo":
            guard !runner.transcript.turns.isEmpty else { write("Nothing to undo.\n"); return nil }
            guard record(JournalRecord(.undo)) else { return .quit }
            let taken = runner.transcript.turns.last!.input
            runner.undo()
            lastIntervention = runner.transcript.turns.last?.intervention
            lastReply = runner.transcript.turns.last?.replies.last
            write(style.dim("Took back: \(taken)") + "\n")
        case "/restart":
            guard record(JournalRecord(.restart)) else { return .quit }
            runner.apply(JournalRecord(.restart))
            lastIntervention = nil
            lastReply = nil
            write(style.dim("Restarted.") + "\n")
            show(runner.transcript.opening)
        case "/end":
            return finish()
        case "/save":
            do {
                let path = try hooks.save(runner, parts.count > 1 ? parts[1...].joined(separator: " ") : nil)
                write("Saved the transcript to \(path)\n")
            } catch {
                write(style.warn("Could not save: \(error)") + "\n")
            }
        case "/quit", "/exit":
            write(style.dim("Left the session unfinished. Your turns are journaled; continue with --resume.") + "\n")
            return .quit
        default:
            let suggestion = Suggestions.closest(to: name, in: known).map { "Did you mean \($0)? " } ?? ""
            write(style.warn("Unknown command \(name).") + " \(suggestion)/help lists the commands.\n")
        }
        return nil
    }

    func why() {
        guard let iv = lastIntervention, let reply = lastReply else {
            write("Say something first; /why explains your last line.\n")
            return
        }
        write(style.bold("You said: ") + iv.text + "\n")
        write("  form: \(iv.form.rawValue)\n")
        let ts = zip(iv.techniques, iv.scores).map { "\($0) (\(Double(($1 * 100).rounded()) / 100))" }
        write("  techniques: \(ts.isEmpty ? "none recognized" : ts.joined(separator: ", "))\n")
        if !iv.people.isEmpty { write("  people: \(iv.people.joined(separator: ", "))\n") }
        if !iv.concepts.isEmpty { write("  concepts: \(iv.concepts.joined(separator: ", "))\n") }
        for t in iv.trace.prefix(6) { write(style.dim("    \(t)") + "\n") }
        write(style.bold("The patient answered with: ") + "\(reply.ruleID)\(reply.variantID.map { " / \($0)" } ?? "") (\(reply.tier ?? reply.source.rawValue))\n")
        for line in reply.explanation?.lines ?? [] { write("  " + line + "\n") }
        if !reply.factsSet.isEmpty { write("  disclosed: \(reply.factsSet.joined(separator: ", "))\n") }
        for ch in reply.changes { write("  \(ch.name): \(ch.from) → \(ch.to)\n") }
    }

    func state() {
        let c = runner.engine.case
        for v in c.variables {
            let value = runner.state.value(v.id)
            let width = 20
            let filled = v.max > v.min ? (value - v.min) * width / (v.max - v.min) : 0
            write("  \(v.id.padding(12)) \(String(repeating: "█", count: filled))\(String(repeating: "·", count: width - filled)) \(value)/\(v.max)\n")
        }
        let disclosed = runner.state.facts.compactMap { id in c.facts.first { $0.id == id }.map { "\(id): \($0.disclosedDescription)" } }
        write("  facts disclosed: \(disclosed.isEmpty ? "none yet" : "")\n")
        for d in disclosed { write("    • " + style.wrap(d, firstIndent: 6, indent: 6) + "\n") }
        if !runner.state.disclosures.isEmpty { write("  safety disclosures: \(runner.state.disclosures.joined(separator: ", "))\n") }
        write("  clock \(clock()), turn \(runner.state.turn)\n")
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
