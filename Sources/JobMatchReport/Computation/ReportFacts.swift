import JobMatch

/// What every section is computed from: the engine's per-rule pass, its
/// candidate graph and the assignment on it, and where each record lies.
struct ReportFacts {
    let request: ReportRequest
    let engine: MatchEngine
    /// The valid seekers, in batch order; every per-seeker array follows it.
    let seekers: [Seeker]
    let breakdown: RuleBreakdown
    let graph: CandidateGraph
    let assignment: Assignment
    /// Whether each seeker is placed.
    let isPlaced: [Bool]
    /// Each seeker's best score over feasible posts, 0 for none (bonus included).
    let bestScore: [Double]
    let districts: DistrictAssignment

    /// The labels of the rows a seeker counts in: each key group, or `none`.
    static func groupKeys(of seeker: Seeker) -> [String] {
        seeker.keyGroups.isEmpty ? ["none"] : KeyGroup.allCases.filter(seeker.keyGroups.contains).map(\.rawValue)
    }

    /// The group rows of every table, in order: the nine key groups, then `none`.
    static let groupRows = KeyGroup.allCases.map(\.rawValue) + ["none"]
    /// The warning rows, in order.
    static let warningRows = WarningLevel.allCases.map(\.rawValue)

    /// Which seekers were placed in `assignment` of a graph of `count` seekers.
    static func placed(_ assignment: Assignment, count: Int) -> [Bool] {
        var placed = [Bool](repeating: false, count: count)
        for placement in assignment.placements { placed[placement.seeker] = true }
        return placed
    }
}
