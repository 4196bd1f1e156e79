@testable import JobMatch
@testable import JobMatchModel

/// The stable and greedy modes written plainly from their definitions, and a
/// search for blocking pairs: what the engine's versions must agree with.
enum ReferenceAssignment {
    /// Whether seeker-side preferences rank edge `a` above edge `b` of the same seeker.
    static func seekerPrefers(_ a: Int, _ b: Int, in graph: CandidateGraph) -> Bool {
        let x = graph.seekerPreference[a], y = graph.seekerPreference[b]
        return x != y ? x > y : ByteOrder.precedes(graph.posts[graph.edges[a].post].id, graph.posts[graph.edges[b].post].id)
    }

    /// Whether post-side preferences rank edge `a` above edge `b` of the same post.
    static func postPrefers(_ a: Int, _ b: Int, in graph: CandidateGraph) -> Bool {
        let x = graph.postPreference[a], y = graph.postPreference[b]
        return x != y ? x > y : ByteOrder.precedes(graph.seekers[graph.edges[a].seeker].id, graph.seekers[graph.edges[b].seeker].id)
    }

    /// Seeker-proposing deferred acceptance: a queue of free seekers, each
    /// proposing to its next post; a post keeps its best `openings` proposals.
    static func deferredAcceptance(_ graph: CandidateGraph) -> Set<CandidateGraph.Edge> {
        let lists = graph.seekers.indices.map { seeker in
            Array(graph.edgeStart[seeker]..<graph.edgeStart[seeker + 1]).sorted { seekerPrefers($0, $1, in: graph) }
        }
        var next = [Int](repeating: 0, count: graph.seekers.count)
        var held = [[Int]](repeating: [], count: graph.posts.count)
        var free = Array(graph.seekers.indices)
        while !free.isEmpty {
            let seeker = free.removeFirst()
            guard next[seeker] < lists[seeker].count else { continue }
            let edge = lists[seeker][next[seeker]]
            next[seeker] += 1
            let post = graph.edges[edge].post
            held[post].append(edge)
            held[post].sort { postPrefers($0, $1, in: graph) }
            if held[post].count > graph.posts[post].openings {
                free.append(graph.edges[held[post].removeLast()].seeker)
            }
        }
        return Set(held.joined().map { graph.edges[$0] })
    }

    /// Edges by score, descending, equal scores by seeker id then post id,
    /// each taken while its seeker is free and its post has an opening.
    static func greedy(_ graph: CandidateGraph) -> Set<CandidateGraph.Edge> {
        let order = graph.edges.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let x = graph.seekers[a.seeker].id, y = graph.seekers[b.seeker].id
            if x != y { return ByteOrder.precedes(x, y) }
            return ByteOrder.precedes(graph.posts[a.post].id, graph.posts[b.post].id)
        }
        var placed: Set<Int> = []
        var openings = graph.posts.map(\.openings)
        var taken: Set<CandidateGraph.Edge> = []
        for edge in order where !placed.contains(edge.seeker) && openings[edge.post] > 0 {
            placed.insert(edge.seeker)
            openings[edge.post] -= 1
            taken.insert(edge)
        }
        return taken
    }

    /// Every edge whose seeker prefers its post to what it holds (or holds
    /// nothing) and whose post has a free opening or prefers the seeker to
    /// one of its holders.
    static func blockingPairs(_ assignment: Assignment, in graph: CandidateGraph) -> [CandidateGraph.Edge] {
        let number = Dictionary(uniqueKeysWithValues: graph.edges.enumerated().map { ($1, $0) })
        var held: [Int: Int] = [:]
        var holders = [[Int]](repeating: [], count: graph.posts.count)
        for placement in assignment.placements {
            held[placement.seeker] = number[placement]!
            holders[placement.post].append(number[placement]!)
        }
        return graph.edges.indices.filter { edge in
            let seeker = graph.edges[edge].seeker, post = graph.edges[edge].post
            guard held[seeker] != edge else { return false }
            let seekerWants = held[seeker].map { seekerPrefers(edge, $0, in: graph) } ?? true
            let postWants = holders[post].count < graph.posts[post].openings
                || holders[post].contains { postPrefers(edge, $0, in: graph) }
            return seekerWants && postWants
        }.map { graph.edges[$0] }
    }
}
