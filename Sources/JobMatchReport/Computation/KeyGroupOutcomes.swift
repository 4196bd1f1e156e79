import JobMatch

/// Whether the key groups and the warning levels get their share
/// (REPORTS.md, `key_groups`), with the four-fifths rule.
enum KeyGroupOutcomes {
    static func section(_ facts: ReportFacts) -> KeyGroups {
        let median = ReportMath.median(facts.bestScore)
        let groups = table(facts, median: median, rows: ReportFacts.groupRows) { ReportFacts.groupKeys(of: $0).contains($1) }
        let levels = table(facts, median: median, rows: ReportFacts.warningRows) { $0.warning.rawValue == $1 }
        return KeyGroups(groups: groups, warningLevels: levels)
    }

    /// One table: a row per label, impact ratios against the table's best rate.
    private static func table(
        _ facts: ReportFacts, median: Double, rows: [String], belongs: (Seeker, String) -> Bool
    ) -> [KeyGroupRow] {
        let counts = rows.map { label in
            let members = facts.seekers.indices.filter { belongs(facts.seekers[$0], label) }
            return (
                label: label, seekers: members.count,
                feasible: members.filter { facts.breakdown.feasiblePosts[$0] > 0 }.count,
                placed: members.filter { facts.isPlaced[$0] }.count,
                aboveMedian: members.filter { facts.bestScore[$0] > median }.count)
        }
        let selection = counts.map { ReportMath.ratio($0.placed, $0.seekers) }
        let bestScore = counts.map { ReportMath.ratio($0.aboveMedian, $0.seekers) }
        let topSelection = selection.compactMap { $0 }.max()
        let topBestScore = bestScore.compactMap { $0 }.max()
        return counts.indices.map { index in
            let selectionImpact = ReportMath.ratio(selection[index], topSelection)
            let bestScoreImpact = ReportMath.ratio(bestScore[index], topBestScore)
            return KeyGroupRow(
                group: counts[index].label, seekers: counts[index].seekers, feasible: counts[index].feasible,
                placed: counts[index].placed, selectionRate: selection[index], selectionImpactRatio: selectionImpact,
                bestScoreMedianRate: bestScore[index], bestScoreImpactRatio: bestScoreImpact,
                belowFourFifths: (selectionImpact ?? 1) < 0.8 || (bestScoreImpact ?? 1) < 0.8)
        }
    }
}
