extension MatchEngine {
    /// Each post's best `top` seekers of the batch, re-ranked under `policy`.
    ///
    /// The re-ranking is exact: it equals the policy's algorithm run over
    /// every feasible seeker of each post, since it reads each class of the
    /// policy (each named group, then everyone else) only up to its
    /// `top`-th best, and each class's best `top` come from a ranking of
    /// that class's seekers alone.
    ///
    /// - Parameters:
    ///   - seekers: the batch; invalid seekers are left out and listed in
    ///     ``FairRanking/rejected``, as in ``rank(_:direction:top:progress:)``.
    ///   - top: the list length.
    ///   - policy: the constraint.
    ///   - progress: told the fraction done, from worker threads.
    /// - Returns: one list per post, in the engine's post order.
    /// - Throws: ``FairnessError`` for parameters out of range.
    /// - Complexity: one ranking pass per class, over that class's seekers:
    ///   together the cost of one `rank` of the batch.
    public func fairRank(
        _ seekers: [Seeker], top: Int, policy: FairnessPolicy, progress: (@Sendable (Double) -> Void)? = nil
    ) throws(FairnessError) -> FairRanking {
        try policy.validate()
        let prepared = try policy.prepared(top: top)
        let batch = SeekerBatch(seekers, taxonomy: taxonomy)
        var classes = [[Seeker]](repeating: [], count: policy.groups.count + 1)
        for seeker in batch.valid { classes[policy.classIndex(of: seeker)].append(seeker) }
        var done = 0
        let total = max(1, batch.valid.count)
        let rankings = classes.map { members in
            let before = done
            done += members.count
            return rank(members, direction: .seekers, top: top) { fraction in
                progress?((Double(before) + fraction * Double(members.count)) / Double(total))
            }
        }
        var lists: [FairRankedList] = []
        lists.reserveCapacity(posts.count)
        for post in posts.indices {
            lists.append(prepared.rerank(owner: posts[post].id, classes: rankings.map { $0[post].matches }))
        }
        return FairRanking(policy: policy, lists: lists, rejected: batch.rejected)
    }
}

/// The result of ``MatchEngine/fairRank(_:top:policy:progress:)``.
public struct FairRanking: Sendable {
    /// The constraint the lists meet.
    public let policy: FairnessPolicy
    /// One list per post, in the engine's order.
    public let lists: [FairRankedList]
    /// The seekers of the batch that were not ranked, each with every problem.
    public let rejected: [RecordError]
}
