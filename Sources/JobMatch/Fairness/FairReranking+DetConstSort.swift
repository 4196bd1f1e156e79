extension FairReranking {
    /// A ranking in which every group holds its share of every prefix:
    /// DetConstSort (Geyik, Ambler and Kenthapadi, "Fairness-Aware Ranking in
    /// Search & Recommendation Systems with Application to LinkedIn Talent
    /// Search", KDD 2019, Algorithm 3), adapted so that a ranking that already
    /// meets the shares comes back unchanged.
    ///
    /// Every prefix of length j ≤ k holds at least
    /// min(⌊`shares[i]` × j⌋, `groups[i].count`) candidates of group i (the
    /// product in `Double`), and each group keeps its own order.
    ///
    /// DetConstSort works in rounds r = 1, 2, …: in round r each group holding
    /// fewer than ⌊share × r⌋ candidates claims one more place; the claims are
    /// served best candidate first, each candidate is appended and then moved
    /// up past every worse candidate that can go one place down without
    /// passing its deadline. Here:
    /// - The share no group holds (1 − the sum of `shares`), and the claims of
    ///   groups that have run out, claim places for the best remaining
    ///   candidate of any group, so every place gets filled.
    /// - A candidate's deadline is the shortest prefix up to k that owes its
    ///   group that many candidates (for one placed by its group's claim,
    ///   the round, as in the paper); a candidate that no such prefix needs
    ///   has none.
    /// - The rounds go on until each group's first k candidates are placed,
    ///   and the first k places are returned.
    ///
    /// Why it keeps the floors: no round claims more places than
    /// Σ ⌊share × r⌋ ≤ r, so each candidate arrives within its deadline, and
    /// moves keep every candidate within its own. Why a list that already
    /// meets the floors comes back unchanged (the paper's version does not:
    /// with shares 0.2 and 0.8 and k = 2 it gives the 0.8 group both places,
    /// the 0.2 group's first claim coming in round 5): if the unconstrained
    /// first k meet the floors, the score order of any set of candidates puts
    /// each within its deadline, so each new candidate moves up to its place
    /// in score order and the walk ends with the unconstrained ranking. With
    /// every share 0 nothing has a deadline and the result is
    /// ``unconstrained(groups:k:)``.
    ///
    /// The result depends only on each group's first k candidates, so callers
    /// may pass each group's best k instead of every feasible candidate: the
    /// walk reads no others, and none could be returned, since a group's
    /// (k + 1)-th candidate ranks behind k of its own.
    ///
    /// - Parameters:
    ///   - groups: One list per group, each best first.
    ///   - shares: One share per group, each in [0, 1], summing to at most 1
    ///     (up to 10⁻⁹ of rounding). "Everyone else" may be a group with
    ///     share 0, its places then coming from the share left over, or with
    ///     the share left over, which also guarantees it that share.
    ///   - k: How many places to fill, at least 0.
    /// - Returns: min(`k`, total) picks.
    /// - Complexity: O(n·(g + n)) in the worst case, n the number of
    ///   candidates among the groups' first k and g the number of groups;
    ///   a candidate's moves stop at the first better one above it.
    public static func representative(groups: [[FairCandidate]], shares: [Double], k: Int) -> [FairPick] {
        precondition(shares.count == groups.count, "\(shares.count) shares for \(groups.count) groups")
        precondition(k >= 0, "k = \(k) must be at least 0")
        precondition(shares.allSatisfy { (0...1).contains($0) }, "shares \(shares) must each be in [0, 1]")
        let assigned = shares.reduce(0, +)
        precondition(assigned <= 1 + 1e-9, "shares \(shares) sum to \(assigned), more than 1")
        let floors = shares.map(ShareFloor.init)
        let leftOver = ShareFloor(share: max(0, 1 - assigned))
        let deadlines = floors.map { $0.deadlines(upTo: k) }
        let limits = groups.map { min($0.count, k) }
        let total = limits.reduce(0, +)

        var ranking = DeadlineRanking()
        var placed = [Int](repeating: 0, count: groups.count)
        var round = 0
        while ranking.entries.count < total {
            round += 1
            var claims = groups.indices.filter {
                placed[$0] < limits[$0] && placed[$0] < floors[$0].owed(inPrefix: round)
            }
            let owed = floors.reduce(leftOver.owed(inPrefix: round)) { $0 + $1.owed(inPrefix: round) }
            var open = max(0, owed - ranking.entries.count - claims.count)
            while !claims.isEmpty || open > 0 {
                let eligible = open > 0 ? groups.indices.filter { placed[$0] < limits[$0] } : claims
                let heads = eligible.map { RankedCandidate(groups, group: $0, position: placed[$0]) }
                guard let best = heads.min(by: { $0.ranks(before: $1) }) else { break }
                let group = best.pick.group
                if let claim = claims.firstIndex(of: group) {
                    claims.remove(at: claim)
                } else {
                    open -= 1
                }
                let position = placed[group]
                placed[group] += 1
                ranking.insert(best, deadline: position < deadlines[group].count ? deadlines[group][position] : .max)
            }
        }
        return ranking.entries.prefix(k).map(\.candidate.pick)
    }
}
