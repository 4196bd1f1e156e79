/// A reader of one input file that yields its records' fields one at a time.
protocol RecordSource: ~Copyable {
    /// The unknown columns or keys met so far.
    var warnings: [InputWarning] { get }

    /// The next record, rejected record or problem of the whole file, or
    /// `nil` at the end.
    ///
    /// - Throws: ``InputError`` if the file cannot be read further.
    mutating func next() throws(InputError) -> SourceItem?
}

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
