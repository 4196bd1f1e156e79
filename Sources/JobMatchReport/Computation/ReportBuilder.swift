import JobMatch

/// Makes the analyst's report (REPORTS.md) from the engine: one pass for
/// the hard rules pair by pair, one for the candidate graph, the assignment
/// on it, and, for training and planned posts, the graph updated or made
/// again and the assignment solved again. No section scores a pair itself.
public enum ReportBuilder {
    /// The report of `request`, its page's data, and the seekers with the
    /// training plan's upgrades applied.
    ///
    /// - Parameter progress: told each stage's name and its fraction done.
    /// - Throws: ``ConfigurationError`` for a parameter out of range, or
    ///   ``RecordError`` for a post or planned post that breaks a rule of the model.
    public static func build(
        _ request: ReportRequest, progress: (@Sendable (String, Double) -> Void)? = nil
    ) throws -> (page: ReportPage, upgradedSeekers: [Seeker]) {
        let engine = try MatchEngine(
            taxonomy: request.taxonomy, posts: request.posts, configuration: request.configuration, options: request.options)
        let breakdown = engine.ruleBreakdown(for: request.seekers) { progress?("checking every pair's rules", $0) }
        let graph = engine.candidateGraph(for: request.seekers, limit: request.candidates) {
            progress?("scoring candidates", $0)
        }
        progress?("assigning", 0)
        let assignment = graph.assignment(request.mode)
        let seekers = graph.seekers
        let facts = ReportFacts(
            request: request, engine: engine, seekers: seekers, breakdown: breakdown, graph: graph, assignment: assignment,
            isPlaced: ReportFacts.placed(assignment, count: seekers.count),
            bestScore: seekers.indices.map { graph.edges(ofSeeker: $0).first?.score ?? 0 },
            districts: DistrictAssignment(districts: request.districts, seekers: seekers, posts: request.posts))
        let hardToFill = HardToFillAnalysis.section(facts)
        progress?("ranking each post's best seekers", 0)
        let exposure = try ExposureAnalysis.section(facts)
        progress?("planning training", 0)
        let (training, upgraded) = TrainingPlanner(facts: facts).plan(trainees: request.trainees)
        progress?("adding the planned posts", 0)
        let whatIf = try WhatIfAnalysis.section(facts)
        let openings = request.posts.reduce(0) { $0 + $1.openings }
        let report = Report(
            overview: Overview(
                seekers: seekers.count, posts: request.posts.count, openings: openings,
                feasiblePairs: breakdown.feasiblePairs, placements: assignment.placements.count,
                placementRate: ReportMath.ratio(assignment.placements.count, seekers.count)),
            grades: GradeTables.rows(seekers: seekers, posts: request.posts),
            gradesByDistrict: GradeTables.byDistrict(facts),
            highSkillShare: GradeTables.highSkillShare(seekers),
            circles: CircleCoverage.circles(facts),
            hardToFill: hardToFill,
            keyGroups: KeyGroupOutcomes.section(facts),
            exposure: exposure,
            training: training,
            whatIf: whatIf)
        let page = ReportPage(
            report: report,
            districts: request.districts.map {
                DistrictInfo(id: $0.id, name: $0.name, nameZh: $0.chineseName, latitude: $0.centre.latitude, longitude: $0.centre.longitude)
            },
            map: CityMapBuilder.map(facts, hardToFill: Set(hardToFill.posts.map(\.post))),
            generated: GenerationNote(
                inputs: request.inputNames, mode: request.mode.rawValue,
                candidates: { if case .perSide(let k) = request.candidates { String(k) } else { "all" } }(),
                fairness: request.fairness?.description))
        return (page, upgraded)
    }
}
