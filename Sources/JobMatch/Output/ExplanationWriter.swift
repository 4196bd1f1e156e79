import Foundation

/// Renders a ``PairExplanation`` as readable text or as one JSON object.
package enum ExplanationWriter {
    /// A few aligned lines: each requirement's credit, then every part and
    /// the total, or every rule the pair breaks.
    package static func text(_ explanation: PairExplanation, seeker: Seeker, post: Post) -> String {
        let d = RankingWriter.decimal
        var lines = ["seeker \(explanation.seekerID) — post \(explanation.postID)" + (post.title.map { " (\($0))" } ?? "")]
        lines.append(explanation.isFeasible ? "feasible" : "infeasible:")
        lines += explanation.violations.map { "  - \($0.rule.rawValue): \($0.detail)" }

        var table = TextTable(
            headers: ["requirement", "level", "weight", "mandatory", "own", "group", "credit"],
            numericColumns: [1, 2, 4, 5, 6])
        table.rows = explanation.requirements.map { credit in
            let requirement = credit.requirement
            return [
                requirement.skill, String(requirement.level), number(requirement.weight),
                requirement.isMandatory ? (credit.isMissingMandatory ? "MISSING" : "yes") : "no",
                String(credit.ownLevel), String(credit.groupLevel), d(credit.credit, 6),
            ]
        }
        if !explanation.requirements.isEmpty {
            lines += table.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  " + $0 }
        }
        let weights = explanation.weights
        let expected = explanation.expectedWage.map { " / expected \(number($0)) (ratio \(d($0 > 0 ? explanation.offeredWage / $0 : 1, 3)))" }
        lines += [
            "skill     \(d(explanation.skill, 6))" + (explanation.requirements.isEmpty ? " (no requirements)" : "")
                + "  × \(number(weights.skill))",
            "geo       \(d(explanation.geo, 6))  × \(number(weights.geo))  (distance \(d(explanation.distanceKm, 4)) km)",
            "wage      \(d(explanation.wage, 6))  × \(number(weights.wage))  (offer \(number(explanation.offeredWage))"
                + (expected ?? ", no expectation") + ")",
            "bonus     \(d(explanation.bonus, 6))  (warning \(seeker.warning.rawValue))",
        ]
        if let score = explanation.score { lines.append("score     \(d(score.total, 6))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object with every part, the requirement credits and the
    /// violations: the explanation's `Codable` shape, on one line.
    package static func json(_ explanation: PairExplanation) throws -> String {
        try JSONText.text(explanation)
    }

    /// A number without a trailing `.0` when it is whole.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
