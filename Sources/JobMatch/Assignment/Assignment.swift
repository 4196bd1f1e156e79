/// Placements chosen from a candidate graph: each seeker in at most one
/// post, each post within its openings.
public struct Assignment: Sendable, Hashable {
    /// How the placements were chosen.
    public let mode: AssignmentMode
    /// The chosen edges, one per placed seeker, in the graph's seeker order
    /// (the batch order).
    public let placements: [CandidateGraph.Edge]
    /// The sum of the placements' scores.
    public let totalScore: Double

    init(mode: AssignmentMode, placements: [CandidateGraph.Edge]) {
        self.mode = mode
        self.placements = placements
        totalScore = placements.reduce(0) { $0 + $1.score }
    }
}
