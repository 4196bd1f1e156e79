extension MatchEngine {
    /// The candidate graph that ``candidateGraph(for:limit:progress:)``
    /// would build if some of `graph`'s seekers gained skills, made from
    /// `graph` without a pass over every pair.
    ///
    /// Only the changed seekers are scored against the posts. A gain in
    /// skills never lowers a seeker's score for a post nor makes a feasible
    /// pair infeasible, so a post's new best `k` are among its old best `k`
    /// and the changed seekers; every other seeker's best `k` and every
    /// post out of the changed seekers' reach keep their edges.
    ///
    /// - Parameters:
    ///   - graph: a graph this engine built.
    ///   - changed: new versions of some of the graph's seekers, by their
    ///     position; each differs from the old only in higher levels or more skills.
    /// - Returns: the graph of the changed batch, identical to a fresh one.
    /// - Complexity: O(changed × posts) pairs scored, plus O(edges).
    public func candidateGraph(_ graph: CandidateGraph, upgrading changed: [Int: Seeker]) -> CandidateGraph {
        precondition(changed.allSatisfy { Self.onlyGainsSkills(graph.seekers[$0.key], $0.value) }, "a change other than a gain in skills")
        var seekers = graph.seekers
        for (position, seeker) in changed { seekers[position] = seeker }
        let positions = changed.keys.sorted()
        let fresh = feasiblePairs(of: positions.map { seekers[$0] })
        let k: Int? = if case .perSide(let k) = graph.limit { k } else { nil }
        // Posts whose lists the change can reach: an old edge or a new pair of a changed seeker.
        var touched = [Bool](repeating: false, count: posts.count)
        for pairs in fresh { for entry in pairs { touched[entry.post] = true } }
        for position in positions { for edge in graph.edges(ofSeeker: position) { touched[edge.post] = true } }
        var isChanged = [Bool](repeating: false, count: seekers.count)
        for position in positions { isChanged[position] = true }

        // A touched post's new best k: among its old edges from unchanged seekers, and the changed seekers' pairs.
        var incoming: [Int: [GraphEntry]] = [:]
        if k != nil {
            for s in seekers.indices where !isChanged[s] {
                for index in graph.edgeStart[s]..<graph.edgeStart[s + 1] where touched[graph.edges[index].post] {
                    incoming[graph.edges[index].post, default: []].append(GraphEntry(graph, index))
                }
            }
            for (offset, pairs) in fresh.enumerated() {
                for entry in pairs { incoming[entry.post, default: []].append(entry.moved(to: positions[offset])) }
            }
        }
        let postsBest = incoming.mapValues { entries in
            Set(entries.sorted { $0.ranksAbove($1, byPost: false, seekers: seekers) }.prefix(k ?? 0).map(\.seeker))
        }
        func keeps(_ entry: GraphEntry, rankInSeeker: Int) -> Bool {
            guard let k else { return true }
            return rankInSeeker < k || (postsBest[entry.post]?.contains(entry.seeker) ?? false)
        }

        var builder = GraphBuilder(edges: graph.edges.count + fresh.reduce(0) { $0 + $1.count }, seekers: seekers.count)
        var freshByPosition = Dictionary(uniqueKeysWithValues: zip(positions, fresh))
        for s in seekers.indices {
            if isChanged[s], let pairs = freshByPosition.removeValue(forKey: s) {
                let ordered = pairs.map { $0.moved(to: s) }.sorted { $0.ranksAbove($1, byPost: true, posts: posts) }
                for (rank, entry) in ordered.enumerated() where keeps(entry, rankInSeeker: rank) {
                    builder.append(entry)
                }
            } else {
                for (rank, index) in (graph.edgeStart[s]..<graph.edgeStart[s + 1]).enumerated() {
                    let entry = GraphEntry(graph, index)
                    if !touched[entry.post] || keeps(entry, rankInSeeker: rank) {
                        builder.append(entry)
                    }
                }
            }
            builder.endSeeker()
        }
        return builder.graph(seekers: seekers, posts: posts, like: graph)
    }

    /// Whether `new` is `old` with only higher skill levels or more skills.
    static func onlyGainsSkills(_ old: Seeker, _ new: Seeker) -> Bool {
        var stripped = new
        stripped.skills = old.skills
        let before = Dictionary(uniqueKeysWithValues: old.skills.map { ($0.skill, $0.level) })
        return stripped == old && before.allSatisfy { skill, level in new.skills.contains { $0.skill == skill && $0.level >= level } }
    }
}
