/// Collects the candidate pairs of one worker's share of a sweep with
/// seekers as owners: each seeker's best `k` feasible posts, and for every
/// post the best `k` feasible seekers this worker saw; or, without `k`,
/// every feasible pair.
struct CandidateConsumer: TileConsumer {
    let evaluator: PairEvaluator
    let k: Int?
    /// Candidate pairs found so far: (seeker, post, score).
    private(set) var edges: [CandidateEdge] = []
    private let seekerSlots: FixedBuffer<Candidate>
    private var seekerHeaps: [BoundedHeap] = []
    /// The posts' heaps; candidates there carry the seeker as `index`.
    let postSlots: FixedBuffer<Candidate>
    private(set) var postHeaps: [BoundedHeap]
    /// The least skill part with which a pair can still enter each post's list.
    private var postCutoffs: [Float]
    private let largestBonus: Double

    init(evaluator: PairEvaluator, k: Int?, tileRows: Int) {
        self.evaluator = evaluator
        self.k = k
        let capacity = k ?? 0
        let empty = Candidate(total: 0, ordinal: 0, index: 0)
        seekerSlots = FixedBuffer(repeating: empty, count: tileRows * capacity)
        postSlots = FixedBuffer(repeating: empty, count: evaluator.posts.count * capacity)
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
        let margin = TiledScorer.screeningMargin
        for row in 0..<owners.count {
            let seeker = owners.lowerBound + row
            let skills = tile + row * layout.rowStride
            let bonus = evaluator.bonus(seeker: seeker)
            // Without a limit every feasible pair is kept: nothing is cut.
            var seekerCutoff = k == nil
                ? -.infinity : evaluator.skillCutoff(threshold: seekerHeaps[row].threshold - margin, bonusBound: bonus)
            for column in 0..<others.count {
                let post = others.lowerBound + column
                let skill = skills[column * layout.columnStride]
                // The pair matters if it can enter either list: the seeker's or this post's.
                guard skill >= min(seekerCutoff, postCutoffs[post]) else { continue }
                let threshold = k == nil ? -.infinity : min(seekerHeaps[row].threshold, postHeaps[post].threshold)
                guard let term = evaluator.screen(seeker: seeker, post: post),
                      evaluator.upperBound(seeker: seeker, approximateSkill: skill, haversineTerm: term) >= threshold - margin,
                      let score = evaluator.exactScore(seeker: seeker, post: post)
                else { continue }
                guard k != nil else {
                    edges.append(CandidateEdge(seeker: Int32(seeker), post: Int32(post), score: score.total))
                    continue
                }
                seekerHeaps[row].offer(
                    Candidate(total: score.total, ordinal: evaluator.posts.ordinal.base[post], index: Int32(post)))
                postHeaps[post].offer(
                    Candidate(total: score.total, ordinal: evaluator.seekers.ordinal.base[seeker], index: Int32(seeker)))
                seekerCutoff = evaluator.skillCutoff(threshold: seekerHeaps[row].threshold - margin, bonusBound: bonus)
                postCutoffs[post] = evaluator.skillCutoff(
                    threshold: postHeaps[post].threshold - margin, bonusBound: largestBonus)
            }
        }
    }

    mutating func end(owners: Range<Int>) {
        guard k != nil else { return }
        for row in 0..<owners.count {
            for candidate in seekerHeaps[row].sorted() {
                edges.append(CandidateEdge(seeker: Int32(owners.lowerBound + row), post: candidate.index, score: candidate.total))
            }
        }
    }
}

/// A feasible pair kept as a candidate for assignment.
struct CandidateEdge: Sendable, Hashable {
    var seeker: Int32
    var post: Int32
    var score: Double
}
