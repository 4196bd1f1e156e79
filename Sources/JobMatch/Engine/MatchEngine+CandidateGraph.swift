extension MatchEngine {
    /// The candidate pairs of `seekers` and the engine's posts, for assignment.
    ///
    /// Seekers that break a rule of the model or repeat an id are left out
    /// and listed in ``CandidateGraph/rejected``, as in ``rank(_:direction:top:progress:)``.
    ///
    /// - Parameters:
    ///   - seekers: the batch.
    ///   - limit: `.perSide(k)` keeps the union of each seeker's best `k`
    ///     posts and each post's best `k` seekers; `.all` keeps every feasible pair.
    ///   - progress: told the fraction done, from worker threads, as the pass runs.
    /// - Complexity: one tiled pass, O(seekers × posts) pairs; memory
    ///   O(threads × posts × k) for the posts' lists plus the edges kept.
    public func candidateGraph(
        for seekers: [Seeker], limit: CandidateLimit, progress: (@Sendable (Double) -> Void)? = nil
    ) -> CandidateGraph {
        candidateGraph(for: seekers, limit: limit, progress: progress, cancellation: nil)
    }

    /// ``candidateGraph(for:limit:progress:)`` off the caller's thread, as
    /// ``rank(_:direction:top:progress:)-(_,_,_,_)`` is: never on the
    /// cooperative pool, stopped between tiles when the task is cancelled.
    ///
    /// - Throws: `CancellationError` if the task was cancelled.
    public func candidateGraph(
        for seekers: [Seeker], limit: CandidateLimit, progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> CandidateGraph {
        try await Offload.run { cancellation in
            candidateGraph(for: seekers, limit: limit, progress: progress, cancellation: cancellation)
        }
    }

    func candidateGraph(
        for seekers: [Seeker], limit: CandidateLimit, progress: (@Sendable (Double) -> Void)?,
        cancellation: CancellationFlag?
    ) -> CandidateGraph {
        let batch = SeekerBatch(seekers, taxonomy: taxonomy)
        let seekers = batch.valid
        let evaluator = evaluator(for: seekers, weights: configuration.weights, includesBonus: true)
        let k: Int? = switch limit {
        case .perSide(let k): max(0, k)
        case .all: nil
        }
        var scorer = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
        scorer.cancellation = cancellation
        let consumers = scorer.sweep(.posts, progress: progress).run { _ in
            CandidateConsumer(evaluator: evaluator, k: k, tileRows: options.tileRows)
        }
        var edges = consumers.flatMap(\.edges)
        if let k {
            for post in 0..<evaluator.posts.count {
                let best = consumers.flatMap { $0.postHeaps[post].sorted() }.sorted { $1.ranksBelow($0) }.prefix(k)
                edges += best.map { CandidateEdge(seeker: $0.index, post: Int32(post), score: $0.total) }
            }
        }
        let ordinal = evaluator.posts.ordinal
        edges.sort {
            ($0.seeker, -$0.score, ordinal[Int($0.post)]) < ($1.seeker, -$1.score, ordinal[Int($1.post)])
        }
        var unique: [CandidateEdge] = []
        unique.reserveCapacity(edges.count)
        for edge in edges where unique.last.map({ $0.seeker != edge.seeker || $0.post != edge.post }) ?? true {
            unique.append(edge)
        }
        return makeGraph(seekers: seekers, edges: unique, evaluator: evaluator, limit: limit, rejected: batch.rejected)
    }

    private func makeGraph(
        seekers: [Seeker], edges: [CandidateEdge], evaluator: PairEvaluator, limit: CandidateLimit,
        rejected: [RecordError]
    ) -> CandidateGraph {
        var edgeStart = [Int](repeating: 0, count: seekers.count + 1)
        for edge in edges { edgeStart[Int(edge.seeker) + 1] += 1 }
        for s in 0..<seekers.count { edgeStart[s + 1] += edgeStart[s] }
        let seekerSide = evaluator.with(weights: configuration.seekerPreferenceWeights, includesBonus: false)
        let postSide = evaluator.with(weights: configuration.postPreferenceWeights, includesBonus: true)
        return CandidateGraph(
            seekers: seekers, posts: posts,
            edges: edges.map {
                CandidateGraph.Edge(
                    seeker: Int($0.seeker), post: evaluator.posts.inputIndex[Int($0.post)], score: $0.score)
            },
            edgeStart: edgeStart,
            seekerPreference: edges.map { seekerSide.exactScore(seeker: Int($0.seeker), post: Int($0.post))!.total },
            postPreference: edges.map { postSide.exactScore(seeker: Int($0.seeker), post: Int($0.post))!.total },
            limit: limit, rejected: rejected,
            ordinals: (
                Array(UnsafeBufferPointer(start: evaluator.seekers.ordinal.base, count: evaluator.seekers.count)),
                posts.indices.map { evaluator.posts.ordinal[evaluator.posts.featureIndex[$0]] }))
    }
}
