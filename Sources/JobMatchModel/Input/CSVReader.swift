/// Reads RFC 4180 CSV records from a file, one at a time, in bounded memory.
///
/// Fields may be quoted, and a quoted field may hold commas, doubled quotes
/// and line breaks; line numbers keep counting physical lines through them.
/// A line break inside a quoted field is read as LF, whether the file has LF
/// or CRLF. Lines holding only spaces or tabs between records are skipped.
///
/// Problems of one record are returned as failures and reading goes on with
/// the next record: a quote inside an unquoted field or text after a closing
/// quote (``ProblemCode/strayQuote``), a record longer than
/// ``maxRecordBytes`` (``ProblemCode/lineTooLong``), a field that is not
/// UTF-8 (``ProblemCode/invalidUTF8``), and a quoted field still open at the
/// end of the file (``ProblemCode/unterminatedQuote``, at the line where the
/// field began).
struct CSVReader: ~Copyable {
    /// Where the scanner is within the current record.
    private enum State {
        /// At the start of a field, before its first byte.
        case fieldStart
        /// Inside a field that did not begin with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: the closing quote, or
        /// the first of a doubled one.
        case quoteInQuoted
    }

    /// The longest record accepted, in bytes of field content.
    static let maxRecordBytes = LineReader.maxLineBytes

    /// The names of the columns, once the header is known, for messages.
    var columnNames: [String] = []

    private var lines: LineReader
    private var state = State.fieldStart
    /// The content of the current record's fields, one after another.
    private var content: [UInt8] = []
    /// The end offset in `content` of each field closed so far.
    private var fieldEnds: [Int] = []
    private var recordLine: Int?
    private var quoteLine = 0
    private var isOverlong = false

    /// Creates a reader of the lines of a file.
    init(lines: consuming LineReader) {
        self.lines = lines
    }

    /// The file's path, as given.
    var path: String { lines.path }

    /// The next record, a failure for one bad record, or `nil` at the end.
    ///
    /// - Throws: ``InputError`` if the file cannot be read further.
    /// - Complexity: O(length of the record).
    mutating func next() throws(InputError) -> Result<CSVRecord, InputError>? {
        while let line = try lines.next() {
            switch line {
            case .tooLong(let number):
                defer { reset() }
                return .failure(tooLong(line: recordLine ?? number))
            case .text(let number, let bytes):
                let startLine: Int
                if let recordLine {
                    startLine = recordLine
                } else {
                    if FieldParsing.isBlank(bytes) { continue }
                    (startLine, recordLine) = (number, number)
                }
                if let column = scan(bytes, line: number) {
                    defer { reset() }
                    return .failure(error(
                        .strayQuote, column: column,
                        expected: "a quote only around a whole field, and doubled inside it"))
                }
                guard state == .quoted else { return finishRecord(line: startLine) }
                content.append(UInt8(ascii: "\n"))
                if content.count > Self.maxRecordBytes {
                    // Keep scanning to find where the record ends, but stop storing it.
                    isOverlong = true
                    content.removeAll(keepingCapacity: true)
                }
            }
        }
        guard recordLine != nil else { return nil }
        defer { reset() }
        return .failure(InputError(file: path, line: quoteLine, problem: FieldProblem(
            .unterminatedQuote, field: columnName(fieldEnds.count),
            expected: "a closing quote before the end of the file")))
    }

    /// Scans one line of the current record.
    ///
    /// - Returns: the column of a stray quote, or `nil` if the line is well formed.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, line number: Int) -> Int? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var index = 0
        while index < bytes.count {
            switch state {
            case .fieldStart:
                if bytes[index] == quote {
                    state = .quoted
                    quoteLine = number
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let end = bytes[index...].firstIndex { $0 == comma || $0 == quote } ?? bytes.count
                content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                guard index < bytes.count else { break }
                guard bytes[index] == comma else { return fieldEnds.count }
                closeField()
                index += 1
            case .quoted:
                let end = bytes[index...].firstIndex(of: quote) ?? bytes.count
                content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                if index < bytes.count {
                    state = .quoteInQuoted
                    index += 1
                }
            case .quoteInQuoted:
                if bytes[index] == quote {
                    content.append(quote)
                    state = .quoted
                } else if bytes[index] == comma {
                    closeField()
                } else {
                    return fieldEnds.count
                }
                index += 1
            }
        }
        return nil
    }

    private mutating func closeField() {
        fieldEnds.append(content.count)
        state = .fieldStart
    }

    /// The record just completed, as strings, or a failure.
    private mutating func finishRecord(line: Int) -> Result<CSVRecord, InputError> {
        defer { reset() }
        closeField()
        if isOverlong || content.count > Self.maxRecordBytes { return .failure(tooLong(line: line)) }
        var fields: [String] = []
        fields.reserveCapacity(fieldEnds.count)
        // Each field is checked on its own: bytes of neighbouring fields could
        // make a valid sequence together where the file had a comma between them.
        let badColumn = content.withUnsafeBufferPointer { bytes -> Int? in
            var start = 0
            for (column, end) in fieldEnds.enumerated() {
                let field = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard field.isValidUTF8 else { return column }
                fields.append(String(decoding: field, as: UTF8.self))
                start = end
            }
            return nil
        }
        if let badColumn {
            return .failure(error(.invalidUTF8, column: badColumn, expected: "text in UTF-8"))
        }
        return .success(CSVRecord(line: line, fields: fields))
    }

    private mutating func reset() {
        state = .fieldStart
        content.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        recordLine = nil
        isOverlong = false
    }

    private func tooLong(line: Int) -> InputError {
        InputError(file: path, line: line, problem: FieldProblem(
            .lineTooLong, field: InputError.recordField,
            expected: "a record of at most \(Self.maxRecordBytes) bytes"))
    }

    private func error(_ code: ProblemCode, column: Int, expected: String) -> InputError {
        InputError(file: path, line: recordLine ?? 0, problem: FieldProblem(
            code, field: columnName(column), expected: expected))
    }

    /// The header's name for `column`, or its 1-based position before the
    /// header is known.
    private func columnName(_ column: Int) -> String {
        column < columnNames.count ? columnNames[column] : "column \(column + 1)"
    }
}
