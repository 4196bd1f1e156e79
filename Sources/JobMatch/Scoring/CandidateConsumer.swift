/// Collects the candidate pairs of one worker's share of a sweep with
/// seekers as owners: each seeker's best `k` feasible posts, and for every
/// post the best `k` feasible seekers this worker saw; or, without `k`,
/// every feasible pair.
///
/// Edges carry the pair's three scores, all from the one exact scoring of
/// the pair: the score and both sides' preferences.
struct CandidateConsumer: TileConsumer {
    let evaluator: PairEvaluator
    let k: Int?
    /// Candidate pairs of the seekers' lists (or every feasible pair), an
    /// array a block, in the order this worker swept them: whoever reads
    /// them can release each block once read.
    private(set) var blocks: [[CandidateEdge]] = []
    /// The block being swept.
    private var edges: [CandidateEdge] = []
    private let seekerSlots: FixedBuffer<Candidate>
    private var seekerHeaps: [BoundedHeap<Candidate>] = []
    /// The posts' lists as this worker saw them, totals alone; entries there carry the seeker as `index`.
    let postSlots: FixedBuffer<ScoredOther>
    private(set) var postHeaps: [BoundedHeap<ScoredOther>]
    /// The least skill part with which a pair can still enter each post's list.
    private var postCutoffs: [Float]
    private let largestBonus: Double
    private let preferences: EdgePreferences

    /// A consumer for `evaluator`'s pairs; `seekerSide` and `postSide` are
    /// the same pairs with the two sides' preference weights.
    init(evaluator: PairEvaluator, seekerSide: PairEvaluator, postSide: PairEvaluator, k: Int?, tileRows: Int) {
        self.evaluator = evaluator
        preferences = EdgePreferences(seekerSide: seekerSide, postSide: postSide)
        self.k = k
        let capacity = k ?? 0
        seekerSlots = FixedBuffer(repeating: .empty, count: tileRows * capacity)
        postSlots = FixedBuffer(repeating: ScoredOther.empty, count: evaluator.posts.count * capacity)
        postHeaps = (0..<evaluator.posts.count).map { [postSlots] in
            BoundedHeap(slots: postSlots.mutableBase + $0 * capacity, capacity: capacity)
        }
        postCutoffs = Array(repeating: -.infinity, count: evaluator.posts.count)
        largestBonus = evaluator.largestBonus
    }

    mutating func begin(owners: Range<Int>) {
        let capacity = k ?? 0
        seekerHeaps = (0..<owners.count).map { BoundedHeap(slots: seekerSlots.mutableBase + $0 * capacity, capacity: capacity) }
    }

    mutating func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>) {
        for row in 0..<owners.count {
            let seeker = owners.lowerBound + row
            let skills = tile + row * layout.rowStride
            if k == nil {
                var lists = EveryPair(preferences: preferences, seeker: seeker)
                swap(&lists.edges, &edges)
                evaluator.scan(SeekersOwnPosts.self, owner: seeker, skills: skills, stride: layout.columnStride, others: others, into: &lists)
                swap(&lists.edges, &edges)
                continue
            }
            var lists = BothLists(
                seeker: OwnerList(
                    heap: seekerHeaps[row], evaluator: evaluator, ordinal: evaluator.posts.ordinal.base,
                    bonusBound: evaluator.bonus(seeker: seeker)),
                seekerOrdinal: evaluator.seekers.ordinal.base[seeker], seekerRow: seeker,
                evaluator: evaluator, largestBonus: largestBonus)
            swap(&lists.postHeaps, &postHeaps)
            swap(&lists.postCutoffs, &postCutoffs)
            evaluator.scan(SeekersOwnPosts.self, owner: seeker, skills: skills, stride: layout.columnStride, others: others, into: &lists)
            swap(&lists.postHeaps, &postHeaps)
            swap(&lists.postCutoffs, &postCutoffs)
            seekerHeaps[row] = lists.seeker.heap
        }
    }

    mutating func end(owners: Range<Int>) {
        if k != nil {
            for row in 0..<owners.count {
                let seeker = owners.lowerBound + row
                for candidate in seekerHeaps[row].removeAllBestFirst() {
                    edges.append(preferences.edge(seeker: seeker, post: Int(candidate.index), candidate.score))
                }
            }
        }
        blocks.append(edges)
        edges = []
    }

    /// Every feasible pair of one seeker's row.
    private struct EveryPair: RowLists {
        let preferences: EdgePreferences
        let seeker: Int
        var edges: [CandidateEdge] = []

        func skillCutoff(other: Int) -> Float { -.infinity }
        func threshold(other: Int) -> Double { -.infinity }
        mutating func offer(_ score: PairScore, other: Int) {
            edges.append(preferences.edge(seeker: seeker, post: other, score))
        }
    }

    /// One seeker's list and every post's: a pair matters if it can enter either.
    private struct BothLists: RowLists {
        var seeker: OwnerList
        let seekerOrdinal: Int32
        let seekerRow: Int
        let evaluator: PairEvaluator
        let largestBonus: Double
        var postHeaps: [BoundedHeap<ScoredOther>] = []
        var postCutoffs: [Float] = []

        @inline(__always)
        func skillCutoff(other: Int) -> Float { min(seeker.skillCutoff(other: other), postCutoffs[other]) }

        @inline(__always)
        func threshold(other: Int) -> Double {
            min(seeker.threshold(other: other), postHeaps[other].threshold - TiledScorer.screeningMargin)
        }

        @inline(__always)
        mutating func offer(_ score: PairScore, other: Int) {
            seeker.offer(score, other: other)
            postHeaps[other].offer(ScoredOther(total: score.total, ordinal: seekerOrdinal, index: Int32(seekerRow)))
            postCutoffs[other] = evaluator.skillCutoff(
                threshold: postHeaps[other].threshold - TiledScorer.screeningMargin, bonusBound: largestBonus)
        }
    }
}

/// Makes edges with both sides' preference scores from a pair's parts.
struct EdgePreferences {
    /// The pairs with the seekers' preference weights, no bonus.
    let seekerSide: PairEvaluator
    /// The pairs with the posts' preference weights and the bonus.
    let postSide: PairEvaluator

    /// The edge of `seeker` and `post` scored `score`.
    func edge(seeker: Int, post: Int, _ score: PairScore) -> CandidateEdge {
        CandidateEdge(
            seeker: Int32(seeker), post: Int32(post), score: score.total,
            seekerPreference: seekerSide.total(of: score, seeker: seeker),
            postPreference: postSide.total(of: score, seeker: seeker))
    }
}

/// A feasible pair kept as a candidate for assignment, with its score and
/// both sides' preference scores.
struct CandidateEdge: Sendable, Hashable {
    var seeker: Int32
    var post: Int32
    var score: Double
    var seekerPreference: Double
    var postPreference: Double
}
