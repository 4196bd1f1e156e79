extension MatchEngine {
    /// Every feasible pair of each of `seekers` (valid ones) with the
    /// engine's posts, with its score and both sides' preference scores.
    func feasiblePairs(of seekers: [Seeker]) -> [[GraphEntry]] {
        guard !seekers.isEmpty else { return [] }
        let evaluator = evaluator(for: seekers, weights: configuration.weights, includesBonus: true)
        let seekerSide = evaluator.with(weights: configuration.seekerPreferenceWeights, includesBonus: false)
        let postSide = evaluator.with(weights: configuration.postPreferenceWeights, includesBonus: true)
        let consumers = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
            .sweep(.posts).run { _ in CandidateConsumer(evaluator: evaluator, k: nil, tileRows: options.tileRows) }
        var pairs = [[GraphEntry]](repeating: [], count: seekers.count)
        for edge in consumers.flatMap(\.edges) {
            let (s, p) = (Int(edge.seeker), Int(edge.post))
            pairs[s].append(GraphEntry(
                seeker: s, post: evaluator.posts.inputIndex[p], score: edge.score,
                seekerPreference: seekerSide.exactScore(seeker: s, post: p)!.total,
                postPreference: postSide.exactScore(seeker: s, post: p)!.total))
        }
        return pairs
    }
}
