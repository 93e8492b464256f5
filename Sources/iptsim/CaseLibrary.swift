import Foundation
import IPTSimCore
import IPTSimScenarios

/// A case file: where it came from and its bytes.
struct CaseSource {
    var path: String
    var data: Data
}

/// Finds and loads case files: the embedded defaults, or a folder given by `--scenarios` or
/// `IPTSIM_SCENARIOS`. The only place the CLI reads case files from disk.
struct CaseLibrary {
    var sources: [CaseSource]

    static func load(scenarios: String?) throws -> CaseLibrary {
        let dir = scenarios ?? ProcessInfo.processInfo.environment["IPTSIM_SCENARIOS"]
        if let dir, !dir.isEmpty {
            return CaseLibrary(sources: try CaseFiles.collect([dir]).map { try CaseFiles.read($0) })
        }
        return CaseLibrary(sources: EmbeddedScenarios.files.map { CaseSource(path: $0.path, data: Data($0.contents.utf8)) })
    }

    /// Every valid case with its load result.
    func cases() -> [(source: CaseSource, result: LoadResult, case: Case)] {
        sources.compactMap { s in
            let r = CaseLoader.load(s.data)
            return r.case.map { (s, r, $0) }
        }
    }

    /// A case's id and problem area, read with the scanner alone (no validation), so that finding
    /// one case does not cost a full load of every case.
    static func peek(_ source: CaseSource) -> (id: String, area: ProblemArea?)? {
        guard let node = JSONScanner.parse([UInt8](source.data)).node, let id = node["id"]?.string else { return nil }
        return (id, node["problemArea"]?.string.flatMap(ProblemArea.init(rawValue:)))
    }

    /// Loads one source fully; a case that does not validate is an error naming its problems.
    static func loadValid(_ source: CaseSource) throws -> (source: CaseSource, result: LoadResult, case: Case) {
        let r = CaseLoader.load(source.data)
        guard let c = r.case else { throw CLIError.invalidCase(r.diagnostics.map { $0.rendered(file: source.path) }) }
        return (source, r, c)
    }

    /// A case by id, file name or problem area name (`grief`, `dispute`, …). Only the case found
    /// is fully loaded and validated.
    func find(_ name: String) throws -> (source: CaseSource, result: LoadResult, case: Case) {
        let key = name.lowercased()
        let headers = sources.map { (source: $0, header: Self.peek($0)) }
        // Ids may contain capitals ("Rosa-2"), so compare without case on both sides.
        if let hit = headers.first(where: { $0.header?.id.lowercased() == key }) { return try Self.loadValid(hit.source) }
        if let hit = headers.first(where: { URL(fileURLWithPath: $0.source.path).deletingPathExtension().lastPathComponent.lowercased() == key }) {
            return try Self.loadValid(hit.source)
        }
        if let area = ProblemArea.allCases.first(where: { $0.aliases.contains(key) }) {
            // Shipped cases before samples, then by id; the first that validates.
            let candidates = headers.filter { $0.header?.area == area }.sorted { a, b in
                let ia = a.header!.id, ib = b.header!.id
                let sa = ia.hasPrefix("sample"), sb = ib.hasPrefix("sample")
                return sa != sb ? !sa : ia < ib
            }
            for c in candidates { if let hit = try? Self.loadValid(c.source) { return hit } }
        }
        if FileManager.default.fileExists(atPath: name) {
            return try Self.loadValid(try CaseFiles.read(name))
        }
        let all = cases()
        if let area = ProblemArea.allCases.first(where: { $0.aliases.contains(key) }) {
            throw CLIError.usage("no case for the problem area '\(area.rawValue)'; cases: \(all.map(\.case.id).joined(separator: ", "))")
        }
        let names = all.map(\.case.id) + ProblemArea.allCases.map(\.rawValue)
        let hint = Suggestions.closest(to: key, in: names).map { "did you mean '\($0)'? " } ?? ""
        throw CLIError.usage("no case named '\(name)'; \(hint)cases: \(all.map(\.case.id).joined(separator: ", ")) (or a problem area: grief, dispute, transition, deficits)")
    }
}

enum CaseFiles {
    /// `.json` files named directly or found (recursively, sorted) in the folders named; skips `schema/`.
    static func collect(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CLIError.unreadable("\(path): no such file or folder")
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: path) else { throw CLIError.unreadable("\(path): cannot list the folder") }
                var found: [String] = []
                while let item = e.nextObject() as? String {
                    let components = item.split(separator: "/")
                    if components.dropLast().contains("schema") { continue }
                    // Hidden files and folders: editor backups, macOS "._" files, .git.
                    if components.contains(where: { $0.hasPrefix(".") }) { continue }
                    if item.hasSuffix(".json") { found.append((path as NSString).appendingPathComponent(item)) }
                }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }

    static func read(_ path: String) throws -> CaseSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.unreadable("\(path): cannot read the file")
        }
        return CaseSource(path: path, data: data)
    }
}

enum CLIError: Error, CustomStringConvertible {
    case usage(String)
    case unreadable(String)
    case invalidCase([String])

    var description: String {
        switch self {
        case .usage(let m), .unreadable(let m): "error: \(m)"
        case .invalidCase(let lines): lines.joined(separator: "\n")
        }
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
