/// The parts of one requirement as written, before its level and weight are read.
struct RequirementParts: Sendable, Hashable {
    /// The skill id.
    var skill: String
    /// The level as written.
    var level: FieldValue
    /// The weight as written, if given.
    var weight: FieldValue?
    /// Whether the requirement is mandatory.
    var isMandatory: Bool

    /// Splits a CSV item `skill:level[:weight][:mandatory]`.
    ///
    /// - Throws: ``ProblemCode/malformedRequirement`` for an empty part, too
    ///   few or too many parts, or a last part other than a weight or the
    ///   literal `mandatory`.
    init(text item: String, field: String) throws(FieldProblem) {
        let parts = FieldParsing.split(item, at: ":")
        guard (2...4).contains(parts.count), !parts.contains(where: { $0.isEmpty }) else {
            throw Self.malformed(item, field: field)
        }
        skill = parts[0]
        level = .text(parts[1])
        isMandatory = parts.count > 2 && parts.last == "mandatory"
        switch (parts.count, isMandatory) {
        case (2, _), (3, true): weight = nil
        case (3, false), (4, true): weight = .text(parts[2])
        default: throw Self.malformed(item, field: field)
        }
    }

    /// Reads a JSON object `{"skill", "level", "weight", "mandatory"}`; a
    /// `null` member counts as absent.
    ///
    /// - Throws: ``ProblemCode/malformedRequirement`` for a value other than
    ///   an object, a missing skill or level or an unknown key, or
    ///   ``ProblemCode/wrongType`` for a skill that is not a string or a
    ///   `mandatory` that is not a boolean.
    init(json value: JSONValue, field: String) throws(FieldProblem) {
        guard case .object(let members) = value else { throw Self.malformed(value.excerpt, field: field) }
        var skill: String?
        var level: FieldValue?
        (weight, isMandatory) = (nil, false)
        for member in members {
            switch (member.key, member.value) {
            case (_, .null): continue
            case ("skill", let value): skill = try FieldValue.json(value).string(field: field)
            case ("level", let value): level = .json(value)
            case ("weight", let value): weight = .json(value)
            case ("mandatory", .bool(let value)): isMandatory = value
            case ("mandatory", let value):
                throw FieldValue.wrongType(value, field: field, expected: "true or false for mandatory")
            default: throw Self.malformed(member.key, field: field)
            }
        }
        guard let skill, !skill.isEmpty, let level else { throw Self.malformed(value.excerpt, field: field) }
        self.skill = skill
        self.level = level
    }

    private static func malformed(_ value: String, field: String) -> FieldProblem {
        FieldProblem(
            .malformedRequirement, field: field, value: value,
            expected: "skill:level[:weight][:mandatory], or in JSON an object with skill, level, weight and mandatory")
    }
}
