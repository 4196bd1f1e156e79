/// The fields of a taxonomy record (FORMATS.md, "skills").
enum SkillField: String, RecordField {
    case id
    case name
    case chineseName = "name_zh"
    case group
    case maxLevel = "max_level"

    var isRequired: Bool { self != .chineseName }
}
