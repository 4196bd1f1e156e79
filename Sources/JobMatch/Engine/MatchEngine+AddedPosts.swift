extension MatchEngine {
    /// The candidate graph that ``candidateGraph(for:limit:progress:)``
    /// would build for `graph`'s seekers and this engine's posts, where
    /// `graph` holds only the first of them: posts added (a planned
    /// project), made without a pass over every pair.
    ///
    /// Only the added posts are scored against the seekers. Adding posts
    /// changes no old post's best `k`, and a seeker's new best `k` are among
    /// its old edges and its pairs with the added posts (whatever ranks above
    /// one of its new best `k` is one of them); an old edge that leaves the
    /// seeker's best `k` stays if it is among its post's best `k`.
    ///
    /// - Parameter graph: a graph of an engine with the same taxonomy,
    ///   configuration and options, whose posts are this engine's first
    ///   `graph.posts.count`, in order.
    /// - Returns: the graph with the added posts, identical to a fresh one.
    /// - Complexity: O(seekers × added posts) pairs scored, plus
    ///   O(edges × log edges) to order the lists.
    public func candidateGraph(extending graph: CandidateGraph) -> CandidateGraph {
        let first = graph.posts.count
        precondition(posts.count >= first && zip(graph.posts, posts).allSatisfy { $0.id == $1.id }, "not a graph of this engine's first posts")
        let seekers = graph.seekers
        var added = suffix(from: first).feasiblePairs(of: seekers)
        for s in added.indices { for i in added[s].indices { added[s][i].post += first } }
        guard case .perSide(let k) = graph.limit else {
            return merged(graph, added) { _, _ in true }
        }

        // Each post's best k: from its old edges for an old post, from the new pairs for an added one.
        var incoming = [[GraphEntry]](repeating: [], count: posts.count)
        for index in graph.edges.indices { incoming[graph.edges[index].post].append(GraphEntry(graph, index)) }
        for pairs in added { for entry in pairs { incoming[entry.post].append(entry) } }
        var isPostsBest = [Set<Int>](repeating: [], count: posts.count)
        for post in incoming.indices where !incoming[post].isEmpty {
            let best = incoming[post].sorted { $0.ranksAbove($1, byPost: false, seekers: seekers) }.prefix(k)
            isPostsBest[post] = Set(best.map(\.seeker))
        }
        return merged(graph, added) { entry, rank in rank < k || isPostsBest[entry.post].contains(entry.seeker) }
    }

    /// Each seeker's old edges and new pairs in one list, best first, those
    /// that `keeps` (given the pair and its rank in the list) kept.
    private func merged(
        _ graph: CandidateGraph, _ added: [[GraphEntry]], keeps: (GraphEntry, Int) -> Bool
    ) -> CandidateGraph {
        var builder = GraphBuilder(edges: graph.edges.count + added.reduce(0) { $0 + $1.count }, seekers: graph.seekers.count)
        for s in graph.seekers.indices {
            var list = (graph.edgeStart[s]..<graph.edgeStart[s + 1]).map { GraphEntry(graph, $0) }
            if !added[s].isEmpty {
                list += added[s]
                list.sort { $0.ranksAbove($1, byPost: true, posts: posts) }
            }
            for (rank, entry) in list.enumerated() where keeps(entry, rank) {
                builder.append(entry)
            }
            builder.endSeeker()
        }
        return builder.graph(seekers: graph.seekers, posts: posts, like: graph)
    }
}
