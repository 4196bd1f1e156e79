import Dispatch

/// Scores every seeker–post pair tile by tile and keeps bounded top-k lists.
///
/// Owners are split into blocks of `tileRows`; each worker thread takes
/// blocks in turn and, for each block of `tileColumns` others, computes the
/// skill parts into its own reused tile buffer (one `cblas_sgemm`, or the
/// sparse kernel's sums, see ``SkillTiles``), then makes one pass over the
/// tile that screens the hard rules and offers the survivors to the owners'
/// heaps. Memory beyond the inputs is one tile and one block of heaps per
/// worker plus the lists returned.
struct TiledScorer: Sendable {
    /// The elementwise part.
    let evaluator: PairEvaluator
    /// Threads and tile shape.
    let options: EngineOptions
    /// The kernel for skill parts, already resolved.
    let kernel: SkillKernel

    /// The float32 skill part may differ from float64 by a few 1e-7; a pair
    /// whose bound is within this of a list's weakest entry is scored exactly.
    static let screeningMargin = 1e-4

    /// The best `k` posts for each seeker, or seekers for each post.
    ///
    /// - Complexity: O(seekers × posts × dimensions) for the products, and
    ///   O(seekers × posts) for the elementwise pass.
    func topK(_ direction: RankingDirection, k: Int) -> TopKLists {
        switch direction {
        case .posts: run(SeekersOwnPosts.self, k: k)
        case .seekers: run(PostsOwnSeekers.self, k: k)
        }
    }

    private func run<Orientation: TileOrientation>(_: Orientation.Type, k: Int) -> TopKLists {
        _ = BLAS.runOnCallingThread
        let ownerCount = Orientation.ownerCount(evaluator)
        let others = Orientation.others(evaluator)
        let lists = TopKLists(owners: ownerCount, k: k)
        guard k > 0, ownerCount > 0, others.count > 0 else { return lists }

        let tiles = SkillTiles(
            kernel: kernel, seekers: evaluator.seekers, posts: evaluator.posts, direction: Orientation.direction)
        let tileRows = options.tileRows
        let tileColumns = min(options.tileColumns, others.count)
        let blockCount = (ownerCount + tileRows - 1) / tileRows
        let workers = max(1, min(options.threads, blockCount))
        let largestBonus = evaluator.largestBonus
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let tile = UnsafeMutablePointer<Float>.allocate(capacity: tileRows * tileColumns)
            let slots = UnsafeMutablePointer<Candidate>.allocate(capacity: tileRows * k)
            defer {
                tile.deallocate()
                slots.deallocate()
            }
            for block in stride(from: worker, to: blockCount, by: workers) {
                let firstOwner = block * tileRows
                let rows = min(tileRows, ownerCount - firstOwner)
                var heaps = (0..<rows).map { BoundedHeap(slots: slots + $0 * k, capacity: k) }
                for firstOther in stride(from: 0, to: others.count, by: tileColumns) {
                    let columns = min(tileColumns, others.count - firstOther)
                    let layout = tiles.fill(
                        tile, owners: firstOwner..<(firstOwner + rows), others: firstOther..<(firstOther + columns))
                    for row in 0..<rows {
                        let owner = firstOwner + row
                        scoreRow(
                            Orientation.self, owner: owner, skills: tile + row * layout.rowStride,
                            stride: layout.columnStride,
                            others: firstOther..<(firstOther + columns), ordinal: others.ordinal,
                            bonusBound: Orientation.bonusBound(evaluator, owner: owner, largest: largestBonus),
                            into: &heaps[row])
                    }
                }
                for row in 0..<rows {
                    let best = heaps[row].sorted()
                    let owner = firstOwner + row
                    lists.counts[owner] = Int32(best.count)
                    for (position, candidate) in best.enumerated() { lists.entries[owner * k + position] = candidate }
                }
            }
        }
        return lists
    }

    /// The fused pass over one owner's row of a tile.
    ///
    /// Once an owner's list is full, a pair whose skill part is below the
    /// cut-off cannot beat its weakest entry whatever its distance and wage,
    /// so that one load and compare come first; the hard rules follow, and
    /// only pairs that pass them all are scored exactly.
    @inline(__always)
    private func scoreRow<Orientation: TileOrientation>(
        _: Orientation.Type, owner: Int, skills: UnsafePointer<Float>, stride: Int, others: Range<Int>,
        ordinal: FixedBuffer<Int32>, bonusBound: Double, into heap: inout BoundedHeap
    ) {
        var cutoff = evaluator.skillCutoff(threshold: heap.threshold - Self.screeningMargin, bonusBound: bonusBound)
        for column in 0..<others.count where skills[column * stride] >= cutoff {
            let other = others.lowerBound + column
            let s = Orientation.seeker(owner: owner, other: other)
            let p = Orientation.post(owner: owner, other: other)
            guard evaluator.passesScreen(seeker: s, post: p), let score = evaluator.exactScore(seeker: s, post: p) else {
                continue
            }
            heap.offer(Candidate(total: score.total, ordinal: ordinal.base[other], index: Int32(other)))
            cutoff = evaluator.skillCutoff(threshold: heap.threshold - Self.screeningMargin, bonusBound: bonusBound)
        }
    }
}
