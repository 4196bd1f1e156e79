/// Records handed to a ``MatchIndex`` that it refused, each with every
/// problem; the change that carried them was not applied at all.
public struct InvalidRecordsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The refused records, in the order given.
    public var errors: [RecordError]

    /// Creates the error for `errors`, which must not be empty.
    public init(_ errors: [RecordError]) {
        precondition(!errors.isEmpty, "no invalid record")
        self.errors = errors
    }

    /// One line a record.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
