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
    public var rejected: [RecordError]
    /// Each seeker's place in byte-wise id order, for breaking ties.
    let seekerOrdinal: [Int32]
    /// Each post's place in byte-wise id order, for breaking ties.
    let postOrdinal: [Int32]

    /// A graph of `edges`, which must be ordered as ``edges`` says.
    ///
    /// - Parameter ordinals: the seekers' and posts' places in byte-wise id
    ///   order where the caller holds them already; else they are computed.
    init(
        seekers: [Seeker], posts: [Post], edges: [Edge], edgeStart: [Int], seekerPreference: [Double],
        postPreference: [Double], limit: CandidateLimit, rejected: [RecordError] = [],
        ordinals: (seekers: [Int32], posts: [Int32])? = nil
    ) {
        self.seekers = seekers
        self.posts = posts
        self.edges = edges
        self.edgeStart = edgeStart
        self.seekerPreference = seekerPreference
        self.postPreference = postPreference
        self.limit = limit
        self.rejected = rejected
        seekerOrdinal = ordinals?.seekers ?? ByteOrder.ordinals(of: seekers.map(\.id))
        postOrdinal = ordinals?.posts ?? ByteOrder.ordinals(of: posts.map(\.id))
    }

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
