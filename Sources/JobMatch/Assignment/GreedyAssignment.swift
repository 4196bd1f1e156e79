/// Placements taken edge by edge, best score first, while the seeker is
/// free and the post has an opening.
enum GreedyAssignment {
    /// The numbers of the edges taken, ascending.
    ///
    /// Equal scores are taken in byte-wise order of seeker id, then post id.
    ///
    /// - Complexity: O(edges × log(edges)).
    static func placements(in graph: CandidateGraph) -> [Int] {
        let (seekerOrdinal, postOrdinal) = (graph.seekerOrdinal, graph.postOrdinal)
        // Score, then seeker id and post id packed in one integer: no two
        // edges tie, so the edge number that rides along is never compared.
        let order = graph.edges.indices.map { number in
            let edge = graph.edges[number]
            let ids = UInt64(seekerOrdinal[edge.seeker]) << 32 | UInt64(postOrdinal[edge.post])
            return (SortKey.descending(edge.score), ids, number)
        }.sorted(by: <)
        var openings = graph.posts.map(\.openings)
        var isPlaced = [Bool](repeating: false, count: graph.seekers.count)
        var taken: [Int] = []
        for (_, _, number) in order {
            let edge = graph.edges[number]
            guard !isPlaced[edge.seeker], openings[edge.post] > 0 else { continue }
            isPlaced[edge.seeker] = true
            openings[edge.post] -= 1
            taken.append(number)
        }
        return taken.sorted()
    }
}
