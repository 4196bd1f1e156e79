/// Entry points into single stages of the scoring pass, for micro benchmarks.
///
/// Each runs one stage as the engine does, on the first tile of a prepared
/// batch, and returns something derived from its result so that the work
/// cannot be optimised away.
package struct StageProbes: Sendable {
    let evaluator: PairEvaluator
    let options: EngineOptions

    /// Vectorises `seekers` against `engine`'s posts with `kernel`.
    package init(engine: MatchEngine, seekers: [Seeker], kernel: SkillKernel) throws {
        var options = engine.options
        options.skillKernel = kernel
        let forced = try MatchEngine(
            taxonomy: engine.taxonomy, posts: engine.posts, configuration: engine.configuration, options: options)
        evaluator = try forced.evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
        self.options = options
    }

    /// The first tile's owners (seekers) and others (posts).
    package var tileShape: (rows: Int, columns: Int) {
        (min(options.tileRows, evaluator.seekers.count), min(options.tileColumns, evaluator.posts.count))
    }

    /// Fills the first tile with skill parts by the batch's kernel; returns their sum.
    package func fillTile() -> Float {
        let (rows, columns) = tileShape
        return withTile { tile in
            _ = tiles.fill(tile, owners: 0..<rows, others: 0..<columns)
            return (0..<(rows * columns)).reduce(0) { $0 + tile[$1] }
        }
    }

    /// Fills the first tile, then runs the fused pass and top-`k` selection
    /// over it; returns how many candidates the lists hold.
    package func scoreTile(top k: Int) -> Int {
        let (rows, columns) = tileShape
        let lists = TopKLists(owners: evaluator.seekers.count, k: k)
        var consumer = TopKConsumer<SeekersOwnPosts>(
            evaluator: evaluator, lists: lists, ordinal: evaluator.posts.ordinal,
            largestBonus: evaluator.largestBonus, tileRows: options.tileRows)
        return withTile { tile in
            let layout = tiles.fill(tile, owners: 0..<rows, others: 0..<columns)
            consumer.begin(owners: 0..<rows)
            consumer.consume(tile, layout: layout, owners: 0..<rows, others: 0..<columns)
            consumer.end(owners: 0..<rows)
            return (0..<rows).reduce(0) { $0 + Int(lists.counts[$1]) }
        }
    }

    /// Offers `scores` to a heap of `k`, as the fused pass does; returns the best kept.
    package static func selectTop(_ scores: [Double], k: Int) -> Double {
        let slots = UnsafeMutablePointer<Candidate>.allocate(capacity: max(k, 1))
        defer { slots.deallocate() }
        var heap = BoundedHeap(slots: slots, capacity: k)
        for (index, score) in scores.enumerated() {
            heap.offer(Candidate(total: score, ordinal: Int32(index), index: Int32(index)))
        }
        return heap.sorted().first?.total ?? 0
    }

    private var tiles: SkillTiles {
        SkillTiles(kernel: evaluator.seekers.kernel, seekers: evaluator.seekers, posts: evaluator.posts, direction: .posts)
    }

    private func withTile<Result>(_ body: (UnsafeMutablePointer<Float>) -> Result) -> Result {
        let (rows, columns) = tileShape
        let tile = UnsafeMutablePointer<Float>.allocate(capacity: max(1, rows * columns))
        defer { tile.deallocate() }
        return body(tile)
    }
}
