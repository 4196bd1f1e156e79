/// The kind of engagement a post offers and a seeker may accept.
public enum WorkType: String, Sendable, Hashable, CaseIterable, Codable {
    case fulltime
    case parttime
    case gig
    /// A secondment from the shared-employee pool.
    case shared
    case internship
    case publicWelfare = "public_welfare"

    /// The bit of this type in a ``WorkTypeSet``.
    package var bit: UInt8 {
        switch self {
        case .fulltime: 1 << 0
        case .parttime: 1 << 1
        case .gig: 1 << 2
        case .shared: 1 << 3
        case .internship: 1 << 4
        case .publicWelfare: 1 << 5
        }
    }
}
