/// The two text formats of FORMATS.md, named by their file extension.
public enum RecordFileFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// JSON Lines: one JSON object a line.
    case jsonl

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }
}
