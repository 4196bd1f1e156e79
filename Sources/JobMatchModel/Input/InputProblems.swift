/// A rejected value, record or file, with where it was found.
///
/// The ``description`` is one line, `file:line: problem`, in the form
/// compilers use, so editors and scripts can jump to the place.
public struct InputError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file's path, as given.
    public var file: String
    /// The 1-based physical line where the record starts (the CSV header is
    /// line 1), or 0 for a problem of the whole file, such as an unreadable one.
    public var line: Int
    /// What is wrong, and in which field.
    public var problem: FieldProblem

    /// Creates an input error.
    public init(file: String, line: Int, problem: FieldProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: problem`, or `file: problem` for the whole file.
    public var description: String {
        line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)"
    }
}

extension InputError {
    /// The pseudo-field named by problems of a whole file.
    static let fileField = "file"
    /// The pseudo-field named by problems of a whole record or line.
    static let recordField = "record"

    /// A file that cannot be opened or read, for the reason the system gives.
    static func unreadable(_ file: String, reason: String) -> InputError {
        InputError(file: file, line: 0, problem: FieldProblem(
            .unreadableFile, field: fileField, expected: "a readable file (\(reason))"))
    }
}

/// A column or key that no record of the file's kind has; it is ignored.
public struct InputWarning: CustomStringConvertible, Sendable, Hashable {
    /// The file's path, as given.
    public var file: String
    /// The line where the field first appears: the header in CSV.
    public var line: Int
    /// The unknown column or key.
    public var field: String

    /// Creates a warning.
    public init(file: String, line: Int, field: String) {
        self.file = file
        self.line = line
        self.field = field
    }

    /// `file:line: unknown field 'name' ignored`.
    public var description: String { "\(file):\(line): unknown field '\(field)' ignored" }
}

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
