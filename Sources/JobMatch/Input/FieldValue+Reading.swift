extension FieldValue {
    /// The value as text, as written.
    ///
    /// - Throws: ``ProblemCode/wrongType`` for a JSON value other than a string.
    func string(field: String, expected: String = "a string") throws(FieldProblem) -> String {
        switch self {
        case .text(let text), .json(.string(let text)): return text
        case .json(let value): throw Self.wrongType(value, field: field, expected: expected)
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
        guard let timestamp = Timestamp(iso8601: String(FieldParsing.trimmed(text[...])), endOfDay: endOfDay) else {
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
        let expected = "one of " + Keyword.allCases.map(\.rawValue).joined(separator: ", ")
        let text = try string(field: field, expected: expected)
        guard let keyword = Keyword(rawValue: String(FieldParsing.trimmed(text[...]))) else {
            throw FieldProblem(code, field: field, value: text, expected: expected)
        }
        return keyword
    }

    /// The items of a list: CSV text split at `;`, or a JSON array's elements.
    ///
    /// - Throws: ``ProblemCode/malformedList`` for an empty CSV item, or
    ///   ``ProblemCode/wrongType`` for a JSON value other than an array.
    func items(field: String) throws(FieldProblem) -> [FieldValue] {
        switch self {
        case .text(let text): return try FieldParsing.items(of: text, field: field).map { .text(String($0)) }
        case .json(.array(let elements)): return elements.map(FieldValue.json)
        case .json(let value): throw Self.wrongType(value, field: field, expected: "an array")
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
        let pairs: [(skill: String, level: FieldValue)]
        switch self {
        case .text(let text):
            pairs = try FieldParsing.items(of: text, field: field).map { item throws(FieldProblem) in
                let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(FieldParsing.trimmed)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw FieldProblem(
                        .malformedList, field: field, value: String(item),
                        expected: "items skill:level separated by ';', such as welding:5;forklift:1")
                }
                return (String(parts[0]), .text(String(parts[1])))
            }
        case .json(.object(let members)):
            pairs = members.map { ($0.key, .json($0.value)) }
        case .json(let value):
            throw Self.wrongType(value, field: field, expected: "an object of skill ids and levels")
        }
        return try pairs.map { pair throws(FieldProblem) in
            SkillLevel(skill: pair.skill, level: try pair.level.integer(field: field))
        }
    }

    /// The value as requirements: CSV `welding:4:3:mandatory;forklift:1`, or
    /// a JSON array of objects with `skill`, `level`, and optionally `weight`
    /// (default 1) and `mandatory` (default false).
    ///
    /// - Throws: ``ProblemCode/malformedRequirement`` for an item of another
    ///   shape, a problem of a level or weight that cannot be read, or
    ///   ``ProblemCode/wrongType`` for a JSON value other than an array.
    func requirements(field: String) throws(FieldProblem) -> [Requirement] {
        let parts: [RequirementParts]
        switch self {
        case .text(let text):
            parts = try FieldParsing.items(of: text, field: field).map { item throws(FieldProblem) in
                try RequirementParts(text: item, field: field)
            }
        case .json(.array(let elements)):
            parts = try elements.map { element throws(FieldProblem) in try RequirementParts(json: element, field: field) }
        case .json(let value):
            throw Self.wrongType(value, field: field, expected: "an array of requirement objects")
        }
        return try parts.map { part throws(FieldProblem) in
            Requirement(
                skill: part.skill, level: try part.level.integer(field: field),
                weight: try part.weight?.number(field: field) ?? 1, isMandatory: part.isMandatory)
        }
    }

    /// A JSON value of the wrong type for `field`.
    static func wrongType(_ value: JSONValue, field: String, expected: String) -> FieldProblem {
        FieldProblem(.wrongType, field: field, value: value.excerpt, expected: "\(expected), not \(value.typeName)")
    }
}
