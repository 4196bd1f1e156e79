/// A candidate graph's edge numbers grouped by post, in seeker order: what
/// each post chooses among.
struct IncomingEdges: Sendable {
    /// `edges[start[p] ..< start[p + 1]]` are post `p`'s.
    private let start: [Int]
    /// Edge numbers grouped by post.
    private let edges: [Int32]

    /// - Complexity: O(edges + posts).
    init(_ graph: CandidateGraph) {
        precondition(graph.edges.count <= Int(Int32.max), "too many edges for 32-bit edge numbers")
        var start = [Int](repeating: 0, count: graph.posts.count + 1)
        for edge in graph.edges { start[edge.post + 1] += 1 }
        for post in graph.posts.indices { start[post + 1] += start[post] }
        var next = start
        var edges = [Int32](repeating: 0, count: graph.edges.count)
        for (number, edge) in graph.edges.enumerated() {
            edges[next[edge.post]] = Int32(number)
            next[edge.post] += 1
        }
        self.start = start
        self.edges = edges
    }

    /// The numbers of post `post`'s edges.
    subscript(post: Int) -> ArraySlice<Int32> { edges[start[post]..<start[post + 1]] }
}
