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
        guard let value = fields.value(of: name) else {
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
