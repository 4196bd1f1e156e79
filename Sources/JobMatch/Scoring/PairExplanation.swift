/// Why a pair scores what it does, or why it is infeasible.
public struct PairExplanation: Sendable, Hashable {
    /// The seeker's id.
    public var seekerID: String
    /// The post's id.
    public var postID: String
    /// Each requirement's contribution to the skill part, in the post's order.
    public var requirements: [RequirementCredit]
    /// The skill part.
    public var skill: Double
    /// The great-circle distance in km.
    public var distanceKm: Double
    /// The geo part.
    public var geo: Double
    /// The offer `o`, the middle of the post's wage range.
    public var offeredWage: Double
    /// The seeker's expectation for this kind of post, if given.
    public var expectedWage: Double?
    /// The wage part.
    public var wage: Double
    /// The early-warning bonus.
    public var bonus: Double
    /// The weights the total was computed with.
    public var weights: ScoreWeights
    /// Every rule the pair breaks; empty for a feasible pair.
    public var violations: [Violation]

    /// Whether the pair may be ranked or assigned.
    public var isFeasible: Bool { violations.isEmpty }

    /// The offer over the expectation, if an expectation is given.
    public var wageRatio: Double? { expectedWage.map { offeredWage / $0 } }

    /// The score, or `nil` for an infeasible pair.
    public var score: PairScore? {
        guard isFeasible else { return nil }
        let total = ScoringFormulas.total(skill: skill, geo: geo, wage: wage, bonus: bonus, weights)
        return PairScore(total: total, skill: skill, geo: geo, wage: wage, bonus: bonus, distanceKm: distanceKm)
    }
}

/// One requirement's share of a pair's skill part.
public struct RequirementCredit: Sendable, Hashable {
    /// The requirement.
    public var requirement: Requirement
    /// The seeker's level in the required skill, 0 if they lack it.
    public var ownLevel: Int
    /// The seeker's highest level in the skill's group.
    public var groupLevel: Int
    /// The contribution to the skill part.
    public var credit: Double

    /// Whether this is a mandatory requirement the seeker does not meet.
    public var isMissingMandatory: Bool { requirement.isMandatory && ownLevel < requirement.level }
}
