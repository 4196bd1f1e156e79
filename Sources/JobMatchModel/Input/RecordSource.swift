/// A reader of one input file that yields its records' fields one at a time.
protocol RecordSource: ~Copyable {
    /// The unknown columns or keys met so far.
    var warnings: [InputWarning] { get }

    /// The next record, rejected record or problem of the whole file, or
    /// `nil` at the end.
    ///
    /// - Throws: ``InputError`` if the file cannot be read further.
    mutating func next() throws(InputError) -> SourceItem<any RecordFields>?
}
