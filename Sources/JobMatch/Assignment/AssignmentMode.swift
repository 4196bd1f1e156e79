/// How ``CandidateGraph/assignment(_:)`` chooses placements.
public enum AssignmentMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The largest total score the openings allow.
    case optimal
    /// The seeker-optimal stable matching under the two-sided preferences.
    case stable
    /// Edges taken best first while the seeker is free and the post has an opening.
    case greedy
}
