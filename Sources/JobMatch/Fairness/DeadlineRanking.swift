/// A ranking under construction in which each candidate has a deadline, the
/// last place (counted from 1) it may take; DetConstSort's lists.
struct DeadlineRanking {
    /// The candidates in order, each with its deadline.
    private(set) var entries: [(candidate: RankedCandidate, deadline: Int)] = []

    /// Appends `candidate`, which may take no place after `deadline`, then
    /// moves it up past each candidate it ranks before whose deadline allows
    /// that candidate one place down.
    ///
    /// Every candidate stays within its deadline as long as each one
    /// inserted has a deadline past the current count.
    /// - Complexity: O(n), n the candidates held.
    mutating func insert(_ candidate: RankedCandidate, deadline: Int) {
        assert(deadline > entries.count, "a candidate inserted beyond its deadline")
        entries.append((candidate, deadline))
        var index = entries.count - 1
        // The candidate above would move to place index + 1.
        while index > 0, entries[index - 1].deadline > index, candidate.ranks(before: entries[index - 1].candidate) {
            entries.swapAt(index - 1, index)
            index -= 1
        }
    }
}
