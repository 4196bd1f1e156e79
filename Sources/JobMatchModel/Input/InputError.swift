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
