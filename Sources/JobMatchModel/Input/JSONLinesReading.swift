/// Reads JSON Lines records, one JSON object a line.
///
/// Lines holding only whitespace are skipped. Problems of one line are
/// returned as failures and reading goes on with the next line: a line
/// longer than ``InputText/maxLineBytes`` (``ProblemCode/lineTooLong``),
/// one that is not UTF-8 (``ProblemCode/invalidUTF8``), one that is not a
/// JSON object (``ProblemCode/malformedJSON``) and an object with a key
/// twice (``ProblemCode/duplicateKey``).
struct JSONLinesReader {
    /// The file's path, as given.
    let path: String
    private var lines: Lines

    /// Creates a reader of `lines` of the file at `path`.
    init(path: String, lines: Lines) {
        self.path = path
        self.lines = lines
    }

    /// The next record, a failure for one bad line, or `nil` at the end.
    ///
    /// - Complexity: O(length of the line).
    mutating func next() -> Result<JSONRecord, InputError>? {
        while let line = lines.next() {
            switch line {
            case .tooLong(let number):
                return .failure(error(line: number, FieldProblem(
                    .lineTooLong, field: InputError.recordField,
                    expected: "a line of at most \(InputText.maxLineBytes) bytes")))
            case .text(let number, let bytes):
                if FieldParsing.isBlank(bytes) { continue }
                guard bytes.isValidUTF8 else {
                    return .failure(error(line: number, FieldProblem(
                        .invalidUTF8, field: InputError.recordField, expected: "text in UTF-8")))
                }
                switch Result(catching: { () throws(FieldProblem) in try JSONParser.parse(bytes) }) {
                case .success(.object(let members)):
                    return .success(JSONRecord(line: number, members: members))
                case .success(let value):
                    return .failure(error(line: number, FieldProblem(
                        .malformedJSON, field: InputError.recordField, value: value.typeName,
                        expected: "a JSON object on each line")))
                case .failure(let problem):
                    return .failure(error(line: number, problem))
                }
            }
        }
        return nil
    }

    private func error(line: Int, _ problem: FieldProblem) -> InputError {
        InputError(file: path, line: line, problem: problem)
    }
}

/// One JSON Lines record: an object's members and the line it is on.
struct JSONRecord: Sendable, Hashable {
    /// The 1-based physical line.
    var line: Int
    /// The object's members, in file order.
    var members: [JSONValue.Member]
}

/// The records of a JSON Lines file, one object a line.
///
/// Keys that are no field of the records are ignored, with a warning at
/// the first line that has each.
struct JSONRecordSource {
    /// The unknown keys met so far, each at the first line that has it.
    private(set) var warnings: [InputWarning] = []
    private var reader: JSONLinesReader
    private let schema: RecordSchema
    private var unknownKeys: Set<String> = []

    /// Creates a source reading records of `schema` with `reader`.
    init(reader: JSONLinesReader, schema: RecordSchema) {
        self.reader = reader
        self.schema = schema
    }

    /// The next record or rejected record, or `nil` at the end.
    mutating func next() -> SourceItem<JSONRecordFields>? {
        switch reader.next() {
        case nil:
            return nil
        case .failure(let error):
            return .rejected(error)
        case .success(let record):
            var memberOfField = [Int?](repeating: nil, count: schema.names.count)
            for (index, member) in record.members.enumerated() {
                if let field = schema.index(of: member.key) {
                    memberOfField[field] = index
                } else if unknownKeys.insert(member.key).inserted {
                    // The empty key goes by its JSON literal, so that the warning names a field.
                    warnings.append(InputWarning(
                        file: reader.path, line: record.line, field: member.key.isEmpty ? #""""# : member.key))
                }
            }
            return .record(line: record.line, JSONRecordFields(members: record.members, memberOfField: memberOfField))
        }
    }
}

/// The fields of one JSON record: the members of its object.
struct JSONRecordFields: RecordFields {
    /// The object's members, in file order.
    let members: [JSONValue.Member]
    /// The member of each field of the schema, in the schema's order, if known.
    private let memberOfField: [Int?]?

    /// The fields of an object whose members are `members`.
    ///
    /// - Parameter memberOfField: the index in `members` of each field of
    ///   the schema, in its order; without it, fields are found by name.
    init(members: [JSONValue.Member], memberOfField: [Int?]? = nil) {
        self.members = members
        self.memberOfField = memberOfField
    }

    func value(of name: String, at index: Int) -> FieldValue? {
        // A linear scan: a record has about a dozen keys, too few for hashing to pay off.
        guard let member = memberOfField.map({ $0[index].map { members[$0] } })
            ?? members.first(where: { $0.key == name })
        else { return nil }
        switch member.value {
        case .null, .string(""): return nil
        case let value: return .json(value)
        }
    }
}
