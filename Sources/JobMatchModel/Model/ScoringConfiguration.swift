/// Every parameter of SCORING.md, with its default.
///
/// Validate with ``validate()`` before use; the engine does so on creation.
public struct ScoringConfiguration: Sendable, Hashable {
    /// Weights of the skill, geo and wage parts: non-negative, summing to 1.
    public var weights: ScoreWeights = .init(skill: 0.6, geo: 0.25, wage: 0.15)
    /// Related-skill credit `ρ`, 0 … 1.
    public var relatedSkillCredit: Double = 0.25
    /// Distance in km up to which `geo` is 1.
    public var geoOffsetKm: Double = 1
    /// Distance in km beyond the offset at which `geo` has fallen to 0.5.
    public var geoScaleKm: Double = 5
    /// Relative wage shortfall at which `wage` has fallen to 0.5.
    public var wageHalfShortfall: Double = 0.2
    /// Largest tolerated shortfall of `wageMax` below the expectation, 0 … 1.
    public var maxShortfall: Double = 0.3
    /// Bonus for a seeker on red early warning.
    public var redBonus: Double = 0.10
    /// Bonus for a seeker on yellow early warning.
    public var yellowBonus: Double = 0.05
    /// Bonus for a seeker on blue early warning.
    public var blueBonus: Double = 0.02
    /// Weights seekers use to rank posts in stable matching (no bonus).
    public var seekerPreferenceWeights: ScoreWeights = .init(skill: 0.3, geo: 0.35, wage: 0.35)
    /// Weights posts use to rank seekers in stable matching (bonus added).
    public var postPreferenceWeights: ScoreWeights = .init(skill: 0.8, geo: 0.1, wage: 0.1)

    /// The defaults of SCORING.md.
    public init() {}

    /// The radius of the earth in km used for distances.
    public static let earthRadiusKm = 6371.0088

    /// The bonus for a seeker at `warning`.
    public func bonus(for warning: WarningLevel) -> Double {
        switch warning {
        case .red: redBonus
        case .yellow: yellowBonus
        case .blue: blueBonus
        case .none: 0
        }
    }

    /// This configuration with `weights` in place of the score weights.
    func with(weights: ScoreWeights, bonus: Bool) -> ScoringConfiguration {
        var copy = self
        copy.weights = weights
        if !bonus { (copy.redBonus, copy.yellowBonus, copy.blueBonus) = (0, 0, 0) }
        return copy
    }
}

/// The weights of the three parts of a score.
public struct ScoreWeights: Sendable, Hashable, Codable {
    /// Weight of the skill part.
    public var skill: Double
    /// Weight of the geo part.
    public var geo: Double
    /// Weight of the wage part.
    public var wage: Double

    /// Creates weights; they must be non-negative and sum to 1.
    public init(skill: Double, geo: Double, wage: Double) {
        self.skill = skill
        self.geo = geo
        self.wage = wage
    }
}
