extension FairnessTable {
    /// The probability that a ranking whose places are each protected with
    /// probability `p`, independently, fails `mtable`: that for some i its
    /// first i + 1 places hold fewer than `mtable[i]` protected candidates.
    ///
    /// This is the reference's failure probability (fairsearch-fair-java's
    /// `computeFailureProbability`), computed exactly by dynamic programming
    /// over the protected count so far, dropping each ranking at the first
    /// prefix it fails; counts of at least the table's largest entry fail no
    /// prefix and are kept as one. The reference sums over the blocks between
    /// the table's steps instead, which gives the same probability for the
    /// tables it accepts (steps of at most one).
    /// fairsearch-fair-python's version leaves out the table's last place, so
    /// its figures differ from these (and the Java port's) whenever the table
    /// steps up there.
    ///
    /// - Parameters:
    ///   - mtable: The fewest protected candidates for each prefix, any integers.
    ///   - p: The protected share, in [0, 1].
    /// - Returns: A probability in [0, 1]; 0 for an empty table.
    /// - Complexity: O(k·m) time and O(m) memory, k the table's length and m
    ///   its largest entry.
    public static func failureProbability(of mtable: [Int], p: Double) -> Double {
        precondition((0...1).contains(p), "p = \(p) must be in [0, 1]")
        let top = mtable.max() ?? 0
        guard top > 0 else { return 0 }
        let q = 1 - p
        // surviving[c]: the probability of c protected so far (c == top: at
        // least top) and no prefix failed yet; it is 0 below `lowest`.
        var surviving = [Double](repeating: 0, count: top + 1)
        surviving[0] = 1
        var lowest = 0
        var failure = 0.0
        for (index, required) in mtable.enumerated() {
            surviving[top] += p * surviving[top - 1]
            var count = min(index + 1, top - 1)
            while count > lowest {
                surviving[count] = q * surviving[count] + p * surviving[count - 1]
                count -= 1
            }
            if lowest < top { surviving[lowest] *= q }
            let failing = min(max(required, lowest), top)
            for failed in lowest..<failing {
                failure += surviving[failed]
                surviving[failed] = 0
            }
            lowest = failing
        }
        return failure
    }
}
