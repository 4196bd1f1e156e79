/// The score of a feasible pair and its parts.
public struct PairScore: Sendable, Hashable, BitwiseCopyable {
    /// The total: `wSkill·skill + wGeo·geo + wWage·wage + bonus`.
    public var total: Double
    /// The skill part, 0 … 1.
    public var skill: Double
    /// The geo part, 0 … 1.
    public var geo: Double
    /// The wage part, 0 … 1.
    public var wage: Double
    /// The early-warning bonus.
    public var bonus: Double
    /// The great-circle distance in km.
    public var distanceKm: Double

    /// Creates a pair score.
    public init(total: Double, skill: Double, geo: Double, wage: Double, bonus: Double, distanceKm: Double) {
        self.total = total
        self.skill = skill
        self.geo = geo
        self.wage = wage
        self.bonus = bonus
        self.distanceKm = distanceKm
    }
}
