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

    /// One JSON object with every part, the requirement credits and the violations.
    package static func json(_ explanation: PairExplanation) -> String {
        let d = RankingWriter.decimal
        let requirements = explanation.requirements.map { credit in
            "{\"skill\":\(TextEscaping.jsonString(credit.requirement.skill)),\"level\":\(credit.requirement.level)"
                + ",\"weight\":\(number(credit.requirement.weight)),\"mandatory\":\(credit.requirement.isMandatory)"
                + ",\"own_level\":\(credit.ownLevel),\"group_level\":\(credit.groupLevel),\"credit\":\(d(credit.credit, 6))"
                + ",\"missing_mandatory\":\(credit.isMissingMandatory)}"
        }
        let violations = explanation.violations.map {
            "{\"rule\":\(TextEscaping.jsonString($0.rule.rawValue)),\"detail\":\(TextEscaping.jsonString($0.detail))}"
        }
        let fields = [
            "\"seeker\":\(TextEscaping.jsonString(explanation.seekerID))",
            "\"post\":\(TextEscaping.jsonString(explanation.postID))",
            "\"feasible\":\(explanation.isFeasible)",
            "\"score\":\(explanation.score.map { d($0.total, 6) } ?? "null")",
            "\"skill\":\(d(explanation.skill, 6))",
            "\"geo\":\(d(explanation.geo, 6))",
            "\"wage\":\(d(explanation.wage, 6))",
            "\"bonus\":\(d(explanation.bonus, 6))",
            "\"distance_km\":\(d(explanation.distanceKm, 4))",
            "\"offered_wage\":\(number(explanation.offeredWage))",
            "\"expected_wage\":\(explanation.expectedWage.map(number) ?? "null")",
            "\"wage_ratio\":\(explanation.wageRatio.map { d($0, 6) } ?? "null")",
            "\"requirements\":[\(requirements.joined(separator: ","))]",
            "\"violations\":[\(violations.joined(separator: ","))]",
        ]
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    /// A number without a trailing `.0` when it is whole.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
