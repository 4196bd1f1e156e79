/// One CSV record: its fields, unquoted, and the line where it starts.
struct CSVRecord: Sendable, Hashable {
    /// The 1-based physical line of the record's first byte.
    var line: Int
    /// The fields in column order, quotes removed and doubled quotes undone.
    var fields: [String]
}
