/// The elementwise part of scoring over vectorised seekers and posts.
///
/// The scoring loop first runs ``passesScreen(seeker:post:)``, cheap integer
/// and float comparisons, then ``exactScore(seeker:post:)`` for the few pairs
/// that might enter a top-k list. The exact step recomputes everything in
/// float64 with the formulas of the reference, so results do not depend on
/// float32 rounding, tile sizes or threads.
struct PairEvaluator: Sendable {
    let seekers: SeekerFeatures
    let posts: PostFeatures
    let configuration: ScoringConfiguration
    /// The weights of the three parts.
    let weights: ScoreWeights
    /// Whether the early-warning bonus counts: not in a seeker's own preferences.
    let includesBonus: Bool
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

    /// Whether the pair may be feasible: every hard rule of SCORING.md, the
    /// distance tested on the haversine term with a hair of slack.
    ///
    /// A pair that fails is infeasible; one that passes is feasible unless
    /// the exact distance is over a limit, which ``exactScore(seeker:post:)`` tests.
    @inline(__always)
    func passesScreen(seeker s: Int, post p: Int) -> Bool {
        guard seekers.eligibleTypes.base[s] & posts.typeBit.base[p] != 0 else { return false }
        if posts.isShared.base[p], seekers.employer.base[s] == posts.employer.base[p] { return false }
        guard seekers.availableFrom.base[s] <= posts.start.base[p],
              seekers.availableUntil.base[s] >= posts.end.base[p] else { return false }
        let floor = posts.isGig.base[p] ? seekers.hourlyFloor.base[s] : seekers.monthlyFloor.base[s]
        guard !(posts.wageMax.base[p] < floor) else { return false }
        let limit = min(seekers.places.limitHaversine.base[s], posts.places.limitHaversine.base[p])
        if limit < 2, seekers.places.haversineTerm(s, posts.places, p) > limit { return false }
        let requirements = posts.requirements
        let levels = seekers.levels.base + s * skillCount
        var index = Int(requirements.mandatoryStart.base[p])
        let end = Int(requirements.mandatoryStart.base[p + 1])
        while index < end {
            if levels[Int(requirements.mandatorySkill.base[index])] < requirements.mandatoryLevel.base[index] {
                return false
            }
            index += 1
        }
        return true
    }

    /// The highest score the pair can reach given its float32 skill part.
    @inline(__always)
    func upperBound(seeker s: Int, approximateSkill: Float) -> Double {
        weights.skill * Double(approximateSkill) + weights.geo + weights.wage + bonus(seeker: s)
    }

    @inline(__always)
    private func bonus(seeker s: Int) -> Double { includesBonus ? seekers.bonus.base[s] : 0 }

    /// The exact score of a pair that passed the screen, or `nil` if the
    /// exact distance breaks a limit.
    func exactScore(seeker s: Int, post p: Int) -> PairScore? {
        let distance = ScoringFormulas.distanceKm(seekers.places.coordinate(s), posts.places.coordinate(p))
        guard !(distance > seekers.places.limitKm[s]), !(distance > posts.places.limitKm[p]) else { return nil }
        let expected = posts.isGig[p] ? seekers.expectedHourly[s] : seekers.expectedMonthly[s]
        let geo = ScoringFormulas.geo(distanceKm: distance, configuration)
        let wage = ScoringFormulas.wage(offer: posts.offer[p], expected: expected.isNaN ? nil : expected, configuration)
        let skill = exactSkill(seeker: s, post: p)
        let bonus = bonus(seeker: s)
        let total = ScoringFormulas.total(skill: skill, geo: geo, wage: wage, bonus: bonus, weights)
        return PairScore(total: total, skill: skill, geo: geo, wage: wage, bonus: bonus, distanceKm: distance)
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
