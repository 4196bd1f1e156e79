/// The elementwise part of scoring over vectorised seekers and posts.
///
/// The scoring loop first runs ``screen(seeker:post:)``, cheap integer and
/// float comparisons, then ``upperBound(seeker:approximateSkill:haversineTerm:)``,
/// and ``exactScore(seeker:post:)`` only for the few pairs that might enter a
/// top-k list. The exact step recomputes everything in
/// float64 with the formulas of the reference, so results do not depend on
/// float32 rounding, tile sizes or threads.
struct PairEvaluator: Sendable {
    let seekers: SeekerFeatures
    let posts: PostFeatures
    let configuration: ScoringConfiguration
    /// The weights of the three parts.
    private(set) var weights: ScoreWeights
    /// Whether the early-warning bonus counts: not in a seeker's own preferences.
    private(set) var includesBonus: Bool
    private let skillCount: Int
    private let groupCount: Int

    /// An evaluator scoring with `weights`, and the bonuses of
    /// `configuration` if `includesBonus`.
    init(
        seekers: SeekerFeatures, posts: PostFeatures, taxonomy: SkillTaxonomy,
        configuration: ScoringConfiguration, weights: ScoreWeights, includesBonus: Bool
    ) {
        self.seekers = seekers
        self.posts = posts
        self.configuration = configuration
        self.weights = weights
        self.includesBonus = includesBonus
        skillCount = taxonomy.skills.count
        groupCount = taxonomy.groups.count
    }

    /// The same pairs scored with other weights and bonus rule.
    func with(weights: ScoreWeights, includesBonus: Bool) -> PairEvaluator {
        var copy = self
        copy.weights = weights
        copy.includesBonus = includesBonus
        return copy
    }

    /// Whether the pair may be feasible: every hard rule of SCORING.md, the
    /// distance tested on the haversine term with a hair of slack.
    ///
    /// A pair that fails is infeasible; one that passes is feasible unless
    /// the exact distance is over a limit, which ``exactScore(seeker:post:)``
    /// tests. The most selective tests come first.
    ///
    /// - Returns: the pair's haversine term for a pair that passes, else `nil`.
    @inline(__always)
    func screen(seeker s: Int, post p: Int) -> Double? {
        let seeker = seekers.screen.base + s
        let post = posts.screen.base + p
        guard seeker.pointee.eligibleTypes & post.pointee.typeBit != 0 else { return nil }
        let limit = min(seeker.pointee.limitTerm, post.pointee.limitTerm)
        let term = seeker.pointee.place.haversineTerm(to: post.pointee.place)
        guard term <= limit else { return nil }
        let floor = post.pointee.isGig ? seeker.pointee.hourlyFloor : seeker.pointee.monthlyFloor
        guard !(post.pointee.wageMax < floor),
              seeker.pointee.availableFrom <= post.pointee.start,
              seeker.pointee.availableUntil >= post.pointee.end
        else { return nil }
        if post.pointee.isShared, seeker.pointee.employer == post.pointee.employer { return nil }
        var index = Int(post.pointee.mandatoryStart)
        let end = Int(post.pointee.mandatoryEnd)
        guard index < end else { return term }
        let requirements = posts.requirements
        let levels = seekers.levels.base + s * skillCount
        while index < end {
            if levels[Int(requirements.mandatorySkill.base[index])] < requirements.mandatoryLevel.base[index] {
                return nil
            }
            index += 1
        }
        return term
    }

    /// The highest score a screened pair can reach: its float32 skill part,
    /// the geo part at the least distance its haversine term allows
    /// (`asin x ≥ x`, so `d ≥ 2R·√h`), full wage credit and the bonus.
    @inline(__always)
    func upperBound(seeker s: Int, approximateSkill: Float, haversineTerm: Double) -> Double {
        let nearest = 2 * ScoringConfiguration.earthRadiusKm * haversineTerm.squareRoot()
        let geo = ScoringFormulas.geo(distanceKm: nearest, configuration)
        return weights.skill * Double(approximateSkill) + weights.geo * geo + weights.wage + bonus(seeker: s)
    }

    /// The least float32 skill part with which a pair can still score
    /// `threshold`, given a bound on the bonus: the cut the row scan applies
    /// before looking at anything else.
    func skillCutoff(threshold: Double, bonusBound: Double) -> Float {
        let rest = threshold - weights.geo - weights.wage - bonusBound
        guard weights.skill > 0 else { return rest <= 0 ? -.infinity : .infinity }
        return Float(rest / weights.skill).nextDown
    }

    /// The largest bonus any seeker of the batch gets.
    var largestBonus: Double {
        includesBonus ? seekers.largestBonus : 0
    }

    /// The bonus of seeker `s`, 0 where bonuses do not count.
    @inline(__always)
    func bonus(seeker s: Int) -> Double { includesBonus ? seekers.bonus.base[s] : 0 }

    /// The exact score of a pair that passed the screen, or `nil` if the
    /// exact distance breaks a limit.
    func exactScore(seeker s: Int, post p: Int) -> PairScore? {
        let distance = ScoringFormulas.distanceKm(seekers.locations[s], posts.locations[p])
        guard !(distance > seekers.commuteKm[s]), !(distance > posts.radiusKm[p]) else { return nil }
        let expected = posts.isGig[p] ? seekers.expectedHourly[s] : seekers.expectedMonthly[s]
        let geo = ScoringFormulas.geo(distanceKm: distance, configuration)
        let wage = ScoringFormulas.wage(offer: posts.offer[p], expected: expected.isNaN ? nil : expected, configuration)
        let skill = exactSkill(seeker: s, post: p)
        let bonus = bonus(seeker: s)
        let total = ScoringFormulas.total(skill: skill, geo: geo, wage: wage, bonus: bonus, weights)
        return PairScore(total: total, skill: skill, geo: geo, wage: wage, bonus: bonus, distanceKm: distance)
    }

    /// The total of a pair of seeker `s` whose parts are `score`'s, with
    /// this evaluator's weights and bonus rule: what ``exactScore(seeker:post:)``
    /// returns as the total, without scoring the pair again.
    func total(of score: PairScore, seeker s: Int) -> Double {
        ScoringFormulas.total(skill: score.skill, geo: score.geo, wage: score.wage, bonus: bonus(seeker: s), weights)
    }

    /// The skill part in float64, summed in the post's requirement order.
    private func exactSkill(seeker s: Int, post p: Int) -> Double {
        let requirements = posts.requirements
        let start = Int(requirements.start[p]), end = Int(requirements.start[p + 1])
        guard start < end else { return 1 }
        var skill = 0.0
        for index in start..<end {
            skill += ScoringFormulas.skillCredit(
                own: Int(seekers.levels[s * skillCount + Int(requirements.skill[index])]),
                group: Int(seekers.groupLevels[s * groupCount + Int(requirements.group[index])]),
                required: Int(requirements.level[index]),
                share: requirements.share[index],
                relatedCredit: configuration.relatedSkillCredit)
        }
        return skill
    }
}
