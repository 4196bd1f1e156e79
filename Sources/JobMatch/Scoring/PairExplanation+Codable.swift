/// An explanation in the shape of `jobmatch explain --format json`: the
/// parts rounded as files print them, `feasible`, `score` and `wage_ratio`
/// derived, each requirement's credit and every broken rule.
extension PairExplanation: Codable {
    private enum CodingKeys: String, CodingKey {
        case seeker, post, feasible, score, skill, geo, wage, bonus, weights, requirements, violations
        case distanceKm = "distance_km"
        case offeredWage = "offered_wage"
        case expectedWage = "expected_wage"
        case wageRatio = "wage_ratio"
    }

    /// Reads an explanation in the shape `explain --format json` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seekerID = try container.decode(String.self, forKey: .seeker)
        postID = try container.decode(String.self, forKey: .post)
        requirements = try container.decode([RequirementCredit].self, forKey: .requirements)
        skill = try container.decode(Double.self, forKey: .skill)
        distanceKm = try container.decode(Double.self, forKey: .distanceKm)
        geo = try container.decode(Double.self, forKey: .geo)
        offeredWage = try container.decode(Double.self, forKey: .offeredWage)
        expectedWage = try container.decodeIfPresent(Double.self, forKey: .expectedWage)
        wage = try container.decode(Double.self, forKey: .wage)
        bonus = try container.decode(Double.self, forKey: .bonus)
        weights = try container.decode(ScoreWeights.self, forKey: .weights)
        violations = try container.decode([Violation].self, forKey: .violations)
    }

    /// Writes the explanation in the shape of `explain --format json`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seekerID, forKey: .seeker)
        try container.encode(postID, forKey: .post)
        try container.encode(isFeasible, forKey: .feasible)
        try container.encode(score?.total.rounded(toPlaces: 6), forKey: .score)
        try container.encode(skill.rounded(toPlaces: 6), forKey: .skill)
        try container.encode(geo.rounded(toPlaces: 6), forKey: .geo)
        try container.encode(wage.rounded(toPlaces: 6), forKey: .wage)
        try container.encode(bonus.rounded(toPlaces: 6), forKey: .bonus)
        try container.encode(distanceKm.rounded(toPlaces: 4), forKey: .distanceKm)
        try container.encode(offeredWage, forKey: .offeredWage)
        try container.encode(expectedWage, forKey: .expectedWage)
        try container.encode(wageRatio?.rounded(toPlaces: 6), forKey: .wageRatio)
        try container.encode(weights, forKey: .weights)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(violations, forKey: .violations)
    }
}

/// A requirement's credit: the requirement's own keys (`skill`, `level`,
/// `weight`, `mandatory`), then `own_level`, `group_level`, `credit`
/// (rounded to 6 decimals) and the derived `missing_mandatory`.
extension RequirementCredit: Codable {
    private enum CodingKeys: String, CodingKey {
        case skill, level, weight, mandatory, credit
        case ownLevel = "own_level"
        case groupLevel = "group_level"
        case missingMandatory = "missing_mandatory"
    }

    /// Reads a requirement's credit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requirement = Requirement(
            skill: try container.decode(String.self, forKey: .skill), level: try container.decode(Int.self, forKey: .level),
            weight: try container.decode(Double.self, forKey: .weight),
            isMandatory: try container.decode(Bool.self, forKey: .mandatory))
        ownLevel = try container.decode(Int.self, forKey: .ownLevel)
        groupLevel = try container.decode(Int.self, forKey: .groupLevel)
        credit = try container.decode(Double.self, forKey: .credit)
    }

    /// Writes the requirement's credit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requirement.skill, forKey: .skill)
        try container.encode(requirement.level, forKey: .level)
        try container.encode(requirement.weight, forKey: .weight)
        try container.encode(requirement.isMandatory, forKey: .mandatory)
        try container.encode(ownLevel, forKey: .ownLevel)
        try container.encode(groupLevel, forKey: .groupLevel)
        try container.encode(credit.rounded(toPlaces: 6), forKey: .credit)
        try container.encode(isMissingMandatory, forKey: .missingMandatory)
    }
}
