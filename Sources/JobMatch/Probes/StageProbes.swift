/// Entry points into single stages of the scoring pass, for benchmarks:
/// the one window the benchmark code has onto the engine's internals.
///
/// Each runs one stage as the engine does and returns something derived
/// from its result, so that the work cannot be optimised away.
package struct StageProbes: Sendable {
    let evaluator: PairEvaluator
    let options: EngineOptions

    /// Vectorises `seekers`, valid and with unique ids, against `engine`'s
    /// posts, with the kernel the engine's options choose.
    package init(engine: MatchEngine, seekers: [Seeker]) {
        evaluator = engine.evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
        options = engine.options
    }

    /// Vectorises `seekers` against `engine`'s posts with `kernel`.
    package init(engine: MatchEngine, seekers: [Seeker], kernel: SkillKernel) throws {
        var options = engine.options
        options.skillKernel = kernel
        let forced = try MatchEngine(
            taxonomy: engine.taxonomy, posts: engine.posts, configuration: engine.configuration, options: options)
        self.init(engine: forced, seekers: seekers)
    }

    /// The kernel the batch is scored with.
    package var kernel: SkillKernel { evaluator.seekers.kernel }

    /// Columns of a feature vector.
    package var dimensions: Int { evaluator.seekers.dimensions }

    /// The share of ones in the seekers' thermometer codes.
    package var seekerDensity: Double {
        let seekers = evaluator.seekers
        let skillCount = seekers.levels.count / max(1, seekers.count)
        let groupCount = seekers.groupLevels.count / max(1, seekers.count)
        let ones = (0..<seekers.count).reduce(0) { total, s in
            let skills = (0..<skillCount).reduce(0) { $0 + Int(seekers.levels[s * skillCount + $1]) }
            let groups = (0..<groupCount).reduce(0) { $0 + Int(seekers.groupLevels[s * groupCount + $1]) }
            return total + skills + groups + 1
        }
        return Double(ones) / Double(max(1, seekers.count)) / Double(seekers.dimensions)
    }

    /// Ranks the batch's best `k` posts as ``MatchEngine/rank(_:direction:top:progress:)``
    /// does; returns the thread time spent filling tiles (the GEMM or sparse
    /// phase) and in the elementwise pass, in seconds summed over workers.
    package func rankPhases(top k: Int) -> (fillSeconds: Double, consumeSeconds: Double) {
        var scorer = TiledScorer(evaluator: evaluator, options: options, kernel: kernel)
        let timings = SweepTimings()
        scorer.timings = timings
        _ = scorer.topK(.posts, k: k)
        return (timings.fillSeconds, timings.consumeSeconds)
    }

    /// Fills every tile of the batch and does nothing else: the skill phase alone.
    package func fillAllTiles() {
        _ = TiledScorer(evaluator: evaluator, options: options, kernel: kernel).sweep(.posts).run { _ in IdleConsumer() }
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
            var candidate = Candidate.empty
            (candidate.score.total, candidate.ordinal, candidate.index) = (score, Int32(index), Int32(index))
            heap.offer(candidate)
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

/// A consumer that ignores its tiles, to time the skill phase alone.
private struct IdleConsumer: TileConsumer {
    func begin(owners: Range<Int>) {}
    func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>) {}
    func end(owners: Range<Int>) {}
}
