/// A plain float64 evaluation of SCORING.md, one pair at a time.
///
/// It reads the model values directly and follows the document line by line;
/// the tests hold the fast engine to it, and explanations come from it.
public struct ReferenceScorer: Sendable {
    /// The taxonomy skills are looked up in.
    public let taxonomy: SkillTaxonomy
    /// The parameters.
    public let configuration: ScoringConfiguration

    /// Creates a reference scorer.
    public init(taxonomy: SkillTaxonomy, configuration: ScoringConfiguration = .init()) {
        self.taxonomy = taxonomy
        self.configuration = configuration
    }

    /// The score of a pair, or `nil` if it is infeasible.
    public func score(_ seeker: Seeker, _ post: Post) -> PairScore? {
        explain(seeker, post).score
    }

    /// Every part of a pair's score and every rule it breaks.
    ///
    /// - Complexity: O(skills of the seeker + requirements of the post).
    public func explain(_ seeker: Seeker, _ post: Post) -> PairExplanation {
        let levels = Dictionary(seeker.skills.map { ($0.skill, $0.level) }, uniquingKeysWith: max)
        var groupLevels: [String: Int] = [:]
        for (skill, level) in levels {
            if let group = taxonomy[skill]?.group { groupLevels[group] = max(groupLevels[group] ?? 0, level) }
        }

        let totalWeight = post.requirements.reduce(0) { $0 + $1.weight }
        let credits = post.requirements.map { requirement in
            let own = levels[requirement.skill] ?? 0
            let group = taxonomy[requirement.skill].flatMap { groupLevels[$0.group] } ?? 0
            let credit = ScoringFormulas.skillCredit(
                own: own, group: group, required: requirement.level,
                share: requirement.weight / totalWeight, relatedCredit: configuration.relatedSkillCredit)
            return RequirementCredit(requirement: requirement, ownLevel: own, groupLevel: group, credit: credit)
        }
        let skill = credits.isEmpty ? 1 : credits.reduce(0) { $0 + $1.credit }

        let distance = ScoringFormulas.distanceKm(seeker.location, post.location)
        let expected = post.workType == .gig ? seeker.expectedHourlyWage : seeker.expectedMonthlyWage
        let offer = post.offeredWage
        return PairExplanation(
            seekerID: seeker.id, postID: post.id, requirements: credits, skill: skill,
            distanceKm: distance, geo: ScoringFormulas.geo(distanceKm: distance, configuration),
            offeredWage: offer, expectedWage: expected,
            wage: ScoringFormulas.wage(offer: offer, expected: expected, configuration),
            bonus: configuration.bonus(for: seeker.warning), weights: configuration.weights,
            violations: violations(seeker, post, credits: credits, distanceKm: distance, expectedWage: expected))
    }

    private func violations(
        _ seeker: Seeker, _ post: Post, credits: [RequirementCredit], distanceKm d: Double, expectedWage e: Double?
    ) -> [Violation] {
        var found: [Violation] = []
        if !seeker.accepts.contains(post.workType) {
            found.append(.init(rule: .workType, detail: "\(post.workType.rawValue) not among accepted types"))
        }
        if post.workType == .publicWelfare, seeker.keyGroups.isDisjoint(with: KeyGroup.publicWelfareEligible) {
            found.append(.init(rule: .publicWelfareGroup, detail: "public-welfare post needs a hard-to-place key group"))
        }
        if post.workType == .internship, seeker.keyGroups.isDisjoint(with: KeyGroup.internshipEligible) {
            found.append(.init(rule: .internshipGroup, detail: "internship needs graduate or unemployed_youth"))
        }
        if post.workType == .shared {
            if seeker.employer == nil {
                found.append(.init(rule: .sharedEmployer, detail: "shared-pool post needs a seeker with an employer"))
            } else if seeker.employer == post.employer {
                found.append(.init(rule: .sharedEmployer, detail: "post is with the seeker's own employer \(post.employer)"))
            }
        }
        if let start = post.start, let from = seeker.availableFrom, from > start {
            found.append(.init(rule: .timeWindow, detail: "available only from after the post's start"))
        }
        if let end = post.end, let until = seeker.availableUntil, until < end {
            found.append(.init(rule: .timeWindow, detail: "available only until before the post's end"))
        }
        for credit in credits where credit.isMissingMandatory {
            let requirement = credit.requirement
            found.append(.init(
                rule: .mandatoryRequirement,
                detail: "mandatory \(requirement.skill) ≥ \(requirement.level), has \(credit.ownLevel)"))
        }
        if let limit = seeker.maxCommuteKm, d > limit {
            found.append(.init(rule: .distance, detail: "commute \(Self.km(d)) km > \(Self.km(limit)) km"))
        }
        if let limit = post.radiusKm, d > limit {
            found.append(.init(rule: .distance, detail: "distance \(Self.km(d)) km > post radius \(Self.km(limit)) km"))
        }
        if ScoringFormulas.isWageTooLow(wageMax: post.wageMax, expected: e, configuration), let e {
            found.append(.init(
                rule: .wage,
                detail: "wage_max \(post.wageMax) < \(e) × (1 − \(configuration.maxShortfall))"))
        }
        return found
    }

    private static func km(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
