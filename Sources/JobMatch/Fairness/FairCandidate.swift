/// One candidate of a group's list, as the fair rankings read it.
///
/// A group's list is given best first: score descending, equal scores by id
/// in ascending UTF-8 byte order. Scores are not NaN.
public struct FairCandidate: Sendable, Hashable {
    /// The candidate's id; ids are meant to be unique across all groups.
    public var id: String
    /// The candidate's score: higher is better.
    public var score: Double

    /// A candidate `id` with `score`.
    public init(id: String, score: Double) {
        self.id = id
        self.score = score
    }
}
