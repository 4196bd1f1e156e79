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
