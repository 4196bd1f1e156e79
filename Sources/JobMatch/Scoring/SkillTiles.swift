/// Fills a tile with the float32 skill parts of a block of owners × others,
/// by either kernel.
struct SkillTiles: Sendable {
    /// Where the skill part of (owner row `i`, other column `j`) sits in a
    /// tile: `i · rowStride + j · columnStride`.
    struct Layout {
        let rowStride: Int
        let columnStride: Int
    }

    let kernel: SkillKernel
    let seekers: SeekerFeatures
    let posts: PostFeatures
    let direction: RankingDirection

    /// Computes the tile for owners `owners` and others `others` into `tile`.
    ///
    /// Where seekers own posts, a run of posts that ``PostBlocks`` rules out
    /// for a seeker gets NaN, which no cut-off admits; the sparse kernel does
    /// not compute it at all.
    ///
    /// - Complexity: dense, O(owners × others × dimensions) at BLAS speed;
    ///   sparse, O(owners × others × terms per seeker) for runs in reach.
    func fill(
        _ tile: UnsafeMutablePointer<Float>, owners: Range<Int>, others: Range<Int>
    ) -> Layout {
        let (seekerRange, postRange) = direction == .posts ? (owners, others) : (others, owners)
        switch kernel {
        case .sparse, .automatic:
            sumRunningWeights(tile, seekers: seekerRange, posts: postRange)
            return direction == .posts
                ? Layout(rowStride: postRange.count, columnStride: 1)
                : Layout(rowStride: 1, columnStride: postRange.count)
        case .dense:
            let dimensions = seekers.dimensions
            let (ownerMatrix, otherMatrix) = direction == .posts
                ? (seekers.matrix!, posts.matrix!) : (posts.matrix!, seekers.matrix!)
            BLAS.multiplyTransposed(
                ownerMatrix.base + owners.lowerBound * dimensions, rows: owners.count,
                by: otherMatrix.base + others.lowerBound * dimensions, rows: others.count,
                depth: dimensions, into: tile)
            if direction == .posts {
                for seeker in seekerRange {
                    forEachRun(of: postRange, seeker: seeker) { run, inReach in
                        if !inReach { (tile + (seeker - seekerRange.lowerBound) * postRange.count + run.lowerBound - postRange.lowerBound).update(repeating: .nan, count: run.count) }
                    }
                }
            }
            return Layout(rowStride: others.count, columnStride: 1)
        }
    }

    /// Calls `body` for each run of posts within `postRange`, cut at
    /// ``PostBlocks`` boundaries, with whether it is in the seeker's reach.
    @inline(__always)
    private func forEachRun(of postRange: Range<Int>, seeker: Int, _ body: (Range<Int>, Bool) -> Void) {
        let screen = seekers.screen.base[seeker]
        var start = postRange.lowerBound
        while start < postRange.upperBound {
            let block = start / PostBlocks.size
            let end = min(postRange.upperBound, (block + 1) * PostBlocks.size)
            body(start..<end, posts.blocks.mayMatch(screen, latitude: screen.latitude, longitude: screen.longitude, block: block))
            start = end
        }
    }

    /// The sparse kernel: row `s` of the tile is the sum, over seeker `s`'s
    /// terms, of the posts' running sums at that column.
    private func sumRunningWeights(_ tile: UnsafeMutablePointer<Float>, seekers seekerRange: Range<Int>, posts postRange: Range<Int>) {
        let width = postRange.count
        let sums = posts.runningSums.base
        let postCount = posts.count
        let start = seekers.terms.start.base, column = seekers.terms.column.base
        for seeker in seekerRange {
            let row = tile + (seeker - seekerRange.lowerBound) * width - postRange.lowerBound
            let first = Int(start[seeker]), end = Int(start[seeker + 1])
            let sumRun = { (run: Range<Int>) in
                (row + run.lowerBound).update(from: sums + Int(column[first]) * postCount + run.lowerBound, count: run.count)
                for term in (first + 1)..<end {
                    let source = sums + Int(column[term]) * postCount
                    for post in run { row[post] += source[post] }
                }
            }
            guard direction == .posts else {
                sumRun(postRange)
                continue
            }
            forEachRun(of: postRange, seeker: seeker) { run, inReach in
                if inReach { sumRun(run) } else { (row + run.lowerBound).update(repeating: .nan, count: run.count) }
            }
        }
    }
}
