extension IndexSnapshot {
    /// The stored post's best `k` stored seekers, re-ranked under `policy`.
    ///
    /// Identical to ``MatchEngine/fairRank(_:top:policy:progress:)`` on the
    /// same records: each class of the policy is scanned alone (the others
    /// left out as deleted rows are) for its best `k`, and those lists are
    /// re-ranked.
    ///
    /// - Throws: ``UnknownRecordError`` if no post has `postID`;
    ///   ``FairnessError`` for parameters out of range.
    /// - Complexity: one pass over the seekers per class, on the calling thread.
    public func bestSeekers(forPostID postID: String, top k: Int, policy: FairnessPolicy) throws -> FairRankedList {
        try policy.validate()
        guard let post = post(id: postID) else { throw UnknownRecordError(kind: .post, id: postID) }
        let postFeatures = context.features(of: post)
        let classCount = policy.groups.count + 1
        var found = [[(match: PairScore, id: String)]](repeating: [], count: classCount)
        for slot in seekerSegments.slots {
            let evaluator = context.evaluator(seekers: slot.segment.features, posts: postFeatures)
            var rowsOf = [[Int32]](repeating: [], count: classCount)
            for (row, seeker) in slot.segment.records.enumerated() {
                rowsOf[policy.classIndex(of: seeker)].append(Int32(row))
            }
            for member in 0..<classCount {
                let others = (0..<classCount).lazy.filter { $0 != member }.flatMap { rowsOf[$0] }
                for (row, score) in Self.best(k, evaluator: evaluator, direction: .seekers, excluding: slot.deleted.adding(others)) {
                    found[member].append((score, slot.segment.records[row].id))
                }
            }
        }
        let classes = found.map { matches in
            Self.list(.seekers, owner: post.id, matches, top: k) {
                RankedMatch(seekerID: $1, postID: post.id, rank: $2, score: $0)
            }.matches
        }
        return try policy.prepared(top: k).rerank(owner: post.id, classes: classes)
    }
}
