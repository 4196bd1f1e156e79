/// A record left out of a load, with every reason, for a rejects listing.
public struct RejectedRecord: CustomStringConvertible, Sendable, Hashable {
    /// The file's path, as given.
    public var file: String
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The record's id, if it could be read.
    public var id: String?
    /// Every problem of the record, in field order.
    public var problems: [FieldProblem]

    /// Creates a rejected record.
    public init(file: String, line: Int, id: String?, problems: [FieldProblem]) {
        self.file = file
        self.line = line
        self.id = id
        self.problems = problems
    }

    /// One error per problem, each at the record's line.
    public var errors: [InputError] {
        problems.map { InputError(file: file, line: line, problem: $0) }
    }

    /// One line: the place, the id if known, and the problems separated by `; `.
    public var description: String {
        let name = id.map { " '\($0)'" } ?? ""
        return "\(file):\(line): record\(name) rejected: " + problems.map(\.description).joined(separator: "; ")
    }
}
