extension AssignmentSummary {
    /// A few lines for a person reading standard error: the outcome, the
    /// unfilled openings, the rates of the groups present and the pool.
    package func formatted() -> String {
        let limit = switch candidateLimit {
        case .perSide(let k): "best \(k) per side"
        case .all: "every feasible pair"
        }
        func share(_ part: Int, of whole: Int) -> String {
            whole > 0 ? RankingWriter.decimal(100 * Double(part) / Double(whole), places: 1) + "%" : "-"
        }
        func rates<Group: RawRepresentable<String>>(_ rates: [PlacementRate<Group>]) -> String {
            let present = rates.filter { $0.seekers > 0 }
            guard !present.isEmpty else { return "none" }
            return present.map { "\($0.group.rawValue) \(share($0.placed, of: $0.seekers)) (\($0.placed)/\($0.seekers))" }
                .joined(separator: ", ")
        }
        let unfilled = unfilledOpenings.filter { $0.openings > 0 }
            .map { "\($0.workType.rawValue) \($0.unfilled)/\($0.openings)" }.joined(separator: ", ")
        let pool = sharedPool.employers.filter { $0.lent > 0 || $0.borrowed > 0 }
            .map { "\($0.employer) lent \($0.lent), borrowed \($0.borrowed)" }.joined(separator: "; ")
        return """
            \(mode.rawValue) assignment over \(limit): \(placements) of \(seekers) seekers placed \
            (\(share(placements, of: seekers))), \(openings) openings, total score \(RankingWriter.decimal(totalScore))
            unfilled openings: \(unfilled.isEmpty ? "none" : unfilled)
            placed by key group: \(rates(keyGroupRates))
            placed by warning level: \(rates(warningLevelRates))
            shared pool: \(sharedPool.placements) placements, subsidy \(RankingWriter.decimal(sharedPool.subsidy, places: 2)) CNY\
            \(pool.isEmpty ? "" : "; " + pool)

            """
    }
}
