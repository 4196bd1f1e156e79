extension FairReranking {
    /// The unconstrained ranking: the groups' lists merged by score, then id
    /// bytes, then group index, cut at `k`.
    ///
    /// - Parameters:
    ///   - groups: One list per group, each best first.
    ///   - k: How many places to fill, at least 0.
    /// - Returns: min(`k`, total) picks.
    /// - Complexity: O(k·g), g the number of groups.
    public static func unconstrained(groups: [[FairCandidate]], k: Int) -> [FairPick] {
        precondition(k >= 0, "k = \(k) must be at least 0")
        var heads = groups.indices.filter { !groups[$0].isEmpty }.map { RankedCandidate(groups, group: $0, position: 0) }
        var picks: [FairPick] = []
        picks.reserveCapacity(min(k, groups.reduce(0) { $0 + $1.count }))
        while picks.count < k, let best = heads.indices.min(by: { heads[$0].ranks(before: heads[$1]) }) {
            let pick = heads[best].pick
            picks.append(pick)
            if pick.position + 1 < groups[pick.group].count {
                heads[best] = RankedCandidate(groups, group: pick.group, position: pick.position + 1)
            } else {
                heads.remove(at: best)
            }
        }
        return picks
    }
}
