/// A skill, seeker or post that breaks a rule of the model, with every
/// problem it has.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What sort of record is at fault.
    public enum Kind: String, Sendable, Hashable, Codable {
        case skill, seeker, post
    }

    /// What sort of record is at fault.
    public var kind: Kind
    /// The record's id, as given; empty if it had none.
    public var id: String
    /// Every problem of the record, in field order; never empty.
    public var problems: [FieldProblem]

    /// Creates a record error with one or more problems.
    public init(kind: Kind, id: String, problems: [FieldProblem]) {
        precondition(!problems.isEmpty, "a record error needs a problem")
        self.kind = kind
        self.id = id
        self.problems = problems
    }

    /// Creates a record error with one problem.
    public init(kind: Kind, id: String, problem: FieldProblem) {
        self.init(kind: kind, id: id, problems: [problem])
    }

    /// One line: the record and each problem, separated by `; `.
    public var description: String {
        "\(kind.rawValue) '\(id)': " + problems.map(\.description).joined(separator: "; ")
    }
}
