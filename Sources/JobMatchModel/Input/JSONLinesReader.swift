/// Reads JSON Lines records, one JSON object a line, in bounded memory.
///
/// Lines holding only whitespace are skipped. Problems of one line are
/// returned as failures and reading goes on with the next line: a line
/// longer than ``LineReader/maxLineBytes`` (``ProblemCode/lineTooLong``),
/// one that is not UTF-8 (``ProblemCode/invalidUTF8``), one that is not a
/// JSON object (``ProblemCode/malformedJSON``) and an object with a key
/// twice (``ProblemCode/duplicateKey``).
struct JSONLinesReader: ~Copyable {
    private var lines: LineReader

    /// Creates a reader of the lines of a file.
    init(lines: consuming LineReader) {
        self.lines = lines
    }

    /// The file's path, as given.
    var path: String { lines.path }

    /// The next record, a failure for one bad line, or `nil` at the end.
    ///
    /// - Throws: ``InputError`` if the file cannot be read further.
    /// - Complexity: O(length of the line).
    mutating func next() throws(InputError) -> Result<JSONRecord, InputError>? {
        while let line = try lines.next() {
            switch line {
            case .tooLong(let number):
                return .failure(error(line: number, FieldProblem(
                    .lineTooLong, field: InputError.recordField,
                    expected: "a line of at most \(LineReader.maxLineBytes) bytes")))
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
