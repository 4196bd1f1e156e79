extension IndexSnapshot {
    /// The best `k` posts for the stored seeker `seekerID`.
    ///
    /// Identical to ``MatchEngine/rank(_:direction:top:progress:)`` on the
    /// same records: the same posts, order, scores and ties.
    ///
    /// - Throws: ``UnknownRecordError`` if no seeker has `seekerID`.
    /// - Complexity: one pass over the posts in the seeker's reach, on the
    ///   calling thread; runs of posts beyond it are ruled out together.
    public func bestPosts(forSeekerID seekerID: String, top k: Int) throws(UnknownRecordError) -> RankedList {
        guard let seeker = seeker(id: seekerID) else { throw UnknownRecordError(kind: .seeker, id: seekerID) }
        return bestPosts(forValid: seeker, top: k)
    }

    /// The best `k` posts for `seeker`, which is not stored: a seeker
    /// filling in a search form, say.
    ///
    /// - Throws: ``RecordError`` with every problem if the seeker breaks a
    ///   rule of the model.
    /// - Complexity: as ``bestPosts(forSeekerID:top:)``.
    public func bestPosts(for seeker: Seeker, top k: Int) throws(RecordError) -> RankedList {
        try check(seeker)
        return bestPosts(forValid: seeker, top: k)
    }

    /// Throws every problem of `seeker`, which is not stored, against the
    /// snapshot's taxonomy.
    private func check(_ seeker: Seeker) throws(RecordError) {
        let problems = RecordValidator.problems(in: seeker, taxonomy: taxonomy)
        guard problems.isEmpty else { throw RecordError(kind: .seeker, id: seeker.id, problems: problems) }
    }

    /// The best `k` stored seekers for the stored post `postID`.
    ///
    /// Identical to ``MatchEngine/rank(_:direction:top:progress:)`` with
    /// direction `.seekers` on the same records.
    ///
    /// - Throws: ``UnknownRecordError`` if no post has `postID`.
    /// - Complexity: one pass over the seekers, on the calling thread.
    public func bestSeekers(forPostID postID: String, top k: Int) throws(UnknownRecordError) -> RankedList {
        guard let post = post(id: postID) else { throw UnknownRecordError(kind: .post, id: postID) }
        let postFeatures = context.features(of: post)
        var found: [(match: PairScore, id: String)] = []
        for slot in seekerSegments.slots {
            let evaluator = context.evaluator(seekers: slot.segment.features, posts: postFeatures)
            for (row, score) in Self.best(k, evaluator: evaluator, direction: .seekers, excluding: slot.deleted) {
                found.append((score, slot.segment.records[row].id))
            }
        }
        return Self.list(.seekers, owner: post.id, found, top: k) {
            RankedMatch(seekerID: $1, postID: post.id, rank: $2, score: $0)
        }
    }

    /// Each part of the pair's score and every rule it breaks.
    ///
    /// - Throws: ``UnknownRecordError`` if the seeker or the post is not stored.
    public func explain(seekerID: String, postID: String) throws(UnknownRecordError) -> PairExplanation {
        guard let seeker = seeker(id: seekerID) else { throw UnknownRecordError(kind: .seeker, id: seekerID) }
        guard let post = post(id: postID) else { throw UnknownRecordError(kind: .post, id: postID) }
        return explanation(of: seeker, with: post)
    }

    /// Each part of the score of `seeker`, which is not stored, with the
    /// stored post `postID`, and every rule the pair breaks: what
    /// ``explain(seekerID:postID:)`` gives once the seeker is stored.
    ///
    /// - Returns: `nil` if no post has `postID`.
    /// - Throws: ``RecordError`` with every problem if the seeker breaks a
    ///   rule of the model.
    public func explain(_ seeker: Seeker, postID: String) throws(RecordError) -> PairExplanation? {
        try check(seeker)
        return post(id: postID).map { explanation(of: seeker, with: $0) }
    }

    /// The pair of a valid seeker and a stored post, explained.
    private func explanation(of seeker: Seeker, with post: Post) -> PairExplanation {
        ReferenceScorer(taxonomy: taxonomy, configuration: configuration).explain(seeker, post)
    }

    /// Ranks every stored seeker against every stored post, as a
    /// ``MatchEngine`` of these records would: posts and seekers in id order.
    ///
    /// - Complexity: vectorises every record, then the engine's pass on
    ///   the index's threads.
    public func rank(
        direction: RankingDirection, top k: Int, progress: (@Sendable (Double) -> Void)? = nil
    ) -> Ranking {
        engine().rank(seekers, direction: direction, top: k, progress: progress, cancellation: nil)
    }

    /// ``rank(direction:top:progress:)`` off the cooperative pool, stopped
    /// between tiles when the task is cancelled.
    ///
    /// - Throws: `CancellationError` if the task was cancelled.
    public func rank(
        direction: RankingDirection, top k: Int, progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> Ranking {
        try await Offload.run { cancellation in
            engine().rank(seekers, direction: direction, top: k, progress: progress, cancellation: cancellation)
        }
    }

    /// The candidate graph of every stored seeker and post, as a
    /// ``MatchEngine`` of these records would build it.
    public func candidateGraph(limit: CandidateLimit, progress: (@Sendable (Double) -> Void)? = nil) -> CandidateGraph {
        engine().candidateGraph(for: seekers, limit: limit, progress: progress, cancellation: nil)
    }

    /// ``candidateGraph(limit:progress:)`` off the cooperative pool, stopped
    /// between tiles when the task is cancelled.
    ///
    /// - Throws: `CancellationError` if the task was cancelled.
    public func candidateGraph(
        limit: CandidateLimit, progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> CandidateGraph {
        try await Offload.run { cancellation in
            engine().candidateGraph(for: seekers, limit: limit, progress: progress, cancellation: cancellation)
        }
    }

    /// A batch engine over the stored posts, in id order, with the index's options.
    func engine() -> MatchEngine {
        // The records were validated when they entered the index.
        try! MatchEngine(taxonomy: taxonomy, posts: posts, configuration: configuration, options: options)
    }

    // MARK: - One owner against the segments

    /// The scan of one owner: one thread, one owner a tile, the sparse kernel.
    private static let queryOptions = EngineOptions(threads: 1, tileRows: 1, tileColumns: 4096, skillKernel: .sparse)

    private func bestPosts(forValid seeker: Seeker, top k: Int) -> RankedList {
        let seekerFeatures = context.features(of: [seeker])
        var found: [(match: PairScore, id: String)] = []
        for slot in postSegments.slots {
            let evaluator = context.evaluator(seekers: seekerFeatures, posts: slot.segment.features)
            for (row, score) in Self.best(k, evaluator: evaluator, direction: .posts, excluding: slot.deleted) {
                found.append((score, slot.segment.records[row].id))
            }
        }
        return Self.list(.posts, owner: seeker.id, found, top: k) {
            RankedMatch(seekerID: seeker.id, postID: $1, rank: $2, score: $0)
        }
    }

    /// The best `k` others of the evaluator's single owner, with their rows
    /// and exact scores, leaving out `excluded` others.
    static func best(
        _ k: Int, evaluator: PairEvaluator, direction: RankingDirection, excluding excluded: ExcludedRows
    ) -> [(row: Int, score: PairScore)] {
        var scorer = TiledScorer(evaluator: evaluator, options: queryOptions, kernel: .sparse)
        scorer.excludedOthers = excluded.count > 0 ? excluded : nil
        return scorer.topK(direction, k: max(0, k)).candidates(of: 0).map { (Int($0.index), $0.score) }
    }

    /// The best `k` of every segment's best, by score, ties by id byte-wise.
    static func list(
        _ direction: RankingDirection, owner: String, _ found: [(match: PairScore, id: String)], top k: Int,
        row: (PairScore, String, Int) -> RankedMatch
    ) -> RankedList {
        let best = found.sorted {
            $0.match.total > $1.match.total || ($0.match.total == $1.match.total && ByteOrder.precedes($0.id, $1.id))
        }
        return RankedList(
            direction: direction, ownerID: owner, matches: best.prefix(max(0, k)).enumerated().map { row($1.match, $1.id, $0 + 1) })
    }
}
