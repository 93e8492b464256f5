import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore

/// Options every exam and results command shares.
struct RecordOptions: ParsableArguments {
    @Option(help: "Records database (default: $XDG_DATA_HOME/iptsim/records.sqlite or ~/.local/share/iptsim/records.sqlite).")
    var db: String?

    var path: String { db ?? DataDirectory.defaultDatabasePath() }

    func open() throws -> SQLiteRecordStore {
        do { return try SQLiteRecordStore(path: path) } catch {
            printError("error: cannot open the records database \(path): \(error)")
            throw ExitCode(2)
        }
    }
}

extension CaseLibrary {
    /// Valid cases by id (the first file wins for a repeated id), as exams see them.
    func available() -> [String: ExamChecker.Available] {
        var out: [String: ExamChecker.Available] = [:]
        for item in cases() where out[item.case.id] == nil {
            out[item.case.id] = ExamChecker.Available(case: item.case, hash: item.result.versionHash)
        }
        return out
    }

    /// Every valid case file by id, for re-scoring results made against any of them.
    func allVersions() -> [String: [ExamChecker.Available]] {
        var out: [String: [ExamChecker.Available]] = [:]
        for item in cases() { out[item.case.id, default: []].append(ExamChecker.Available(case: item.case, hash: item.result.versionHash)) }
        return out
    }
}

/// A blueprint file read and checked: prints located diagnostics and exits 2 when invalid.
struct LoadedBlueprint {
    var path: String
    var text: String
    var result: ExamLoadResult
    var blueprint: ExamBlueprint

    static func read(_ path: String) throws -> LoadedBlueprint {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: \(path): cannot read the blueprint")
            throw ExitCode(2)
        }
        let result = ExamLoader.load(data)
        for d in result.diagnostics { printError(d.rendered(file: path)) }
        guard let b = result.blueprint, result.isValid else {
            printError("error: \(path) is not a valid exam blueprint")
            throw ExitCode(2)
        }
        return LoadedBlueprint(path: path, text: String(decoding: data, as: UTF8.self), result: result, blueprint: b)
    }

    /// Checks the blueprint against the case library; prints plain, located errors; exits 2 on any.
    func fit(_ cases: [String: ExamChecker.Available]) throws {
        let problems = ExamChecker.fit(blueprint, to: cases, document: result.document)
        for d in problems { printError(d.rendered(file: path)) }
        if problems.hasErrors { throw ExitCode(2) }
    }
}

func readKey(_ path: String?) throws -> ResultKey? {
    guard let path else { return nil }
    do {
        let key = try ResultKey.read(from: path)
        if ResultKey.isTooOpen(path) { printError("warning: \(path) is readable by others; run: chmod 600 \(path)") }
        return key
    } catch {
        printError("error: \(error)")
        throw ExitCode(2)
    }
}

func writeFile(_ text: String, to path: String) throws {
    do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
        printError("error: cannot write \(path): \(error)")
        throw ExitCode(2)
    }
}

func fmt(_ d: Double?) -> String { d.map { String(format: "%.2f", $0) } ?? "n/a" }
