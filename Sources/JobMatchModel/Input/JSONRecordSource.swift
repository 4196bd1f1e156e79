/// The records of a JSON Lines file, one object a line.
///
/// A file without any object is a problem of the whole file. Keys that are
/// no field of the records are ignored, with a warning at the first line
/// that has each.
struct JSONRecordSource: RecordSource, ~Copyable {
    private(set) var warnings: [InputWarning] = []
    private var reader: JSONLinesReader
    private let schema: RecordSchema
    private var unknownKeys: Set<String> = []
    private var isFinished = false
    private var hasLines = false

    /// Creates a source reading records of `schema` with `reader`.
    init(reader: consuming JSONLinesReader, schema: RecordSchema) {
        self.reader = reader
        self.schema = schema
    }

    mutating func next() throws(InputError) -> SourceItem<any RecordFields>? {
        guard !isFinished else { return nil }
        guard let result = try reader.next() else {
            isFinished = true
            guard hasLines else {
                return .fileProblem(InputError(file: reader.path, line: 0, problem: FieldProblem(
                    .emptyFile, field: InputError.fileField, expected: "one JSON object a line")))
            }
            return nil
        }
        hasLines = true
        switch result {
        case .failure(let error):
            return .rejected(error)
        case .success(let record):
            for member in record.members where !schema.contains(member.key) && unknownKeys.insert(member.key).inserted {
                // The empty key goes by its JSON literal, so that the warning names a field.
                warnings.append(InputWarning(file: reader.path, line: record.line, field: member.key.isEmpty ? #""""# : member.key))
            }
            return .record(line: record.line, JSONRecordFields(members: record.members))
        }
    }
}
