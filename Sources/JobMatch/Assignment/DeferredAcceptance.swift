/// The seeker-optimal stable matching by seeker-proposing deferred
/// acceptance with capacities (Gale & Shapley, 1962; Roth, 1984).
///
/// Seekers propose down their lists ordered by `seekerPreference`, descending,
/// equal values by post id byte-wise; a post holds its best `openings`
/// proposals by `postPreference`, descending, equal values by seeker id
/// byte-wise, and releases the least preferred holder when a better seeker
/// proposes. Both orders are strict, so the result is the unique
/// seeker-optimal stable matching, whatever order seekers propose in.
enum DeferredAcceptance {
    /// The numbers of the edges of the seeker-optimal stable matching, ascending.
    ///
    /// - Complexity: O(edges × log(edges)) to order the preferences, then
    ///   O(edges × log(openings)) for the proposals, each edge proposed at most once.
    static func placements(in graph: CandidateGraph) -> [Int] {
        let incoming = IncomingEdges(graph)
        let proposals = proposalOrder(in: graph)
        let rank = postRanks(in: graph, incoming: incoming)
        // Slots keyed by their holder's rank: the root is the least preferred
        // holder, and an empty slot, keyed lowest, takes any proposal.
        var slots = SlotHeaps(
            slotCounts: graph.posts.indices.map { min(graph.posts[$0].openings, incoming[$0].count) }, initialKey: .min)
        var heldEdge = [Int32](repeating: -1, count: slots.count)
        var next = graph.edgeStart
        var free = Array(graph.seekers.indices.reversed())
        while let seeker = free.popLast() {
            while next[seeker] < graph.edgeStart[seeker + 1] {
                let edge = proposals[next[seeker]]
                next[seeker] += 1
                let slot = slots.leastSlot(of: graph.edges[edge].post)
                guard rank[edge] > slots.key[slot] else { continue }
                if heldEdge[slot] >= 0 { free.append(graph.edges[Int(heldEdge[slot])].seeker) }
                heldEdge[slot] = Int32(edge)
                slots.setKey(rank[edge], of: slot)
                break
            }
        }
        return heldEdge.filter { $0 >= 0 }.map(Int.init).sorted()
    }

    /// Each seeker's edge numbers in its order of preference, in the ranges of `edgeStart`.
    private static func proposalOrder(in graph: CandidateGraph) -> [Int] {
        let postOrdinal = graph.postOrdinal
        var proposals = [Int](repeating: 0, count: graph.edges.count)
        for seeker in graph.seekers.indices {
            let edges = graph.edgeStart[seeker]..<graph.edgeStart[seeker + 1]
            // Preference, then post id, packed in integers; the edge rides
            // below the id, which alone makes each pair distinct.
            let ranked = edges.map { edge in
                (SortKey.descending(graph.seekerPreference[edge]),
                 UInt64(postOrdinal[graph.edges[edge].post]) << 32 | UInt64(edge - edges.lowerBound))
            }.sorted(by: <)
            for (place, (_, pair)) in ranked.enumerated() {
                proposals[edges.lowerBound + place] = edges.lowerBound + Int(pair & 0xFFFF_FFFF)
            }
        }
        return proposals
    }

    /// For each edge, minus its seeker's place in its post's order, so that
    /// the least preferred holder has the least key.
    private static func postRanks(in graph: CandidateGraph, incoming: IncomingEdges) -> [Int64] {
        let seekerOrdinal = graph.seekerOrdinal
        var rank = [Int64](repeating: 0, count: graph.edges.count)
        for post in graph.posts.indices {
            let ranked = incoming[post].map { edge in
                (SortKey.descending(graph.postPreference[Int(edge)]),
                 UInt64(seekerOrdinal[graph.edges[Int(edge)].seeker]) << 32 | UInt64(UInt32(edge)))
            }.sorted(by: <)
            for (place, (_, pair)) in ranked.enumerated() { rank[Int(pair & 0xFFFF_FFFF)] = -Int64(place) }
        }
        return rank
    }
}
