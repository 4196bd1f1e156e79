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
        let fresh = scoredPairs(of: positions.map { seekers[$0] })
        let k: Int? = if case .perSide(let k) = graph.limit { k } else { nil }
        // Posts whose lists the change can reach: an old edge or a new pair of a changed seeker.
        var touched = Set(fresh.flatMap { $0.map(\.post) })
        for position in positions { touched.formUnion(graph.edges(ofSeeker: position).map(\.post)) }

        // A touched post's new best k: among its old edges from unchanged seekers, and the changed seekers' pairs.
        var incoming: [Int: [Entry]] = [:]
        if k != nil {
            for s in seekers.indices where changed[s] == nil {
                for index in graph.edgeStart[s]..<graph.edgeStart[s + 1] where touched.contains(graph.edges[index].post) {
                    incoming[graph.edges[index].post, default: []].append(Entry(graph, index))
                }
            }
            for (offset, pairs) in fresh.enumerated() {
                for entry in pairs { incoming[entry.post, default: []].append(entry.moved(to: positions[offset])) }
            }
        }
        let postsBest = incoming.mapValues { entries in
            Set(entries.sorted { $0.ranksAbove($1, byPost: false, seekers: seekers) }.prefix(k ?? 0).map(\.seeker))
        }
        func keeps(_ entry: Entry, rankInSeeker: Int) -> Bool {
            guard let k else { return true }
            return rankInSeeker < k || (postsBest[entry.post]?.contains(entry.seeker) ?? false)
        }

        var edges: [CandidateGraph.Edge] = [], seekerPreference: [Double] = [], postPreference: [Double] = []
        var edgeStart = [0]
        var freshByPosition = Dictionary(uniqueKeysWithValues: zip(positions, fresh))
        for s in seekers.indices {
            if let pairs = freshByPosition.removeValue(forKey: s) {
                let ordered = pairs.map { $0.moved(to: s) }.sorted { $0.ranksAbove($1, byPost: true, posts: posts) }
                for (rank, entry) in ordered.enumerated() where keeps(entry, rankInSeeker: rank) {
                    entry.append(to: &edges, &seekerPreference, &postPreference)
                }
            } else {
                for (rank, index) in (graph.edgeStart[s]..<graph.edgeStart[s + 1]).enumerated() {
                    let entry = Entry(graph, index)
                    if !touched.contains(entry.post) || keeps(entry, rankInSeeker: rank) {
                        entry.append(to: &edges, &seekerPreference, &postPreference)
                    }
                }
            }
            edgeStart.append(edges.count)
        }
        return CandidateGraph(
            seekers: seekers, posts: posts, edges: edges, edgeStart: edgeStart, seekerPreference: seekerPreference,
            postPreference: postPreference, limit: graph.limit, rejected: graph.rejected)
    }

    /// Every feasible pair of each of `seekers` (valid ones) with the
    /// engine's posts, with its score and both sides' preference scores.
    private func scoredPairs(of seekers: [Seeker]) -> [[Entry]] {
        guard !seekers.isEmpty else { return [] }
        let evaluator = evaluator(for: seekers, weights: configuration.weights, includesBonus: true)
        let seekerSide = evaluator.with(weights: configuration.seekerPreferenceWeights, includesBonus: false)
        let postSide = evaluator.with(weights: configuration.postPreferenceWeights, includesBonus: true)
        let consumers = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
            .sweep(.posts).run { _ in CandidateConsumer(evaluator: evaluator, k: nil, tileRows: options.tileRows) }
        var pairs = [[Entry]](repeating: [], count: seekers.count)
        for edge in consumers.flatMap(\.edges) {
            let (s, p) = (Int(edge.seeker), Int(edge.post))
            pairs[s].append(Entry(
                seeker: s, post: evaluator.posts.inputIndex[p], score: edge.score,
                seekerPreference: seekerSide.exactScore(seeker: s, post: p)!.total,
                postPreference: postSide.exactScore(seeker: s, post: p)!.total))
        }
        return pairs
    }

    /// Whether `new` is `old` with only higher skill levels or more skills.
    static func onlyGainsSkills(_ old: Seeker, _ new: Seeker) -> Bool {
        var stripped = new
        stripped.skills = old.skills
        let before = Dictionary(uniqueKeysWithValues: old.skills.map { ($0.skill, $0.level) })
        return stripped == old && before.allSatisfy { skill, level in new.skills.contains { $0.skill == skill && $0.level >= level } }
    }
}

/// A pair of a candidate graph with its three scores.
private struct Entry {
    var seeker: Int
    var post: Int
    var score: Double
    var seekerPreference: Double
    var postPreference: Double

    init(seeker: Int, post: Int, score: Double, seekerPreference: Double, postPreference: Double) {
        (self.seeker, self.post, self.score, self.seekerPreference, self.postPreference) =
            (seeker, post, score, seekerPreference, postPreference)
    }

    /// Edge `index` of `graph`.
    init(_ graph: CandidateGraph, _ index: Int) {
        let edge = graph.edges[index]
        self.init(
            seeker: edge.seeker, post: edge.post, score: edge.score, seekerPreference: graph.seekerPreference[index],
            postPreference: graph.postPreference[index])
    }

    func moved(to seeker: Int) -> Entry {
        var entry = self
        entry.seeker = seeker
        return entry
    }

    /// Better score first; equal scores by the other side's id, byte-wise.
    func ranksAbove(_ other: Entry, byPost: Bool, seekers: [Seeker] = [], posts: [Post] = []) -> Bool {
        guard score == other.score else { return score > other.score }
        return byPost
            ? ByteOrder.precedes(posts[post].id, posts[other.post].id)
            : ByteOrder.precedes(seekers[seeker].id, seekers[other.seeker].id)
    }

    func append(to edges: inout [CandidateGraph.Edge], _ seekerPreference: inout [Double], _ postPreference: inout [Double]) {
        edges.append(CandidateGraph.Edge(seeker: seeker, post: post, score: score))
        seekerPreference.append(self.seekerPreference)
        postPreference.append(self.postPreference)
    }
}
