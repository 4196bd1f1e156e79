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
