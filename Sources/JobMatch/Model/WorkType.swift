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
    var bit: UInt8 { 1 << UInt8(WorkType.allCases.firstIndex(of: self)!) }
}
