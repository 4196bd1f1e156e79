/// Which hard rules keep seekers and posts apart, pair by pair, summed up:
/// what stands in the way of a post no one can fill, whom a post is within
/// reach of, and which seekers training could qualify.
///
/// Made by ``MatchEngine/ruleBreakdown(for:progress:)`` in one tiled pass
/// over every pair. Seekers are the batch's valid ones, in batch order;
/// posts are in the engine's order.
public struct RuleBreakdown: Sendable {
    /// The seekers counted: the batch's valid ones.
    public let seekers: [Seeker]
    /// For each post, the seekers feasible for it.
    public let feasibleSeekers: [Int]
    /// For each seeker, the posts feasible for them.
    public let feasiblePosts: [Int]
    /// For each seeker, the distance to the nearest feasible post in km,
    /// or `nil` for a seeker with none.
    public let nearestFeasibleKm: [Double?]
    /// Pairs broken by mandatory requirements alone, each unmet level at
    /// most ``RuleBreakdown/nearMissGap`` short: (seeker, post) positions,
    /// by seeker then post.
    public let nearMisses: [(seeker: Int, post: Int)]
    /// Per post and rule (``FeasibilityRule`` order), the seekers for whom
    /// that rule is the only one the pair breaks.
    private let onlyBroken: [Int]

    /// How far below a mandatory level a near miss may be.
    public static var nearMissGap: Int { RuleConsumer.nearMissGap }

    init(
        seekers: [Seeker], feasibleSeekers: [Int], feasiblePosts: [Int], nearestFeasibleKm: [Double?],
        nearMisses: [(seeker: Int, post: Int)], onlyBroken: [Int]
    ) {
        self.seekers = seekers
        self.feasibleSeekers = feasibleSeekers
        self.feasiblePosts = feasiblePosts
        self.nearestFeasibleKm = nearestFeasibleKm
        self.nearMisses = nearMisses
        self.onlyBroken = onlyBroken
    }

    /// The seekers for whom `rule` is the only rule broken with post `post`:
    /// those that lifting `rule` alone would make feasible.
    public func seekers(breakingOnly rule: FeasibilityRule, post: Int) -> Int {
        onlyBroken[post * FeasibilityRule.allCases.count + FeasibilityRule.allCases.firstIndex(of: rule)!]
    }

    /// Every feasible pair.
    public var feasiblePairs: Int { feasibleSeekers.reduce(0, +) }
}
