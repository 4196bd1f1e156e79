extension MatchEngine {
    /// Which hard rules each pair of `seekers` and the engine's posts breaks,
    /// summed up per post and per seeker, with the near misses.
    ///
    /// Seekers that break a rule of the model are left out, as in ranking.
    ///
    /// - Complexity: one pass over every pair, without skill parts: a pair
    ///   in a run of posts beyond the seeker's reach is tested until a rule
    ///   other than distance breaks, any other pair until two rules break.
    public func ruleBreakdown(for seekers: [Seeker], progress: (@Sendable (Double) -> Void)? = nil) -> RuleBreakdown {
        let batch = SeekerBatch(seekers, taxonomy: taxonomy)
        let evaluator = evaluator(for: batch.valid, weights: configuration.weights, includesBonus: true)
        let skillCount = taxonomy.skills.count
        var options = options
        options.skillKernel = .sparse
        let consumers = TiledScorer(evaluator: evaluator, options: options, kernel: .sparse)
            .sweep(.posts, progress: progress)
            .run { _ in RuleConsumer(evaluator: evaluator, skillCount: skillCount) }
        let ruleCount = FeasibilityRule.allCases.count
        let postCount = evaluator.posts.count
        var feasibleSeekers = [Int](repeating: 0, count: postCount)
        var onlyBroken = [Int](repeating: 0, count: postCount * ruleCount)
        var feasiblePosts = [Int](repeating: 0, count: batch.valid.count)
        var nearest = [Double](repeating: .infinity, count: batch.valid.count)
        var nearMisses: [(seeker: Int, post: Int)] = []
        let inputIndex = evaluator.posts.inputIndex
        for consumer in consumers {
            for post in 0..<postCount {
                feasibleSeekers[inputIndex[post]] += Int(consumer.feasibleSeekers[post])
                for rule in 0..<ruleCount {
                    onlyBroken[inputIndex[post] * ruleCount + rule] += Int(consumer.binding[post * ruleCount + rule])
                }
            }
            for seeker in 0..<batch.valid.count {
                feasiblePosts[seeker] += Int(consumer.feasiblePosts[seeker])
                nearest[seeker] = min(nearest[seeker], consumer.nearestFeasibleKm[seeker])
            }
            nearMisses += consumer.nearMisses.map { (Int($0.seeker), inputIndex[Int($0.post)]) }
        }
        nearMisses.sort { ($0.seeker, $0.post) < ($1.seeker, $1.post) }
        return RuleBreakdown(
            seekers: batch.valid, feasibleSeekers: feasibleSeekers, feasiblePosts: feasiblePosts,
            nearestFeasibleKm: nearest.map { $0.isFinite ? $0 : nil }, nearMisses: nearMisses, onlyBroken: onlyBroken)
    }
}
