/// The JSON form of a limit: the number `k` for `.perSide(k)`, the string
/// `"all"` for every feasible pair.
extension CandidateLimit: Codable {
    /// Reads a number of candidates or `"all"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let k = try? container.decode(Int.self) {
            self = .perSide(k)
        } else if try container.decode(String.self) == "all" {
            self = .all
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a number of candidates or \"all\"")
        }
    }

    /// Writes the number of candidates or `"all"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .perSide(let k): try container.encode(k)
        case .all: try container.encode("all")
        }
    }
}
