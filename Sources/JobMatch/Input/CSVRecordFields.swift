/// The fields of one CSV record, looked up through the header.
struct CSVRecordFields: RecordFields {
    /// The column of each known field name the header has.
    let columns: [String: Int]
    /// The record's cells, as many as the header has columns.
    let cells: [String]

    func value(of name: String) -> FieldValue? {
        guard let column = columns[name] else { return nil }
        let cell = cells[column]
        return FieldParsing.trimmed(cell[...]).isEmpty ? nil : .text(cell)
    }
}
