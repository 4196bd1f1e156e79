/// What a ``RecordSource`` yields.
enum SourceItem {
    /// The fields of the record starting on `line`.
    case record(line: Int, fields: any RecordFields)
    /// A record that cannot be split into fields, such as a CSV record with
    /// a stray quote or a line that is not JSON.
    case rejected(InputError)
    /// A problem of the whole file, such as a missing column; no records follow.
    case fileProblem(InputError)
}
