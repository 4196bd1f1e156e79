/// A query named a seeker or post that the engine or index does not hold.
public struct UnknownRecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether a seeker or a post was asked for.
    public var kind: RecordError.Kind
    /// The id asked for.
    public var id: String

    /// Creates the error for the `kind` record `id`.
    public init(kind: RecordError.Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// One line naming the kind and the id.
    public var description: String { "no \(kind.rawValue) with id '\(id)'" }
}
