/// Scores every seeker–post pair tile by tile and keeps bounded top-k lists.
///
/// A ``TileSweep`` computes the skill parts of each tile (one `cblas_sgemm`,
/// or the sparse kernel's sums, see ``SkillTiles``); one pass over the tile
/// then screens the hard rules and offers the survivors to the owners'
/// heaps. Memory beyond the inputs is one tile and one block of heaps per
/// worker plus the lists returned.
struct TiledScorer: Sendable {
    /// The elementwise part.
    let evaluator: PairEvaluator
    /// Threads and tile shape.
    let options: EngineOptions
    /// The kernel for skill parts, already resolved.
    let kernel: SkillKernel
    /// Where sweeps add up their phase times, if anywhere.
    var timings: SweepTimings?
    /// Others the sweeps leave out, such as a segment's deleted records.
    var excludedOthers: ExcludedRows?
    /// Checked between tiles; once set, sweeps stop and return partial lists.
    var cancellation: CancellationFlag?

    /// The float32 skill part may differ from float64 by a few 1e-7; a pair
    /// whose bound is within this of a list's weakest entry is scored exactly.
    static let screeningMargin = 1e-4

    /// The best `k` posts for each seeker, or seekers for each post.
    ///
    /// - Complexity: O(seekers × posts × dimensions) for dense products or
    ///   O(seekers × posts × terms) for sparse sums, and O(seekers × posts)
    ///   for the elementwise pass.
    func topK(_ direction: RankingDirection, k: Int, progress: (@Sendable (Double) -> Void)? = nil) -> TopKLists {
        switch direction {
        case .posts: run(SeekersOwnPosts.self, k: k, progress: progress)
        case .seekers: run(PostsOwnSeekers.self, k: k, progress: progress)
        }
    }

    /// The sweep over all tiles in `direction`.
    func sweep(_ direction: RankingDirection, progress: (@Sendable (Double) -> Void)? = nil) -> TileSweep {
        let (owners, others) = direction == .posts
            ? (evaluator.seekers.count, evaluator.posts.count) : (evaluator.posts.count, evaluator.seekers.count)
        return TileSweep(
            tiles: SkillTiles(kernel: kernel, seekers: evaluator.seekers, posts: evaluator.posts, direction: direction),
            ownerCount: owners, otherCount: others, options: options, progress: progress, timings: timings,
            excludedOthers: excludedOthers, cancellation: cancellation)
    }

    private func run<Orientation: TileOrientation>(
        _: Orientation.Type, k: Int, progress: (@Sendable (Double) -> Void)?
    ) -> TopKLists {
        let lists = TopKLists(owners: Orientation.ownerCount(evaluator), k: k)
        guard k > 0 else { return lists }
        let largestBonus = evaluator.largestBonus
        _ = sweep(Orientation.direction, progress: progress).run { _ in
            TopKConsumer<Orientation>(
                evaluator: evaluator, lists: lists, ordinal: Orientation.others(evaluator).ordinal,
                largestBonus: largestBonus, tileRows: options.tileRows)
        }
        return lists
    }
}

/// Keeps each owner's best `k` in a heap while its block is swept, then
/// writes the sorted lists out.
struct TopKConsumer<Orientation: TileOrientation>: TileConsumer {
    let evaluator: PairEvaluator
    let lists: TopKLists
    let ordinal: FixedBuffer<Int32>
    let largestBonus: Double
    let slots: FixedBuffer<Candidate>
    var heaps: [BoundedHeap<Candidate>] = []

    init(evaluator: PairEvaluator, lists: TopKLists, ordinal: FixedBuffer<Int32>, largestBonus: Double, tileRows: Int) {
        self.evaluator = evaluator
        self.lists = lists
        self.ordinal = ordinal
        self.largestBonus = largestBonus
        slots = FixedBuffer(repeating: .empty, count: tileRows * lists.k)
    }

    mutating func begin(owners: Range<Int>) {
        let k = lists.k
        heaps = (0..<owners.count).map { BoundedHeap(slots: slots.mutableBase + $0 * k, capacity: k) }
    }

    mutating func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>) {
        for row in 0..<owners.count {
            let owner = owners.lowerBound + row
            var list = OwnerList(
                heap: heaps[row], evaluator: evaluator, ordinal: ordinal.base,
                bonusBound: Orientation.bonusBound(evaluator, owner: owner, largest: largestBonus))
            evaluator.scan(
                Orientation.self, owner: owner, skills: tile + row * layout.rowStride, stride: layout.columnStride,
                others: others, into: &list)
            heaps[row] = list.heap
        }
    }

    mutating func end(owners: Range<Int>) {
        for row in 0..<owners.count {
            let best = heaps[row].removeAllBestFirst()
            let owner = owners.lowerBound + row
            lists.counts.mutableBase[owner] = Int32(best.count)
            for (position, candidate) in best.enumerated() { lists.entries.mutableBase[owner * lists.k + position] = candidate }
        }
    }
}
