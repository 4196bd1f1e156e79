extension FairReranking {
    /// FA*IR's re-ranking (Zehlike et al., CIKM 2017): the two lists merged
    /// by score, except that a protected candidate moves up wherever a prefix
    /// would otherwise hold fewer than `table` asks for.
    ///
    /// Place i takes the next protected candidate while the protected placed
    /// so far are fewer than `table.minimumProtected[i]` (the next other one
    /// once the protected run out), and otherwise the better of the two heads.
    ///
    /// The result depends only on each list's first `table.k` candidates, so
    /// callers may pass each group's best k instead of every feasible
    /// candidate: the walk reads a list only at its head, and a list's head
    /// is at most its k-th candidate while fewer than k places are filled.
    ///
    /// - Parameters:
    ///   - protected: The protected group's list, best first (group 0 in the picks).
    ///   - others: Everyone else's list, best first (group 1 in the picks).
    ///   - table: The table every prefix must pass.
    /// - Returns: min(`table.k`, total) picks. When the protected candidates
    ///   run out the later prefixes hold all of them and may fall short of the table.
    /// - Complexity: O(k).
    public static func fair(protected: [FairCandidate], others: [FairCandidate], table: FairnessTable) -> [FairPick] {
        let groups = [protected, others]
        let length = min(table.k, protected.count + others.count)
        var picks: [FairPick] = []
        picks.reserveCapacity(length)
        var next = [0, 0]
        for place in 0..<length {
            let group: Int
            if next[0] == protected.count {
                group = 1
            } else if next[1] == others.count || next[0] < table.minimumProtected[place] {
                group = 0
            } else {
                let protectedHead = RankedCandidate(groups, group: 0, position: next[0])
                let otherHead = RankedCandidate(groups, group: 1, position: next[1])
                group = protectedHead.ranks(before: otherHead) ? 0 : 1
            }
            picks.append(FairPick(group: group, position: next[group]))
            next[group] += 1
        }
        return picks
    }
}
