/// The fields of one CSV record, looked up through the header.
struct CSVRecordFields: RecordFields {
    /// The known field names the header has, and the column of each.
    let columns: CSVColumns
    /// The record's cells, as many as the header has columns.
    let cells: [String]

    func value(of name: String) -> FieldValue? {
        guard let column = columns.column(of: name) else { return nil }
        let cell = cells[column]
        return FieldParsing.isBlank(cell) ? nil : .text(cell)
    }
}
