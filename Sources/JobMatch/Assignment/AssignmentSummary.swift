/// The figures of an assignment that reports need, encoded as JSON with
/// snake_case keys. `candidate_limit` is `k` or `"all"`; a group without
/// seekers has no `rate`. For the worked example of SCORING.md:
///
/// ```json
/// {"mode": "optimal", "candidate_limit": 50, "seekers": 3, "posts": 2, "openings": 2,
///  "placements": 2, "total_score": 1.3625763291449173,
///  "unfilled_openings": [{"work_type": "fulltime", "openings": 2, "unfilled": 0}, …],
///  "placement_rate_by_key_group": [{"group": "graduate", "seekers": 0, "placed": 0}, …],
///  "placement_rate_by_warning_level": [{"group": "red", "seekers": 1, "placed": 1, "rate": 1}, …],
///  "shared_pool": {"placements": 0, "subsidy_per_placement": 1000, "subsidy": 0, "employers": []}}
/// ```
public struct AssignmentSummary: Sendable, Hashable, Codable {
    /// How the placements were chosen.
    public var mode: AssignmentMode
    /// How many candidates each side kept in the graph.
    public var candidateLimit: CandidateLimit
    /// The seekers of the batch.
    public var seekers: Int
    /// The posts.
    public var posts: Int
    /// The openings of all posts.
    public var openings: Int
    /// The seekers placed.
    public var placements: Int
    /// The sum of the placements' scores.
    public var totalScore: Double
    /// Openings and unfilled openings per work type, in `WorkType.allCases` order.
    public var unfilledOpenings: [WorkTypeOpenings]
    /// Placement rates per key group, in `KeyGroup.allCases` order; a seeker
    /// counts in each of its groups.
    public var keyGroupRates: [PlacementRate<KeyGroup>]
    /// Placement rates per early-warning level, in `WarningLevel.allCases` order.
    public var warningLevelRates: [PlacementRate<WarningLevel>]
    /// The shared-employee pool's flows and subsidy.
    public var sharedPool: SharedPoolSummary

    /// Summarises `assignment` of the seekers and posts of `graph`.
    ///
    /// - Complexity: O(seekers + posts + employers × log(employers)).
    public init(_ assignment: Assignment, in graph: CandidateGraph, configuration: AssignmentConfiguration = .init()) {
        var isPlaced = [Bool](repeating: false, count: graph.seekers.count)
        var filled = [Int](repeating: 0, count: graph.posts.count)
        var lent: [String: Int] = [:], borrowed: [String: Int] = [:]
        var sharedPlacements = 0
        for placement in assignment.placements {
            isPlaced[placement.seeker] = true
            filled[placement.post] += 1
            let post = graph.posts[placement.post]
            guard post.workType == .shared else { continue }
            sharedPlacements += 1
            borrowed[post.employer, default: 0] += 1
            if let employer = graph.seekers[placement.seeker].employer { lent[employer, default: 0] += 1 }
        }

        mode = assignment.mode
        candidateLimit = graph.limit
        seekers = graph.seekers.count
        posts = graph.posts.count
        openings = graph.posts.reduce(0) { $0 + $1.openings }
        placements = assignment.placements.count
        totalScore = assignment.totalScore
        unfilledOpenings = WorkType.allCases.map { type in
            let indices = graph.posts.indices.filter { graph.posts[$0].workType == type }
            let openings = indices.reduce(0) { $0 + graph.posts[$1].openings }
            return WorkTypeOpenings(workType: type, openings: openings, unfilled: openings - indices.reduce(0) { $0 + filled[$1] })
        }
        keyGroupRates = KeyGroup.allCases.map { group in
            let members = graph.seekers.indices.filter { graph.seekers[$0].keyGroups.contains(group) }
            return PlacementRate(group: group, seekers: members.count, placed: members.filter { isPlaced[$0] }.count)
        }
        warningLevelRates = WarningLevel.allCases.map { level in
            let members = graph.seekers.indices.filter { graph.seekers[$0].warning == level }
            return PlacementRate(group: level, seekers: members.count, placed: members.filter { isPlaced[$0] }.count)
        }
        let members = graph.seekers.compactMap(\.employer)
        let hosts = graph.posts.filter { $0.workType == .shared }.map(\.employer)
        sharedPool = SharedPoolSummary(
            placements: sharedPlacements, subsidyPerPlacement: configuration.subsidyPerSharedPlacement,
            employers: Set(members + hosts).sorted(by: ByteOrder.precedes).map {
                EmployerSharing(employer: $0, lent: lent[$0] ?? 0, borrowed: borrowed[$0] ?? 0)
            })
    }

    enum CodingKeys: String, CodingKey {
        case mode
        case candidateLimit = "candidate_limit"
        case seekers
        case posts
        case openings
        case placements
        case totalScore = "total_score"
        case unfilledOpenings = "unfilled_openings"
        case keyGroupRates = "placement_rate_by_key_group"
        case warningLevelRates = "placement_rate_by_warning_level"
        case sharedPool = "shared_pool"
    }
}
