/// The records of a CSV file, their cells matched to fields by the header.
///
/// The first record is the header. A missing required column, a column
/// named twice, an empty file and a header without records are problems of
/// the whole file; unknown columns are ignored with a warning. Records whose
/// cells are all empty, as spreadsheets export for blank rows, are skipped.
struct CSVRecordSource: RecordSource, ~Copyable {
    private(set) var warnings: [InputWarning] = []
    private var reader: CSVReader
    private let schema: RecordSchema
    /// The columns of the known fields; `nil` until the header is read.
    private var columns: CSVColumns?
    private var columnCount = 0
    private var fileProblems: [InputError] = []
    private var isFinished = false
    private var hasRecords = false

    /// Creates a source reading records of `schema` with `reader`.
    init(reader: consuming CSVReader, schema: RecordSchema) {
        self.reader = reader
        self.schema = schema
    }

    mutating func next() throws(InputError) -> SourceItem<any RecordFields>? {
        if columns == nil, !isFinished { try readHeader() }
        if !fileProblems.isEmpty { return .fileProblem(fileProblems.removeFirst()) }
        guard !isFinished, let columns else { return nil }
        while let result = try reader.next() {
            if case .success(let record) = result, record.fields.allSatisfy(FieldParsing.isBlank) {
                continue
            }
            hasRecords = true
            switch result {
            case .failure(let error):
                return .rejected(error)
            case .success(let record) where record.fields.count != columnCount:
                return .rejected(InputError(file: reader.path, line: record.line, problem: FieldProblem(
                    .wrongFieldCount, field: InputError.recordField, value: "\(record.fields.count) fields",
                    expected: "\(columnCount) fields, as the header has")))
            case .success(let record):
                return .record(line: record.line, CSVRecordFields(columns: columns, cells: record.fields))
            }
        }
        isFinished = true
        guard hasRecords else {
            return .fileProblem(InputError(file: reader.path, line: 0, problem: FieldProblem(
                .noRecords, field: InputError.fileField, expected: "at least one record after the header")))
        }
        return nil
    }

    /// Reads the header, noting its problems and unknown columns.
    private mutating func readHeader() throws(InputError) {
        let path = reader.path
        let header: CSVRecord
        switch try reader.next() {
        case nil:
            fileProblems.append(InputError(file: path, line: 0, problem: FieldProblem(
                .emptyFile, field: InputError.fileField, expected: "a header line naming the columns")))
            isFinished = true
            return
        case .failure(let error):
            fileProblems.append(error)
            isFinished = true
            return
        case .success(let record):
            header = record
        }
        // A column without a name goes by its position, so that messages can name it.
        let names = header.fields.enumerated().map { column, field in
            let name = FieldParsing.trimmed(field)
            return name.isEmpty ? "column \(column + 1)" : name
        }
        var columns = CSVColumns()
        var seen: Set<String> = []
        for (column, name) in names.enumerated() {
            if !seen.insert(name).inserted {
                fileProblems.append(InputError(file: path, line: header.line, problem: FieldProblem(
                    .duplicateColumn, field: name, expected: "each column once in the header")))
            } else if schema.contains(name) {
                columns.add(name, column: column)
            } else {
                warnings.append(InputWarning(file: path, line: header.line, field: name))
            }
        }
        for name in schema.requiredNames where columns.column(of: name) == nil {
            fileProblems.append(InputError(file: path, line: header.line, problem: FieldProblem(
                .missingColumn, field: name, expected: "a column '\(name)' in the header")))
        }
        if !fileProblems.isEmpty { isFinished = true }
        reader.columnNames = names
        self.columns = columns
        columnCount = names.count
    }
}
