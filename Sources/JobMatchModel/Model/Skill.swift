/// One skill of the taxonomy, graded on the eight-grade worker ladder.
public struct Skill: Sendable, Hashable {
    /// The unique id, such as `welding`.
    public var id: String
    /// The display name.
    public var name: String
    /// The Chinese display name, if any.
    public var chineseName: String?
    /// The skill group, such as `metalwork`; related skills share it.
    public var group: String
    /// The highest grade, 1 for ungraded skills, at most 8.
    public var maxLevel: Int

    /// Creates a skill.
    public init(id: String, name: String, chineseName: String? = nil, group: String, maxLevel: Int) {
        self.id = id
        self.name = name
        self.chineseName = chineseName
        self.group = group
        self.maxLevel = maxLevel
    }
}
