/// A pair of a candidate graph with its three scores, for graphs updated
/// without a pass over every pair.
struct GraphEntry {
    var seeker: Int
    var post: Int
    var score: Double
    var seekerPreference: Double
    var postPreference: Double

    init(seeker: Int, post: Int, score: Double, seekerPreference: Double, postPreference: Double) {
        (self.seeker, self.post, self.score, self.seekerPreference, self.postPreference) =
            (seeker, post, score, seekerPreference, postPreference)
    }

    /// Edge `index` of `graph`.
    init(_ graph: CandidateGraph, _ index: Int) {
        let edge = graph.edges[index]
        self.init(
            seeker: edge.seeker, post: edge.post, score: edge.score, seekerPreference: graph.seekerPreference[index],
            postPreference: graph.postPreference[index])
    }

    func moved(to seeker: Int) -> GraphEntry {
        var entry = self
        entry.seeker = seeker
        return entry
    }

    /// Better score first; equal scores by the other side's id, byte-wise.
    func ranksAbove(_ other: GraphEntry, byPost: Bool, seekers: [Seeker] = [], posts: [Post] = []) -> Bool {
        guard score == other.score else { return score > other.score }
        return byPost
            ? ByteOrder.precedes(posts[post].id, posts[other.post].id)
            : ByteOrder.precedes(seekers[seeker].id, seekers[other.seeker].id)
    }

}

/// A candidate graph's edge lists, built seeker by seeker.
struct GraphBuilder {
    private var edges: [CandidateGraph.Edge] = []
    private var seekerPreference: [Double] = []
    private var postPreference: [Double] = []
    private var edgeStart = [0]

    /// Room for `edges` edges of `seekers` seekers.
    init(edges: Int, seekers: Int) {
        self.edges.reserveCapacity(edges)
        seekerPreference.reserveCapacity(edges)
        postPreference.reserveCapacity(edges)
        edgeStart.reserveCapacity(seekers + 1)
    }

    /// Adds an edge of the current seeker.
    mutating func append(_ entry: GraphEntry) {
        edges.append(CandidateGraph.Edge(seeker: entry.seeker, post: entry.post, score: entry.score))
        seekerPreference.append(entry.seekerPreference)
        postPreference.append(entry.postPreference)
    }

    /// Ends the current seeker's edges; the next are the next seeker's.
    mutating func endSeeker() { edgeStart.append(edges.count) }

    /// The graph of these edges, `like` in its limit and rejected seekers.
    func graph(seekers: [Seeker], posts: [Post], like old: CandidateGraph) -> CandidateGraph {
        graph(seekers: seekers, posts: posts, limit: old.limit, rejected: old.rejected)
    }

    /// The graph of these edges; `ordinals`, when known, are the seekers'
    /// and posts' places in byte-wise id order.
    func graph(
        seekers: [Seeker], posts: [Post], limit: CandidateLimit, rejected: [RecordError],
        ordinals: (seekers: [Int32], posts: [Int32])? = nil
    ) -> CandidateGraph {
        CandidateGraph(
            seekers: seekers, posts: posts, edges: edges, edgeStart: edgeStart, seekerPreference: seekerPreference,
            postPreference: postPreference, limit: limit, rejected: rejected, ordinals: ordinals)
    }
}
