import JobMatch
extension CityCatalog {
    /// A group of related skills, such as metalwork or care.
    public struct SkillGroup: Sendable {
        /// The group id used in the taxonomy, such as `metalwork`.
        public let id: String
        /// The English name.
        public let name: String
        /// The Chinese name.
        public let chineseName: String
        /// The skills of the group.
        public let skills: [Skill]

        /// Creates a group from `(id, English name, Chinese name, max level)` rows.
        init(_ id: String, _ name: String, _ chineseName: String, _ rows: [(String, String, String, Int)]) {
            self.id = id
            self.name = name
            self.chineseName = chineseName
            skills = rows.map { Skill(id: $0.0, name: $0.1, chineseName: $0.2, group: id, maxLevel: $0.3) }
        }
    }
}
