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
        let k: Int? = switch limit {
        case .perSide(let k): max(0, k)
        case .all: nil
        }
        // The seekers' features are released with the sweep, before the graph is built.
        let swept = candidateEdges(of: seekers, k: k, progress: progress, cancellation: cancellation)
        let posts = postFeatures
        let edgeCount = swept.edgeCount
        // The merger takes the sweep's blocks and releases each once read, as the graph grows.
        var merger = SeekerEdgeMerger(consume swept, seekerCount: seekers.count, ordinal: posts.ordinal, sortsBlocks: k == nil)
        var builder = GraphBuilder(edges: edgeCount, seekers: seekers.count)
        for seeker in 0..<seekers.count {
            merger.edges(of: seeker) { edge in
                builder.append(GraphEntry(
                    seeker: seeker, post: posts.inputIndex[Int(edge.post)], score: edge.score,
                    seekerPreference: edge.seekerPreference, postPreference: edge.postPreference))
            }
            builder.endSeeker()
        }
        return builder.graph(
            seekers: seekers, posts: self.posts, limit: limit, rejected: batch.rejected,
            ordinals: (merger.seekerOrdinals, self.posts.indices.map { posts.ordinal[posts.featureIndex[$0]] }))
    }

    /// One sweep over `seekers` and the posts: each worker's edges block by
    /// block, and the posts' best `k` over every worker's lists.
    private func candidateEdges(
        of seekers: [Seeker], k: Int?, progress: (@Sendable (Double) -> Void)?, cancellation: CancellationFlag?
    ) -> SweptEdges {
        let evaluator = evaluator(for: seekers, weights: configuration.weights, includesBonus: true)
        let preferences = preferences(of: evaluator)
        var scorer = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
        scorer.cancellation = cancellation
        let consumers = scorer.sweep(.posts, progress: progress).run { _ in
            CandidateConsumer(
                evaluator: evaluator, seekerSide: preferences.seekerSide, postSide: preferences.postSide, k: k,
                tileRows: options.tileRows)
        }
        var postSide: [CandidateEdge] = []
        if let k {
            for post in 0..<evaluator.posts.count {
                let best = consumers.flatMap { $0.postHeaps[post].sorted() }.sorted { $1.ranksBelow($0) }.prefix(k)
                // The posts' lists keep totals alone: the few kept are scored again for their parts.
                postSide += best.map {
                    preferences.edge(seeker: Int($0.index), post: post, evaluator.exactScore(seeker: Int($0.index), post: post)!)
                }
            }
        }
        return SweptEdges(
            workers: consumers.map(\.blocks), postSide: postSide,
            seekerOrdinals: Array(UnsafeBufferPointer(start: evaluator.seekers.ordinal.base, count: evaluator.seekers.count)))
    }

    /// The evaluators of both sides' preference scores for `evaluator`'s pairs.
    func preferences(of evaluator: PairEvaluator) -> EdgePreferences {
        EdgePreferences(
            seekerSide: evaluator.with(weights: configuration.seekerPreferenceWeights, includesBonus: false),
            postSide: evaluator.with(weights: configuration.postPreferenceWeights, includesBonus: true))
    }
}
