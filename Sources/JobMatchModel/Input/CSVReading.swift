/// Reads RFC 4180 CSV records from lines of text, one at a time.
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
struct CSVReader {
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
    static let maxRecordBytes = InputText.maxLineBytes

    /// The file's path, as given.
    let path: String
    /// The names of the columns, once the header is known, for messages.
    var columnNames: [String] = []
    /// Where a record still open at the end of lines that stop short of the
    /// end of the file starts: its first byte's offset and its line.
    private(set) var openRecord: (offset: Int, line: Int)?

    private var lines: Lines
    private let endsFile: Bool
    private var state = State.fieldStart
    /// The content of the current record's fields, one after another.
    private var content: [UInt8] = []
    /// The end offset in `content` of each field closed so far.
    private var fieldEnds: [Int] = []
    private var recordLine: Int?
    private var recordOffset = 0
    private var quoteLine = 0
    private var isOverlong = false

    /// Creates a reader of `lines` of the file at `path`.
    ///
    /// - Parameter endsFile: whether the lines run to the end of the file;
    ///   if not, a record still open at their end is left in ``openRecord``
    ///   rather than reported as an unterminated quote.
    init(path: String, lines: Lines, endsFile: Bool = true) {
        self.path = path
        self.lines = lines
        self.endsFile = endsFile
    }

    /// The offset and number of the next line to read.
    var nextLine: (offset: Int, number: Int) { (lines.position, lines.nextNumber) }

    /// The next record, a failure for one bad record, or `nil` at the end.
    ///
    /// - Complexity: O(length of the record).
    mutating func next() -> Result<CSVRecord, InputError>? {
        while true {
            let lineOffset = lines.position
            guard let line = lines.next() else { break }
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
                    (startLine, recordLine, recordOffset) = (number, number, lineOffset)
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
        guard let recordLine else { return nil }
        guard endsFile else {
            openRecord = (recordOffset, recordLine)
            return nil
        }
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
                var end = index
                while end < bytes.count, bytes[end] != comma, bytes[end] != quote { end += 1 }
                content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                guard index < bytes.count else { break }
                guard bytes[index] == comma else { return fieldEnds.count }
                closeField()
                index += 1
            case .quoted:
                var end = index
                while end < bytes.count, bytes[end] != quote { end += 1 }
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

/// One CSV record: its fields, unquoted, and the line where it starts.
struct CSVRecord: Sendable, Hashable {
    /// The 1-based physical line of the record's first byte.
    var line: Int
    /// The fields in column order, quotes removed and doubled quotes undone.
    var fields: [String]
}

/// A CSV file's header: its columns' names, and the column of each known field.
///
/// A missing required column, a column named twice and an empty file are
/// problems of the whole file; unknown columns are ignored with a warning.
struct CSVHeader: Sendable {
    /// Each column's name; a column without one goes by its position.
    private(set) var names: [String] = []
    /// The column of each field of the schema, in the schema's order.
    private(set) var columnOfField: [Int?] = []
    /// The problems of the whole file that the header shows.
    private(set) var problems: [InputError] = []
    /// The unknown columns.
    private(set) var warnings: [InputWarning] = []

    /// Reads the first record of `reader` as the header of records of `schema`.
    init(reading reader: inout CSVReader, schema: RecordSchema) {
        let path = reader.path
        let header: CSVRecord
        switch reader.next() {
        case nil:
            problems.append(InputError(file: path, line: 0, problem: FieldProblem(
                .emptyFile, field: InputError.fileField, expected: "a header line naming the columns")))
            return
        case .failure(let error):
            problems.append(error)
            return
        case .success(let record):
            header = record
        }
        names = header.fields.enumerated().map { column, field in
            let name = FieldParsing.trimmed(field)
            return name.isEmpty ? "column \(column + 1)" : name
        }
        columnOfField = Array(repeating: nil, count: schema.names.count)
        var seen: Set<String> = []
        for (column, name) in names.enumerated() {
            if !seen.insert(name).inserted {
                problems.append(InputError(file: path, line: header.line, problem: FieldProblem(
                    .duplicateColumn, field: name, expected: "each column once in the header")))
            } else if let field = schema.index(of: name) {
                columnOfField[field] = column
            } else {
                warnings.append(InputWarning(file: path, line: header.line, field: name))
            }
        }
        for (field, name) in schema.names.enumerated() where schema.isRequired[field] && columnOfField[field] == nil {
            problems.append(InputError(file: path, line: header.line, problem: FieldProblem(
                .missingColumn, field: name, expected: "a column '\(name)' in the header")))
        }
        reader.columnNames = names
    }
}

/// The records of a CSV file after its header, their cells matched to
/// fields by the header.
///
/// Records whose cells are all empty, as spreadsheets export for blank
/// rows, are skipped; a record with another number of cells than the
/// header has columns is rejected.
struct CSVRecordSource {
    private var reader: CSVReader
    private let header: CSVHeader

    /// Creates a source reading records with `reader`, after `header`.
    init(reader: CSVReader, header: CSVHeader) {
        self.reader = reader
        self.reader.columnNames = header.names
        self.header = header
    }

    /// See ``CSVReader/openRecord``.
    var openRecord: (offset: Int, line: Int)? { reader.openRecord }

    /// The next record or rejected record, or `nil` at the end.
    mutating func next() -> SourceItem<CSVRecordFields>? {
        while let result = reader.next() {
            switch result {
            case .success(let record) where record.fields.allSatisfy(FieldParsing.isBlank):
                continue
            case .failure(let error):
                return .rejected(error)
            case .success(let record) where record.fields.count != header.names.count:
                return .rejected(InputError(file: reader.path, line: record.line, problem: FieldProblem(
                    .wrongFieldCount, field: InputError.recordField, value: "\(record.fields.count) fields",
                    expected: "\(header.names.count) fields, as the header has")))
            case .success(let record):
                return .record(line: record.line, CSVRecordFields(columnOfField: header.columnOfField, cells: record.fields))
            }
        }
        return nil
    }
}

/// The fields of one CSV record, looked up through the header.
struct CSVRecordFields: RecordFields {
    /// The column of each field of the schema, in the schema's order.
    let columnOfField: [Int?]
    /// The record's cells, as many as the header has columns.
    let cells: [String]

    func value(of name: String, at index: Int) -> FieldValue? {
        guard let column = columnOfField[index] else { return nil }
        let cell = cells[column]
        return FieldParsing.isBlank(cell) ? nil : .text(cell)
    }
}
