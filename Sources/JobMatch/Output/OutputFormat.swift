/// The formats results can be written in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// An aligned table for reading in a terminal.
    case table
    /// CSV with a header row.
    case csv
    /// One JSON object per line.
    case jsonl
}
