/// Which hard rules each pair of a sweep breaks, summed up: per post, its
/// feasible seekers and, for each rule, the seekers for whom it is the
/// only rule broken; per seeker, its feasible posts and the nearest; and
/// the near misses, pairs broken by mandatory requirements alone, each at
/// most ``nearMissGap`` levels short.
///
/// Every pair is looked at: a rule that is the only one broken matters
/// whatever else (distance included) holds, so no run of posts can be
/// ruled out at once. Each test is cheap, and a pair stops being tested as
/// soon as it breaks two rules, when it can count for nothing. The rules
/// are those of ``PairEvaluator/screen(seeker:post:)`` and
/// ``PairEvaluator/exactScore(seeker:post:)``, one at a time: the distance
/// by the haversine term where that settles it, else exactly.
struct RuleConsumer: TileConsumer {
    /// How far below a mandatory level a near miss may be.
    static let nearMissGap = 2

    let evaluator: PairEvaluator
    /// Per post (feature order): seekers feasible, and per rule (FeasibilityRule order) the only-rule counts.
    private(set) var feasibleSeekers: [Int32]
    private(set) var binding: [Int32]
    /// Per seeker: feasible posts, and the least distance to one (km; +∞ for none).
    private(set) var feasiblePosts: [Int32]
    private(set) var nearestFeasibleKm: [Double]
    /// Near misses: (seeker, post in feature order).
    private(set) var nearMisses: [(seeker: Int32, post: Int32)] = []
    private let skillCount: Int
    private static let ruleCount = FeasibilityRule.allCases.count

    init(evaluator: PairEvaluator, skillCount: Int) {
        self.evaluator = evaluator
        self.skillCount = skillCount
        feasibleSeekers = Array(repeating: 0, count: evaluator.posts.count)
        binding = Array(repeating: 0, count: evaluator.posts.count * Self.ruleCount)
        feasiblePosts = Array(repeating: 0, count: evaluator.seekers.count)
        nearestFeasibleKm = Array(repeating: .infinity, count: evaluator.seekers.count)
    }

    func begin(owners: Range<Int>) {}
    func end(owners: Range<Int>) {}

    mutating func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>) {
        for seeker in owners {
            for post in others { look(at: seeker, post) }
        }
    }

    /// Counts one pair.
    @inline(__always)
    private mutating func look(at s: Int, _ p: Int) {
        let seeker = evaluator.seekers.screen.base + s
        let post = evaluator.posts.screen.base + p
        var broken = 0
        var only = -1
        func breaks(_ rule: Int) -> Bool {
            broken += 1
            only = rule
            return broken == 2
        }
        if seeker.pointee.accepts & post.pointee.typeBit == 0, breaks(0) { return }
        if seeker.pointee.entitledTypes & post.pointee.typeBit == 0 {
            let rule = post.pointee.typeBit == WorkType.publicWelfare.bit ? 1 : 2
            if breaks(rule) { return }
        }
        if post.pointee.isShared,
           seeker.pointee.employer == EmployerNumbers.none || seeker.pointee.employer == post.pointee.employer,
           breaks(3) { return }
        if !(seeker.pointee.availableFrom <= post.pointee.start && seeker.pointee.availableUntil >= post.pointee.end),
           breaks(4) { return }
        let floor = post.pointee.isGig ? seeker.pointee.hourlyFloor : seeker.pointee.monthlyFloor
        if post.pointee.wageMax < floor, breaks(7) { return }
        let gap = mandatoryGap(seeker: s, post: post.pointee)
        if gap > 0, breaks(5) { return }
        let term = seeker.pointee.place.haversineTerm(to: post.pointee.place)
        var distance = Double.nan
        if term > min(seeker.pointee.limitTerm, post.pointee.limitTerm) {
            if breaks(6) { return }
        } else {
            distance = ScoringFormulas.distanceKm(evaluator.seekers.locations[s], evaluator.posts.locations[p])
            if distance > evaluator.seekers.commuteKm[s] || distance > evaluator.posts.radiusKm[p], breaks(6) { return }
        }
        switch broken {
        case 0:
            feasibleSeekers[p] += 1
            feasiblePosts[s] += 1
            nearestFeasibleKm[s] = min(nearestFeasibleKm[s], distance)
        default:
            binding[p * Self.ruleCount + only] += 1
            if only == 5, gap <= Self.nearMissGap { nearMisses.append((Int32(s), Int32(p))) }
        }
    }

    /// The largest shortfall of the seeker below the post's mandatory
    /// levels, 0 if every one is met.
    @inline(__always)
    private func mandatoryGap(seeker s: Int, post: PostScreen) -> Int {
        let requirements = evaluator.posts.requirements
        let levels = evaluator.seekers.levels.base + s * skillCount
        var gap = 0
        var index = Int(post.mandatoryStart)
        while index < Int(post.mandatoryEnd) {
            let shortfall = Int(requirements.mandatoryLevel.base[index]) - Int(levels[Int(requirements.mandatorySkill.base[index])])
            gap = max(gap, shortfall)
            index += 1
        }
        return gap
    }
}
