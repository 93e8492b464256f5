import Foundation

/// The unlock graph of a case: rule → effect → fact/variable → condition → rule, plus `fired`
/// and follow-up links between rules. Clustered by session; rules that can never fire are marked.
public struct UnlockGraph: Sendable, Equatable {
    public enum NodeKind: String, Sendable { case rule, fallback, fact, variable }

    public struct Node: Sendable, Equatable {
        public var id: String
        public var label: String
        public var kind: NodeKind
        /// The session cluster (nil for facts and variables, which are shared).
        public var session: String?
        public var unreachable: Bool
    }

    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var label: String
        /// A negative condition (notFacts, notFired) or a follow-up link.
        public var dashed: Bool
    }

    public var nodes: [Node] = []
    public var edges: [Edge] = []

    public init(_ c: Case) {
        let walk = CaseWalk(c)
        var factNodes = Set<String>(), varNodes = Set<String>()
        for (si, s) in c.sessions.enumerated() {
            let reach = Reachability(case: c, session: s)
            let rid = { (id: String) in "r:\(s.id):\(id)" }
            for r in s.rules {
                nodes.append(Node(id: rid(r.id), label: "\(r.id)\\n\(r.tier.rawValue)", kind: .rule, session: s.id, unreachable: !reach.reachable.contains(r.id)))
                for f in r.followUps ?? [] { edges.append(Edge(from: rid(r.id), to: rid(f), label: "follow-up", dashed: true)) }
            }
            for f in s.fallbacks {
                nodes.append(Node(id: rid(f.id), label: "\(f.id)\\nfallback \(f.level)", kind: .fallback, session: s.id, unreachable: !reach.reachable.contains(f.id)))
            }
            for e in walk.effects where e.session == si {
                if let f = e.effect.fact { factNodes.insert(f); edges.append(Edge(from: rid(e.owner), to: "f:\(f)", label: "sets", dashed: false)) }
                if let f = e.effect.clearFact { factNodes.insert(f); edges.append(Edge(from: rid(e.owner), to: "f:\(f)", label: "clears", dashed: true)) }
                if let v = e.effect.var {
                    varNodes.insert(v)
                    let label = e.effect.set.map { "= \($0)" } ?? (e.effect.add.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "")
                    edges.append(Edge(from: rid(e.owner), to: "v:\(v)", label: label, dashed: false))
                }
            }
            for site in walk.conditions where site.session == si {
                guard let owner = site.owner else { continue }
                let cond = site.condition
                for f in cond.facts ?? [] { factNodes.insert(f); edges.append(Edge(from: "f:\(f)", to: rid(owner), label: "needs", dashed: false)) }
                for f in cond.notFacts ?? [] { factNodes.insert(f); edges.append(Edge(from: "f:\(f)", to: rid(owner), label: "needs not", dashed: true)) }
                for t in cond.vars ?? [] {
                    varNodes.insert(t.name)
                    edges.append(Edge(from: "v:\(t.name)", to: rid(owner), label: t.constants.map { "\(Self.op($0.0)) \($0.1)" }.joined(separator: ", "), dashed: false))
                }
                for r in cond.fired ?? [] { edges.append(Edge(from: rid(r), to: rid(owner), label: "fired", dashed: false)) }
                for r in cond.notFired ?? [] { edges.append(Edge(from: rid(r), to: rid(owner), label: "not fired", dashed: true)) }
            }
            for f in s.facts ?? [] { factNodes.insert(f) }
        }
        nodes += factNodes.sorted().map { Node(id: "f:\($0)", label: $0, kind: .fact, session: nil, unreachable: false) }
        nodes += varNodes.sorted().map { Node(id: "v:\($0)", label: $0, kind: .variable, session: nil, unreachable: false) }
        var seen = Set<String>()
        edges = edges.filter { seen.insert("\($0.from)>\($0.to)>\($0.label)>\($0.dashed)").inserted }
    }

    static func op(_ name: String) -> String {
        ["eq": "==", "ne": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="][name] ?? name
    }

    /// Graphviz DOT.
    public func dot(title: String) -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var out = ["digraph \(q(title)) {", "  rankdir=LR;", "  node [fontname=\"Helvetica\", fontsize=10];", "  edge [fontname=\"Helvetica\", fontsize=9];"]
        let sessions = nodes.compactMap(\.session).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for (i, s) in sessions.enumerated() {
            out.append("  subgraph cluster_\(i) {")
            out.append("    label=\(q("session " + s));")
            for n in nodes where n.session == s {
                let style = n.unreachable ? ", style=filled, fillcolor=\"#f4cccc\", color=red" : ""
                out.append("    \(q(n.id)) [label=\(q(n.label)), shape=\(n.kind == .fallback ? "note" : "box")\(style)];")
            }
            out.append("  }")
        }
        for n in nodes where n.session == nil {
            out.append("  \(q(n.id)) [label=\(q(n.label)), shape=\(n.kind == .fact ? "ellipse" : "diamond")];")
        }
        for e in edges {
            out.append("  \(q(e.from)) -> \(q(e.to)) [label=\(q(e.label))\(e.dashed ? ", style=dashed" : "")];")
        }
        out.append("}")
        return out.joined(separator: "\n")
    }

    /// Mermaid flowchart.
    public func mermaid() -> String {
        var ids: [String: String] = [:]
        for (i, n) in nodes.enumerated() { ids[n.id] = "n\(i)" }
        func id(_ s: String) -> String { ids[s] ?? "missing_" + s.filter { $0.isLetter || $0.isNumber } }
        func label(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\n", with: "<br/>").replacingOccurrences(of: "\"", with: "#quot;") + "\"" }
        var out = ["flowchart LR"]
        let sessions = nodes.compactMap(\.session).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for (i, s) in sessions.enumerated() {
            out.append("  subgraph s\(i)[\(label("session " + s))]")
            for n in nodes where n.session == s {
                out.append("    \(id(n.id))[\(label(n.label))]")
            }
            out.append("  end")
        }
        for n in nodes where n.session == nil {
            out.append(n.kind == .fact ? "  \(id(n.id))([\(label(n.label))])" : "  \(id(n.id)){\(label(n.label))}")
        }
        for e in edges {
            let arrow = e.dashed ? "-.->" : "-->"
            out.append(e.label.isEmpty ? "  \(id(e.from)) \(arrow) \(id(e.to))" : "  \(id(e.from)) \(arrow)|\(label(e.label))| \(id(e.to))")
        }
        let unreachable = nodes.filter(\.unreachable).map { id($0.id) }
        if !unreachable.isEmpty {
            out.append("  classDef unreachable fill:#f4cccc,stroke:#c00")
            out.append("  class \(unreachable.joined(separator: ",")) unreachable")
        }
        return out.joined(separator: "\n")
    }
}
