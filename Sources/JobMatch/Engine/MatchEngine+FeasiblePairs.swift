extension MatchEngine {
    /// Every feasible pair of each of `seekers` (valid ones) with the
    /// engine's posts, with its score and both sides' preference scores.
    func feasiblePairs(of seekers: [Seeker]) -> [[GraphEntry]] {
        guard !seekers.isEmpty else { return [] }
        let evaluator = evaluator(for: seekers, weights: configuration.weights, includesBonus: true)
        let preferences = preferences(of: evaluator)
        let consumers = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
            .sweep(.posts).run { _ in
                CandidateConsumer(
                    evaluator: evaluator, seekerSide: preferences.seekerSide, postSide: preferences.postSide, k: nil,
                    tileRows: options.tileRows)
            }
        var pairs = [[GraphEntry]](repeating: [], count: seekers.count)
        for edge in consumers.lazy.flatMap(\.blocks).joined() {
            let s = Int(edge.seeker)
            pairs[s].append(GraphEntry(
                seeker: s, post: evaluator.posts.inputIndex[Int(edge.post)], score: edge.score,
                seekerPreference: edge.seekerPreference, postPreference: edge.postPreference))
        }
        return pairs
    }
}
