/// One entry of a bounded top-k list: the score and the other side of the pair.
struct Candidate: Sendable, Hashable {
    /// The exact float64 score.
    var total: Double
    /// The other side's position in byte-wise id order; ties go to the lower.
    var ordinal: Int32
    /// The other side's row.
    var index: Int32

    /// Whether `self` ranks below `other`: a lower score, or the same score
    /// and a later id.
    @inline(__always)
    func ranksBelow(_ other: Candidate) -> Bool {
        total < other.total || (total == other.total && ordinal > other.ordinal)
    }
}
