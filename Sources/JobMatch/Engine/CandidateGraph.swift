/// The feasible pairs assignment chooses from, with their scores.
///
/// Built by ``MatchEngine/candidateGraph(for:limit:)`` in one tiled pass:
/// for each seeker its best `k` feasible posts and for each post its best
/// `k` feasible seekers (the union), or every feasible pair. Seekers and
/// posts are referred to by their position in the batch and in the engine.
public struct CandidateGraph: Sendable {
    /// The seekers, in batch order.
    public let seekers: [Seeker]
    /// The posts, in the engine's order.
    public let posts: [Post]
    /// The candidate pairs, ordered by seeker, then by descending score,
    /// then by post id.
    public let edges: [Edge]
    /// `edges[edgeStart[s] ..< edgeStart[s + 1]]` are seeker `s`'s.
    public let edgeStart: [Int]
    /// For each edge, the score seekers rank posts by in stable matching:
    /// SCORING.md's two-sided seeker weights, no bonus.
    public let seekerPreference: [Double]
    /// For each edge, the score posts rank seekers by in stable matching:
    /// the post weights plus the bonus.
    public let postPreference: [Double]
    /// How many candidates each side kept.
    public let limit: CandidateLimit
    /// The seekers of the batch that were left out, each with every problem.
    public var rejected: [RecordError] = []

    /// One candidate pair.
    public struct Edge: Sendable, Hashable {
        /// The seeker's position in ``CandidateGraph/seekers``.
        public let seeker: Int
        /// The post's position in ``CandidateGraph/posts``.
        public let post: Int
        /// The pair's score (SCORING.md, bonus included).
        public let score: Double
    }

    /// The edges of seeker `s`.
    public func edges(ofSeeker s: Int) -> ArraySlice<Edge> { edges[edgeStart[s]..<edgeStart[s + 1]] }
}

/// How many candidates each side keeps.
public enum CandidateLimit: Sendable, Hashable {
    /// Each seeker's best `k` posts and each post's best `k` seekers.
    case perSide(Int)
    /// Every feasible pair.
    case all
}
