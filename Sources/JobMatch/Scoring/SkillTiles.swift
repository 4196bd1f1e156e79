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
    /// - Complexity: dense, O(owners × others × dimensions) at BLAS speed;
    ///   sparse, O(owners × others × terms per seeker).
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
                ? (seekers.matrix!, posts.matrix) : (posts.matrix, seekers.matrix!)
            BLAS.multiplyTransposed(
                ownerMatrix.base + owners.lowerBound * dimensions, rows: owners.count,
                by: otherMatrix.base + others.lowerBound * dimensions, rows: others.count,
                depth: dimensions, into: tile)
            return Layout(rowStride: others.count, columnStride: 1)
        }
    }

    /// The sparse kernel: row `s` of the tile is the sum, over seeker `s`'s
    /// terms, of the posts' running sums at that column.
    private func sumRunningWeights(_ tile: UnsafeMutablePointer<Float>, seekers seekerRange: Range<Int>, posts postRange: Range<Int>) {
        let width = postRange.count
        let sums = posts.runningSums.base + postRange.lowerBound
        let postCount = posts.count
        let start = seekers.terms.start.base, column = seekers.terms.column.base
        for seeker in seekerRange {
            let row = tile + (seeker - seekerRange.lowerBound) * width
            let first = Int(start[seeker]), end = Int(start[seeker + 1])
            row.update(from: sums + Int(column[first]) * postCount, count: width)
            for term in (first + 1)..<end {
                let source = sums + Int(column[term]) * postCount
                for post in 0..<width { row[post] += source[post] }
            }
        }
    }
}
