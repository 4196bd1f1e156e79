/// The lists a row of a tile is offered to: one owner's list, or, in a
/// candidate graph, the owner's and each other's.
protocol RowLists {
    /// The least float32 skill part with which the pair with `other` can
    /// still enter a list; the first and cheapest test of every pair.
    func skillCutoff(other: Int) -> Float
    /// The score a pair with `other` must reach (less the screening margin)
    /// to enter a list; compared with the pair's upper bound.
    func threshold(other: Int) -> Double
    /// Offers the exactly scored pair with `other`.
    mutating func offer(_ score: PairScore, other: Int)
}

extension PairEvaluator {
    /// The fused pass over one owner's row of a tile.
    ///
    /// A pair whose skill part is below the lists' cut-off cannot enter them
    /// whatever its distance and wage, so that one load and compare come
    /// first; the hard rules follow, then the upper bound, and only pairs
    /// that pass them all are scored exactly and offered.
    @inline(__always)
    func scan<Orientation: TileOrientation, Lists: RowLists>(
        _: Orientation.Type, owner: Int, skills: UnsafePointer<Float>, stride: Int, others: Range<Int>,
        into lists: inout Lists
    ) {
        for column in 0..<others.count {
            let other = others.lowerBound + column
            let skill = skills[column * stride]
            guard skill >= lists.skillCutoff(other: other) else { continue }
            let s = Orientation.seeker(owner: owner, other: other)
            let p = Orientation.post(owner: owner, other: other)
            guard let term = screen(seeker: s, post: p),
                  upperBound(seeker: s, approximateSkill: skill, haversineTerm: term) >= lists.threshold(other: other),
                  let score = exactScore(seeker: s, post: p)
            else { continue }
            lists.offer(score, other: other)
        }
    }
}

/// One owner's bounded list as the row scan sees it: the cut-off and
/// threshold follow the heap's weakest entry.
struct OwnerList: RowLists {
    var heap: BoundedHeap<Candidate>
    private let evaluator: PairEvaluator
    private let ordinal: UnsafePointer<Int32>
    private let bonusBound: Double
    private var cutoff: Float
    private var bar: Double

    /// `heap` for an owner whose pairs' bonuses are at most `bonusBound`,
    /// with `ordinal` the others' positions in byte-wise id order.
    init(heap: BoundedHeap<Candidate>, evaluator: PairEvaluator, ordinal: UnsafePointer<Int32>, bonusBound: Double) {
        self.heap = heap
        self.evaluator = evaluator
        self.ordinal = ordinal
        self.bonusBound = bonusBound
        bar = heap.threshold - TiledScorer.screeningMargin
        cutoff = evaluator.skillCutoff(threshold: bar, bonusBound: bonusBound)
    }

    @inline(__always)
    func skillCutoff(other: Int) -> Float { cutoff }

    @inline(__always)
    func threshold(other: Int) -> Double { bar }

    @inline(__always)
    mutating func offer(_ score: PairScore, other: Int) {
        heap.offer(Candidate(score: score, ordinal: ordinal[other], index: Int32(other)))
        bar = heap.threshold - TiledScorer.screeningMargin
        cutoff = evaluator.skillCutoff(threshold: bar, bonusBound: bonusBound)
    }
}
