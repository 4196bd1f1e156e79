/// The skill taxonomy: every skill, its group and its grades.
///
/// Skills keep the order they were given in; groups are numbered in order of
/// first appearance. Both numberings fix the layout of the feature vectors.
public struct SkillTaxonomy: Sendable {
    /// The skills, in input order.
    public let skills: [Skill]
    /// The group names, in order of first appearance.
    public let groups: [String]
    /// For each skill, the index of its group in `groups`.
    package let groupIndexOfSkill: [Int]
    private let indexOfSkill: [String: Int]

    /// Creates a taxonomy.
    ///
    /// - Throws: ``RecordError`` for an empty or duplicate id, an empty group
    ///   or a `maxLevel` outside 1…8.
    public init(skills: [Skill]) throws(RecordError) {
        var indexOfSkill: [String: Int] = [:]
        var indexOfGroup: [String: Int] = [:]
        var groups: [String] = []
        var groupIndexOfSkill: [Int] = []
        for (index, skill) in skills.enumerated() {
            if let problem = RecordValidator.problems(in: skill).first {
                throw RecordError(kind: .skill, id: skill.id, problem: problem)
            }
            guard indexOfSkill.updateValue(index, forKey: skill.id) == nil else {
                throw RecordError(kind: .skill, id: skill.id, problem: .duplicate(skill.id))
            }
            let group = indexOfGroup[skill.group] ?? {
                groups.append(skill.group)
                indexOfGroup[skill.group] = groups.count - 1
                return groups.count - 1
            }()
            groupIndexOfSkill.append(group)
        }
        self.skills = skills
        self.groups = groups
        self.groupIndexOfSkill = groupIndexOfSkill
        self.indexOfSkill = indexOfSkill
    }

    /// The position of the skill with `id`, or `nil` if it is unknown.
    public func index(of id: String) -> Int? { indexOfSkill[id] }

    /// The skill with `id`, or `nil` if it is unknown.
    public subscript(id: String) -> Skill? { indexOfSkill[id].map { skills[$0] } }

    /// The highest `maxLevel` among the skills of each group.
    package var maxLevelOfGroup: [Int] {
        var result = [Int](repeating: 0, count: groups.count)
        for (skill, group) in zip(skills, groupIndexOfSkill) {
            result[group] = max(result[group], skill.maxLevel)
        }
        return result
    }
}
