/// What a token may do: readers call every `GET` and `POST /v1/match`,
/// writers everything.
public enum Role: String, Sendable, Hashable, Codable, Comparable {
    case reader
    case writer

    /// Writers may do whatever readers may.
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs == .reader && rhs == .writer }
}
