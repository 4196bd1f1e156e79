/// Key groups of the employment plan that get priority help.
public enum KeyGroup: String, Sendable, Hashable, CaseIterable, Codable {
    case graduate
    case unemployedYouth = "unemployed_youth"
    case migrant
    case disabled
    case povertyAlleviated = "poverty_alleviated"
    case longUnemployed = "long_unemployed"
    case zeroEmploymentFamily = "zero_employment_family"
    case olderHardToEmploy = "older_hard_to_employ"
    case veteran

    /// Groups that may take `public_welfare` posts (SCORING.md, rule 2).
    public static let publicWelfareEligible: Set<KeyGroup> = [
        .zeroEmploymentFamily, .olderHardToEmploy, .disabled, .longUnemployed,
    ]

    /// Groups that may take `internship` posts (SCORING.md, rule 3).
    public static let internshipEligible: Set<KeyGroup> = [.graduate, .unemployedYouth]
}
