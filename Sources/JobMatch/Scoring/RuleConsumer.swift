/// Which hard rules each pair of a sweep breaks, summed up: per post, its
/// feasible seekers and, for each rule, the seekers for whom it is the
/// only rule broken; per seeker, its feasible posts and the nearest; and
/// the near misses, pairs broken by mandatory requirements alone, each at
/// most ``nearMissGap`` levels short.
///
/// Every pair is looked at: a rule that is the only one broken matters
/// whatever else holds, so no run of posts can be left out. But a run of
/// posts all beyond the seeker's reach (``PostBlocks/isBeyondReach``)
/// breaks the distance rule throughout, and each of its pairs only needs
/// to know whether any other rule is broken as well. A pair stops being
/// tested as soon as it breaks two rules, when it can count for nothing.
/// The rules are those of ``PairEvaluator/screen(seeker:post:)`` and
/// ``PairEvaluator/exactScore(seeker:post:)``, one at a time, with the
/// distance settled by the haversine term unless it lies within a hair of
/// a limit, where the exact distance settles it; the exact distance to a
/// seeker's nearest feasible post is computed only for a post that may be
/// nearer than the nearest so far.
///
/// The sweep's skill parts are not read.
struct RuleConsumer: TileConsumer {
    /// How far below a mandatory level a near miss may be.
    static let nearMissGap = 2
    static var readsSkillParts: Bool { false }

    let evaluator: PairEvaluator
    // The counts are this consumer's own buffers, written in place.
    /// Per post (feature order): seekers feasible, and per rule (FeasibilityRule order) the only-rule counts.
    let feasibleSeekers: FixedBuffer<Int32>
    let binding: FixedBuffer<Int32>
    /// Per seeker: feasible posts, and the least distance to one (km; +∞ for none).
    let feasiblePosts: FixedBuffer<Int32>
    let nearestFeasibleKm: FixedBuffer<Double>
    /// Near misses: (seeker, post in feature order).
    private(set) var nearMisses: [(seeker: Int32, post: Int32)] = []
    /// Per seeker, the haversine term of the nearest feasible post so far.
    private let nearestTerm: FixedBuffer<Double>
    /// Per post, the haversine term below which its radius surely holds.
    private let postSurelyWithin: FixedBuffer<Double>
    private let skillCount: Int
    private let ruleCount = FeasibilityRule.allCases.count
    private let distanceRule = FeasibilityRule.allCases.firstIndex(of: .distance)!

    init(evaluator: PairEvaluator, skillCount: Int) {
        self.evaluator = evaluator
        self.skillCount = skillCount
        feasibleSeekers = FixedBuffer(repeating: 0, count: evaluator.posts.count)
        binding = FixedBuffer(repeating: 0, count: evaluator.posts.count * ruleCount)
        feasiblePosts = FixedBuffer(repeating: 0, count: evaluator.seekers.count)
        nearestFeasibleKm = FixedBuffer(repeating: .infinity, count: evaluator.seekers.count)
        nearestTerm = FixedBuffer(repeating: .infinity, count: evaluator.seekers.count)
        postSurelyWithin = FixedBuffer((0..<evaluator.posts.count).map {
            HalfAngles.surelyWithin(limitTerm: evaluator.posts.screen[$0].limitTerm)
        })
    }

    func begin(owners: Range<Int>) {}
    func end(owners: Range<Int>) {}

    mutating func consume(
        _ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>
    ) {
        let blocks = evaluator.posts.blocks
        for s in owners {
            let seeker = evaluator.seekers.screen[s]
            let surelyWithin = HalfAngles.surelyWithin(limitTerm: seeker.limitTerm)
            var first = others.lowerBound
            while first < others.upperBound {
                let block = first / PostBlocks.size
                let run = first..<min(others.upperBound, (block + 1) * PostBlocks.size)
                if blocks.isBeyondReach(seeker, latitude: seeker.latitude, longitude: seeker.longitude, block: block) {
                    for p in run where !breaksRuleOtherThanDistance(seeker, s, p) {
                        binding.mutableBase[p * ruleCount + distanceRule] += 1
                    }
                } else {
                    for p in run { look(at: seeker, s, p, surelyWithin: surelyWithin) }
                }
                first = run.upperBound
            }
        }
    }

    /// Counts one pair of a run in the seeker's reach.
    @inline(__always)
    private mutating func look(at seeker: SeekerScreen, _ s: Int, _ p: Int, surelyWithin: Double) {
        let post = evaluator.posts.screen.base + p
        var broken = 0
        var only = -1
        func breaks(_ rule: Int) -> Bool {
            broken += 1
            only = rule
            return broken == 2
        }
        let term = seeker.place.haversineTerm(to: post.pointee.place)
        if term > min(seeker.limitTerm, post.pointee.limitTerm)
            || (term >= min(surelyWithin, postSurelyWithin.base[p]) && isBeyondExactLimit(s, p)) {
            _ = breaks(distanceRule)
        }
        if seeker.accepts & post.pointee.typeBit == 0, breaks(0) { return }
        if seeker.entitledTypes & post.pointee.typeBit == 0 {
            let rule = post.pointee.typeBit == WorkType.publicWelfare.bit ? 1 : 2
            if breaks(rule) { return }
        }
        if post.pointee.isShared, seeker.employer == EmployerNumbers.none || seeker.employer == post.pointee.employer,
           breaks(3) { return }
        if !(seeker.availableFrom <= post.pointee.start && seeker.availableUntil >= post.pointee.end), breaks(4) {
            return
        }
        let floor = post.pointee.isGig ? seeker.hourlyFloor : seeker.monthlyFloor
        if post.pointee.wageMax < floor, breaks(7) { return }
        let gap = mandatoryGap(seeker: s, post: post.pointee)
        if gap > 0, breaks(5) { return }
        switch broken {
        case 0:
            feasibleSeekers.mutableBase[p] += 1
            feasiblePosts.mutableBase[s] += 1
            if term <= nearestTerm.base[s] * (1 + 1e-9) + 1e-15 {
                nearestTerm.mutableBase[s] = min(nearestTerm.base[s], term)
                nearestFeasibleKm.mutableBase[s] = min(
                    nearestFeasibleKm.base[s],
                    ScoringFormulas.distanceKm(evaluator.seekers.locations[s], evaluator.posts.locations[p]))
            }
        default:
            binding.mutableBase[p * ruleCount + only] += 1
            if only == 5, gap <= Self.nearMissGap { nearMisses.append((Int32(s), Int32(p))) }
        }
    }

    /// Whether the exact distance is over the seeker's commute or the post's radius.
    private func isBeyondExactLimit(_ s: Int, _ p: Int) -> Bool {
        let distance = ScoringFormulas.distanceKm(evaluator.seekers.locations[s], evaluator.posts.locations[p])
        return distance > evaluator.seekers.commuteKm[s] || distance > evaluator.posts.radiusKm[p]
    }

    /// Whether the pair breaks any rule but distance; the tests but the
    /// last are combined without branches, their outcomes being hard to predict.
    @inline(__always)
    private func breaksRuleOtherThanDistance(_ seeker: SeekerScreen, _ s: Int, _ p: Int) -> Bool {
        let post = evaluator.posts.screen.base[p]
        let employerBars = seeker.employer == EmployerNumbers.none || seeker.employer == post.employer
        let floor = post.isGig ? seeker.hourlyFloor : seeker.monthlyFloor
        let broken = (seeker.accepts & seeker.entitledTypes & post.typeBit == 0 ? 1 : 0)
            | (post.isShared && employerBars ? 1 : 0)
            | (seeker.availableFrom > post.start ? 1 : 0) | (seeker.availableUntil < post.end ? 1 : 0)
            | (post.wageMax < floor ? 1 : 0)
        return broken != 0 || mandatoryGap(seeker: s, post: post) > 0
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
            let level = levels[Int(requirements.mandatorySkill.base[index])]
            let shortfall = Int(requirements.mandatoryLevel.base[index]) - Int(level)
            gap = max(gap, shortfall)
            index += 1
        }
        return gap
    }
}
