import JobMatch
/// An employer of the synthetic city: the firm behind posts and the current
/// employer of shared-pool seekers.
public struct SyntheticEmployer: Sendable, Hashable {
    /// The id used in posts and seekers, such as `E0042`.
    public let id: String
    /// The registered name in English.
    public let name: String
    /// The registered name in Chinese.
    public let chineseName: String
    /// The industry's id.
    public let industry: String
    /// The district's id.
    public let district: String
    /// The address.
    public let location: Coordinate
    /// Whether the firm takes part in the shared-employee pool, lending
    /// staff it has in surplus and posting secondments when short of staff.
    public let isInSharedPool: Bool
}
