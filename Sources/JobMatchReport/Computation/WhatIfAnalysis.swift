import JobMatch

/// What a planned project changes (REPORTS.md, `what_if`): its posts added,
/// the assignment made again, placements compared.
enum WhatIfAnalysis {
    /// - Throws: ``RecordError`` for a planned post that breaks a rule of
    ///   the model or repeats an id of the posts.
    static func section(_ facts: ReportFacts) throws -> WhatIf? {
        guard !facts.request.planned.isEmpty else { return nil }
        let request = facts.request
        let engine = try MatchEngine(
            taxonomy: request.taxonomy, posts: request.posts + request.planned, configuration: request.configuration,
            options: request.options)
        let graph = engine.candidateGraph(extending: facts.graph)
        let after = ReportFacts.placed(graph.assignment(request.mode), count: facts.seekers.count)
        func compare(_ rows: [String], _ belongs: (Int, String) -> Bool) -> [String: BeforeAfter] {
            Dictionary(uniqueKeysWithValues: rows.map { row in
                let members = facts.seekers.indices.filter { belongs($0, row) }
                return (row, BeforeAfter(
                    before: members.filter { facts.isPlaced[$0] }.count, after: members.filter { after[$0] }.count))
            })
        }
        return WhatIf(
            placementsBefore: facts.isPlaced.filter { $0 }.count, placementsAfter: after.filter { $0 }.count,
            newlyPlaced: facts.seekers.indices.filter { after[$0] && !facts.isPlaced[$0] }.map { facts.seekers[$0].id }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) },
            byGroup: compare(ReportFacts.groupRows) { ReportFacts.groupKeys(of: facts.seekers[$0]).contains($1) },
            byWarning: compare(ReportFacts.warningRows) { facts.seekers[$0].warning.rawValue == $1 },
            byDistrict: facts.districts.isEmpty ? [:] : compare(request.districts.map(\.id)) { facts.districts.ofSeeker[$0] == $1 })
    }
}
