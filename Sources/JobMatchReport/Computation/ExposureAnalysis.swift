import JobMatch

/// The key groups' place in the posts' lists of best seekers (REPORTS.md,
/// `exposure`): over every post's top 10, each group's share of the slots
/// against its share of the seekers feasible for any post.
enum ExposureAnalysis {
    /// The list length REPORTS.md measures.
    static let listLength = 10

    /// Each post's top 10 seekers, as positions: from the candidate graph
    /// when it holds every post's best 10, else from a ranking.
    static func topLists(_ facts: ReportFacts) -> [[Int]] {
        switch facts.graph.limit {
        case .perSide(let k) where k < listLength:
            let ranking = facts.engine.rank(facts.seekers, direction: .seekers, top: listLength)
            let position = Dictionary(uniqueKeysWithValues: facts.seekers.enumerated().map { ($1.id, $0) })
            return ranking.map { list in list.matches.map { position[$0.seekerID]! } }
        default:
            // A post's best k seekers are all edges of the graph, and no other edge beats them.
            var incoming = [[CandidateGraph.Edge]](repeating: [], count: facts.request.posts.count)
            for edge in facts.graph.edges { incoming[edge.post].append(edge) }
            return incoming.map { edges in
                edges.sorted {
                    $0.score != $1.score
                        ? $0.score > $1.score
                        : facts.seekers[$0.seeker].id.utf8.lexicographicallyPrecedes(facts.seekers[$1.seeker].id.utf8)
                }.prefix(listLength).map(\.seeker)
            }
        }
    }

    /// Each post's top 10 re-ranked under `policy`, as positions.
    static func fairLists(_ facts: ReportFacts, policy: FairnessPolicy) throws -> [[Int]] {
        let position = Dictionary(uniqueKeysWithValues: facts.seekers.enumerated().map { ($1.id, $0) })
        return try facts.engine.fairRank(facts.seekers, top: listLength, policy: policy).lists.map { list in
            list.list.matches.map { position[$0.seekerID]! }
        }
    }

    /// - Throws: ``FairnessError`` for a constraint's parameters out of range.
    static func section(_ facts: ReportFacts) throws -> [ExposureRow] {
        let slots = topLists(facts).flatMap { $0 }
        let fairSlots = try facts.request.fairness.map { try fairLists(facts, policy: $0).flatMap { $0 } }
        let feasible = facts.seekers.indices.filter { facts.breakdown.feasiblePosts[$0] > 0 }
        return KeyGroup.allCases.map { group in
            func share(of slots: [Int]) -> Double? {
                ReportMath.ratio(slots.filter { facts.seekers[$0].keyGroups.contains(group) }.count, slots.count)
            }
            let feasibleShare = ReportMath.ratio(feasible.filter { facts.seekers[$0].keyGroups.contains(group) }.count, feasible.count)
            let slotShare = share(of: slots)
            return ExposureRow(
                group: group.rawValue, slotShare: slotShare, feasibleShare: feasibleShare,
                skew: ReportMath.ratio(slotShare, feasibleShare),
                fair: fairSlots.map { slots in
                    let slotShare = share(of: slots)
                    return FairExposure(slotShare: slotShare, skew: ReportMath.ratio(slotShare, feasibleShare))
                })
        }
    }
}
