/// One skill requirement of a post.
public struct Requirement: Sendable, Hashable {
    /// The required skill's id.
    public var skill: String
    /// The required grade, at least 1.
    public var level: Int
    /// The weight of this requirement in the skill score, greater than 0.
    public var weight: Double
    /// Whether a seeker below `level` is infeasible for the post.
    public var isMandatory: Bool

    /// Creates a requirement.
    public init(skill: String, level: Int, weight: Double = 1, isMandatory: Bool = false) {
        self.skill = skill
        self.level = level
        self.weight = weight
        self.isMandatory = isMandatory
    }
}
