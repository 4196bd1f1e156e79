/// One record's fields, whatever the file format.
///
/// The CSV and JSON Lines readers each provide one; everything after the
/// lookup, from parsing numbers to building the record, is shared.
protocol RecordFields: Sendable {
    /// The value of the field `name`, or `nil` if the record does not give
    /// it: an empty or blank CSV cell, or a JSON key that is missing, `null`
    /// or an empty string.
    ///
    /// - Parameter index: the field's index in its ``RecordSchema``, for
    ///   formats that find fields by position rather than by name.
    func value(of name: String, at index: Int) -> FieldValue?
}

/// Reads the fields of one record, collecting a problem for each field that
/// is missing or cannot be read, so that a record reports all of them.
struct FieldReader<Field: RecordField> {
    private let fields: any RecordFields
    /// The problems found so far, in the order the fields were read.
    private(set) var problems: [FieldProblem] = []

    /// Creates a reader of `fields`.
    init(_ fields: any RecordFields) {
        self.fields = fields
    }

    /// The field as text, as written.
    mutating func text(_ field: Field) -> String? {
        read(field) { value, name throws(FieldProblem) in try value.string(field: name) }
    }

    /// The field as a finite number.
    mutating func number(_ field: Field) -> Double? {
        read(field) { value, name throws(FieldProblem) in try value.number(field: name) }
    }

    /// The field as a whole number.
    mutating func integer(_ field: Field) -> Int? {
        read(field) { value, name throws(FieldProblem) in try value.integer(field: name) }
    }

    /// The field as a date or date-time; a date alone is the end of its day
    /// if `endOfDay` is true, else its start.
    mutating func timestamp(_ field: Field, endOfDay: Bool) -> Timestamp? {
        read(field) { value, name throws(FieldProblem) in try value.timestamp(field: name, endOfDay: endOfDay) }
    }

    /// The field as one of the names of `Keyword`; another name is a `code` problem.
    mutating func keyword<Keyword: RawRepresentable<String> & CaseIterable>(
        _ field: Field, as type: Keyword.Type, code: ProblemCode
    ) -> Keyword? {
        read(field) { value, name throws(FieldProblem) in try value.keyword(type, field: name, code: code) }
    }

    /// The field as a list of names of `Keyword`; another name is a `code` problem.
    mutating func keywords<Keyword: RawRepresentable<String> & CaseIterable>(
        _ field: Field, as type: Keyword.Type, code: ProblemCode
    ) -> [Keyword]? {
        read(field) { value, name throws(FieldProblem) in
            var keywords: [Keyword] = []
            // Lists are short: room for a few items spares the first regrowths.
            keywords.reserveCapacity(4)
            try value.forEachItem(field: name) { item throws(FieldProblem) in
                keywords.append(try item.keyword(type, field: name, code: code))
            }
            return keywords
        }
    }

    /// The field as skill levels.
    mutating func skillLevels(_ field: Field) -> [SkillLevel]? {
        read(field) { value, name throws(FieldProblem) in try value.skillLevels(field: name) }
    }

    /// The field as requirements.
    mutating func requirements(_ field: Field) -> [Requirement]? {
        read(field) { value, name throws(FieldProblem) in try value.requirements(field: name) }
    }

    /// Adds the problems that the model's rules find in the built record,
    /// keeping all problems in field order.
    ///
    /// Problems of fields that could not be read are left out: the
    /// placeholders standing in for them would only restate the problem.
    mutating func addRuleProblems(_ ruleProblems: [FieldProblem]) {
        guard !ruleProblems.isEmpty else { return }
        let unread = Set(problems.map(\.field))
        let fieldOrder = { (problem: FieldProblem) in
            Field.allCases.firstIndex { $0.rawValue == problem.field } ?? Field.allCases.endIndex
        }
        // A stable sort: problems of one field keep the order they were found in.
        problems = (problems + ruleProblems.filter { !unread.contains($0.field) })
            .enumerated()
            .sorted { (fieldOrder($0.element), $0.offset) < (fieldOrder($1.element), $1.offset) }
            .map(\.element)
    }

    /// The field read by `parse`, or `nil` if it is not given or cannot be read.
    private mutating func read<Value>(
        _ field: Field, _ parse: (FieldValue, String) throws(FieldProblem) -> Value
    ) -> Value? {
        let name = field.rawValue
        guard let value = fields.value(of: name, at: field.index) else {
            if field.isRequired {
                problems.append(FieldProblem(.missingField, field: name, expected: "a value: the field is required"))
            }
            return nil
        }
        do {
            return try parse(value, name)
        } catch {
            problems.append(error)
            return nil
        }
    }
}

/// A field's value as the file holds it, before it is read as a number, a
/// list, a date or a keyword.
///
/// CSV gives text whose meaning the field decides: `5` may be a number or a
/// name. JSON fixes the type by syntax, so there `"5"` is a string and a
/// field that wants a number rejects it.
enum FieldValue: Sendable, Hashable {
    /// Text of a CSV cell, or of one item split from it.
    case text(String)
    /// A JSON value.
    case json(JSONValue)
}

extension FieldValue {
    /// The value as text, as written.
    ///
    /// - Throws: ``ProblemCode/wrongType`` for a JSON value other than a string.
    func string(field: String, expected: @autoclosure () -> String = "a string") throws(FieldProblem) -> String {
        switch self {
        case .text(let text), .json(.string(let text)): return text
        case .json(let value): throw Self.wrongType(value, field: field, expected: expected())
        }
    }

    /// The value as a finite number.
    ///
    /// - Throws: ``ProblemCode/notANumber``, ``ProblemCode/notFinite``, or
    ///   ``ProblemCode/wrongType`` for a JSON value other than a number.
    func number(field: String) throws(FieldProblem) -> Double {
        switch self {
        case .text(let text), .json(.number(let text)): return try FieldParsing.number(text, field: field)
        case .json(let value): throw Self.wrongType(value, field: field, expected: "a number")
        }
    }

    /// The value as a whole number.
    ///
    /// - Throws: as ``number(field:)``, and ``ProblemCode/notAnInteger`` for
    ///   a number with a fraction or exponent.
    func integer(field: String) throws(FieldProblem) -> Int {
        switch self {
        case .text(let text), .json(.number(let text)): return try FieldParsing.integer(text, field: field)
        case .json(let value): throw Self.wrongType(value, field: field, expected: "a whole number")
        }
    }

    /// The value as an ISO 8601 date or date-time; see ``Timestamp/init(iso8601:endOfDay:)``.
    ///
    /// - Throws: ``ProblemCode/badDate``, or ``ProblemCode/wrongType`` for a
    ///   JSON value other than a string.
    func timestamp(field: String, endOfDay: Bool) throws(FieldProblem) -> Timestamp {
        let expected = "an ISO 8601 date or date-time, such as 2026-03-01 or 2026-03-01T08:30"
        let text = try string(field: field, expected: expected)
        guard let timestamp = Timestamp(iso8601: FieldParsing.trimmed(text), endOfDay: endOfDay) else {
            throw FieldProblem(.badDate, field: field, value: text, expected: expected)
        }
        return timestamp
    }

    /// The value as one of the names of `Keyword`.
    ///
    /// - Throws: `code` for another name, or ``ProblemCode/wrongType`` for a
    ///   JSON value other than a string.
    func keyword<Keyword: RawRepresentable<String> & CaseIterable>(
        _ type: Keyword.Type, field: String, code: ProblemCode
    ) throws(FieldProblem) -> Keyword {
        // The list of names is spelled out only when a problem needs it.
        let expected = { "one of " + Keyword.allCases.map(\.rawValue).joined(separator: ", ") }
        let text = try string(field: field, expected: expected())
        guard let keyword = Keyword(rawValue: FieldParsing.trimmed(text)) else {
            throw FieldProblem(code, field: field, value: text, expected: expected())
        }
        return keyword
    }

    /// Calls `body` with each item of a list: CSV text split at `;`, or a
    /// JSON array's elements.
    ///
    /// - Throws: ``ProblemCode/malformedList`` for an empty CSV item,
    ///   ``ProblemCode/wrongType`` for a JSON value other than an array, and
    ///   whatever `body` throws.
    func forEachItem(field: String, _ body: (FieldValue) throws(FieldProblem) -> Void) throws(FieldProblem) {
        switch self {
        case .text(let text):
            try FieldParsing.forEachItem(of: text, field: field) { item throws(FieldProblem) in try body(.text(item)) }
        case .json(.array(let elements)):
            for element in elements { try body(.json(element)) }
        case .json(let value):
            throw Self.wrongType(value, field: field, expected: "an array")
        }
    }

    /// The value as skill levels: CSV `welding:5;forklift:1`, or a JSON
    /// object `{"welding": 5, "forklift": 1}`.
    ///
    /// Skill ids and level ranges are the model's rules, checked elsewhere.
    ///
    /// - Throws: ``ProblemCode/malformedList`` for a CSV item other than
    ///   `skill:level`, a problem of a level that is not a whole number, or
    ///   ``ProblemCode/wrongType`` for a JSON value other than an object.
    func skillLevels(field: String) throws(FieldProblem) -> [SkillLevel] {
        var levels: [SkillLevel] = []
        // Lists are short: room for a few items spares the first regrowths.
        levels.reserveCapacity(4)
        switch self {
        case .text(let text):
            if let pairs = FieldParsing.plainPairs(text) {
                return pairs.map { SkillLevel(skill: $0.name, level: $0.level) }
            }
            try FieldParsing.forEachItem(of: text, field: field) { item throws(FieldProblem) in
                guard let (skill, level) = FieldParsing.splitPair(item, at: ":"), !skill.isEmpty, !level.isEmpty else {
                    throw FieldProblem(
                        .malformedList, field: field, value: item,
                        expected: "items skill:level separated by ';', such as welding:5;forklift:1")
                }
                levels.append(SkillLevel(skill: skill, level: try FieldParsing.integer(level, field: field)))
            }
        case .json(.object(let members)):
            for member in members {
                levels.append(SkillLevel(skill: member.key, level: try FieldValue.json(member.value).integer(field: field)))
            }
        case .json(let value):
            throw Self.wrongType(value, field: field, expected: "an object of skill ids and levels")
        }
        return levels
    }

    /// The value as requirements: CSV `welding:4:3:mandatory;forklift:1`, or
    /// a JSON array of objects with `skill`, `level`, and optionally `weight`
    /// (default 1) and `mandatory` (default false).
    ///
    /// - Throws: ``ProblemCode/malformedRequirement`` for an item of another
    ///   shape, a problem of a level or weight that cannot be read, or
    ///   ``ProblemCode/wrongType`` for a JSON value other than an array.
    func requirements(field: String) throws(FieldProblem) -> [Requirement] {
        var requirements: [Requirement] = []
        requirements.reserveCapacity(4)
        try forEachItem(field: field) { item throws(FieldProblem) in
            let part = switch item {
            case .text(let text): try RequirementParts(text: text, field: field)
            case .json(let value): try RequirementParts(json: value, field: field)
            }
            requirements.append(Requirement(
                skill: part.skill, level: try part.level.integer(field: field),
                weight: try part.weight?.number(field: field) ?? 1, isMandatory: part.isMandatory))
        }
        return requirements
    }

    /// A JSON value of the wrong type for `field`.
    static func wrongType(_ value: JSONValue, field: String, expected: String) -> FieldProblem {
        FieldProblem(.wrongType, field: field, value: value.excerpt, expected: "\(expected), not \(value.typeName)")
    }
}

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
