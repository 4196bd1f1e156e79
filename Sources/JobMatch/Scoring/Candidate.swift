/// One entry of a bounded top-k list: the exact score with its parts, and
/// the other side of the pair.
///
/// The parts travel with the entry, so that reading a list never scores a
/// pair again.
struct Candidate: Sendable, Hashable, HeapEntry {
    /// The exact float64 score and its parts.
    var score: PairScore
    /// The other side's position in byte-wise id order; ties go to the lower.
    var ordinal: Int32
    /// The other side's row.
    var index: Int32

    /// The exact total.
    @inline(__always)
    var total: Double { score.total }

    /// Whether `self` ranks below `other`: a lower score, or the same score
    /// and a later id.
    @inline(__always)
    func ranksBelow(_ other: Candidate) -> Bool {
        total < other.total || (total == other.total && ordinal > other.ordinal)
    }

    /// A placeholder for slots not yet filled.
    static let empty = Candidate(
        score: PairScore(total: 0, skill: 0, geo: 0, wage: 0, bonus: 0, distanceKm: 0), ordinal: 0, index: 0)
}

/// A list entry with its total alone: for the posts' lists of a candidate
/// graph, which are many and only partly kept, so that they stay small.
struct ScoredOther: Sendable, Hashable, HeapEntry {
    /// The exact float64 score.
    var total: Double
    /// The other side's position in byte-wise id order; ties go to the lower.
    var ordinal: Int32
    /// The other side's row.
    var index: Int32

    @inline(__always)
    func ranksBelow(_ other: ScoredOther) -> Bool {
        total < other.total || (total == other.total && ordinal > other.ordinal)
    }

    /// A placeholder for slots not yet filled.
    static let empty = ScoredOther(total: 0, ordinal: 0, index: 0)
}
