/// A skill, seeker or post handed to the library that breaks a rule of the model.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What sort of record is at fault.
    public enum Kind: String, Sendable, Hashable {
        case skill, seeker, post
    }

    /// What sort of record is at fault.
    public var kind: Kind
    /// The record's id.
    public var id: String
    /// What is wrong.
    public var problem: FieldProblem

    /// Creates a record error.
    public init(kind: Kind, id: String, problem: FieldProblem) {
        self.kind = kind
        self.id = id
        self.problem = problem
    }

    public var description: String { "\(kind.rawValue) '\(id)': \(problem)" }
}
