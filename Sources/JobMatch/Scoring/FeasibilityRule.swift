/// The hard rules of SCORING.md; breaking any makes a pair infeasible.
public enum FeasibilityRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Rule 1: the post's work type is not among the seeker's accepted types.
    case workType = "work-type"
    /// Rule 2: a public-welfare post and the seeker is in none of its groups.
    case publicWelfareGroup = "public-welfare-group"
    /// Rule 3: an internship and the seeker is neither graduate nor unemployed youth.
    case internshipGroup = "internship-group"
    /// Rule 4: a shared-pool post and the seeker has no employer or is the post's own staff.
    case sharedEmployer = "shared-employer"
    /// Rule 5: the seeker's availability does not cover the post's window.
    case timeWindow = "time-window"
    /// Rule 6: a mandatory requirement is not met.
    case mandatoryRequirement = "mandatory-requirement"
    /// Rule 7: the distance exceeds the seeker's commute or the post's radius.
    case distance = "distance"
    /// Rule 8: the post pays too far below the expected wage.
    case wage = "wage"
}

/// One broken rule and what breaks it; in JSON
/// `{"rule": "distance", "detail": "commute 8.06 km > 5 km"}`.
public struct Violation: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The rule.
    public var rule: FeasibilityRule
    /// A human-readable account, such as `commute 8.06 km > 5 km`.
    public var detail: String

    /// Creates a violation.
    public init(rule: FeasibilityRule, detail: String) {
        self.rule = rule
        self.detail = detail
    }

    /// The rule's code and the detail, such as `distance: commute 8.06 km > 5 km`.
    public var description: String { "\(rule.rawValue): \(detail)" }
}
