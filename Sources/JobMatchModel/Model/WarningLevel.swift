/// The red / yellow / blue early-warning level of a seeker in difficulty.
public enum WarningLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case red
    case yellow
    case blue
    case none
}
