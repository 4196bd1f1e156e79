/// The JSON form of a configuration: snake_case keys, every key optional
/// (an absent key keeps its default), unknown keys refused so that a typing
/// error cannot silently leave a default in force.
///
/// ```json
/// {"weights": {"skill": 0.5, "geo": 0.3, "wage": 0.2}, "geo_scale_km": 8,
///  "bonus": {"red": 0.1, "yellow": 0.05, "blue": 0.02}}
/// ```
extension ScoringConfiguration: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case weights
        case relatedSkillCredit = "related_skill_credit"
        case geoOffsetKm = "geo_offset_km"
        case geoScaleKm = "geo_scale_km"
        case wageHalfShortfall = "wage_half_shortfall"
        case maxShortfall = "max_shortfall"
        case bonus
        case seekerPreferenceWeights = "seeker_preference_weights"
        case postPreferenceWeights = "post_preference_weights"
    }

    private struct Bonus: Codable {
        var red: Double?
        var yellow: Double?
        var blue: Double?
    }

    /// Reads a configuration: absent keys keep their defaults, unknown keys are refused.
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        if let unknown = try decoder.container(keyedBy: AnyCodingKey.self).allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: try decoder.container(keyedBy: AnyCodingKey.self),
                debugDescription: "unknown parameter '\(unknown.stringValue)'; known: \(known.sorted().joined(separator: ", "))")
        }
        weights = try container.decodeIfPresent(ScoreWeights.self, forKey: .weights) ?? weights
        relatedSkillCredit = try container.decodeIfPresent(Double.self, forKey: .relatedSkillCredit) ?? relatedSkillCredit
        geoOffsetKm = try container.decodeIfPresent(Double.self, forKey: .geoOffsetKm) ?? geoOffsetKm
        geoScaleKm = try container.decodeIfPresent(Double.self, forKey: .geoScaleKm) ?? geoScaleKm
        wageHalfShortfall = try container.decodeIfPresent(Double.self, forKey: .wageHalfShortfall) ?? wageHalfShortfall
        maxShortfall = try container.decodeIfPresent(Double.self, forKey: .maxShortfall) ?? maxShortfall
        if let bonus = try container.decodeIfPresent(Bonus.self, forKey: .bonus) {
            redBonus = bonus.red ?? redBonus
            yellowBonus = bonus.yellow ?? yellowBonus
            blueBonus = bonus.blue ?? blueBonus
        }
        seekerPreferenceWeights = try container.decodeIfPresent(ScoreWeights.self, forKey: .seekerPreferenceWeights)
            ?? seekerPreferenceWeights
        postPreferenceWeights = try container.decodeIfPresent(ScoreWeights.self, forKey: .postPreferenceWeights)
            ?? postPreferenceWeights
    }

    /// Writes every parameter.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weights, forKey: .weights)
        try container.encode(relatedSkillCredit, forKey: .relatedSkillCredit)
        try container.encode(geoOffsetKm, forKey: .geoOffsetKm)
        try container.encode(geoScaleKm, forKey: .geoScaleKm)
        try container.encode(wageHalfShortfall, forKey: .wageHalfShortfall)
        try container.encode(maxShortfall, forKey: .maxShortfall)
        try container.encode(Bonus(red: redBonus, yellow: yellowBonus, blue: blueBonus), forKey: .bonus)
        try container.encode(seekerPreferenceWeights, forKey: .seekerPreferenceWeights)
        try container.encode(postPreferenceWeights, forKey: .postPreferenceWeights)
    }
}
