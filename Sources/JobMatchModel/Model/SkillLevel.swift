/// A seeker's grade in one skill.
public struct SkillLevel: Sendable, Hashable {
    /// The skill id.
    public var skill: String
    /// The grade, 1 … the skill's `maxLevel`.
    public var level: Int

    /// Creates a skill level.
    public init(skill: String, level: Int) {
        self.skill = skill
        self.level = level
    }
}
