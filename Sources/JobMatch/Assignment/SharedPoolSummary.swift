/// The shared-employee pool's flows in an assignment: staff lent and
/// borrowed per employer, and the subsidy owed to the pool's operator.
public struct SharedPoolSummary: Sendable, Hashable, Codable {
    /// Placements in `shared` posts.
    public var placements: Int
    /// The subsidy per shared placement, in CNY.
    public var subsidyPerPlacement: Double
    /// The subsidy for all shared placements, in CNY.
    public var subsidy: Double
    /// Every employer with pool members among the seekers or with `shared`
    /// posts, by id byte-wise.
    public var employers: [EmployerSharing]

    /// Creates the pool's figures; the subsidy is `placements` times its rate.
    public init(placements: Int, subsidyPerPlacement: Double, employers: [EmployerSharing]) {
        self.placements = placements
        self.subsidyPerPlacement = subsidyPerPlacement
        subsidy = Double(placements) * subsidyPerPlacement
        self.employers = employers
    }

    enum CodingKeys: String, CodingKey {
        case placements
        case subsidyPerPlacement = "subsidy_per_placement"
        case subsidy
        case employers
    }
}
