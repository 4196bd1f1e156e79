import Foundation
@testable import JobMatch
@testable import JobMatchModel
@testable import JobMatchReport
import Testing

/// The training plan and the what-if on the bundled fixtures.
@Suite("Report: training and what-if")
struct ReportTrainingTests {
    static let data = InputLoader.loadDataSet(
        taxonomyPath: CommandRunner.fixture("skills.csv"), seekersPath: CommandRunner.fixture("seekers.csv"),
        postsPath: CommandRunner.fixture("posts.csv"))

    @Test func trainingBeatsRandomNearMissesAndEqualsAFreshMatch() throws {
        let (taxonomy, seekers, posts) = (Self.data.taxonomy, Self.data.seekers.records, Self.data.posts.records)
        let (page, upgraded) = try ReportBuilder.build(ReportRequest(
            taxonomy: taxonomy, seekers: seekers, posts: posts, trainees: 40, candidates: .perSide(20)))
        let training = page.report.training
        let trained = Set(training.plan.map(\.seeker)).count
        #expect(trained > 0 && trained <= 40)
        #expect(training.placementsAfter > training.placementsBefore)
        #expect(training.curve.count == 10 && training.curve.last?.placements == training.placementsAfter)

        // The plan's rows, applied to the seekers, give the upgraded seekers, and a fresh match on them.
        var applied = seekers
        for row in training.plan {
            let s = applied.firstIndex { $0.id == row.seeker }!
            if let k = applied[s].skills.firstIndex(where: { $0.skill == row.skill }) {
                #expect(applied[s].skills[k].level == row.fromLevel)
                applied[s].skills[k].level = row.toLevel
            } else {
                #expect(row.fromLevel == 0)
                applied[s].skills.append(SkillLevel(skill: row.skill, level: row.toLevel))
            }
        }
        #expect(applied == upgraded)
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts)
        let fresh = engine.candidateGraph(for: applied, limit: .perSide(20)).assignment(.optimal)
        #expect(fresh.placements.count == training.placementsAfter)

        // The same number of near misses chosen at random places fewer.
        let nearMisses = engine.ruleBreakdown(for: seekers).nearMisses
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<3 {
            var chosen: [Int: Seeker] = [:]
            for pair in nearMisses.shuffled(using: &random) where chosen.count < trained && chosen[pair.seeker] == nil {
                chosen[pair.seeker] = TrainingPlanner.trained(seekers[pair.seeker], for: posts[pair.post])
            }
            var randomly = seekers
            for (s, seeker) in chosen { randomly[s] = seeker }
            let placements = engine.candidateGraph(for: randomly, limit: .perSide(20)).assignment(.optimal).placements.count
            #expect(placements < training.placementsAfter)
        }
    }

    @Test func whatIfEqualsAMatchWithThePlannedPosts() throws {
        let (taxonomy, seekers, posts) = (Self.data.taxonomy, Self.data.seekers.records, Self.data.posts.records)
        var planned = Array(posts.prefix(25))
        for index in planned.indices { planned[index].id = "PLAN\(index)"; planned[index].openings = 3 }
        let report = try ReportBuilder.build(ReportRequest(
            taxonomy: taxonomy, seekers: seekers, posts: posts, planned: planned, trainees: 0, candidates: .perSide(20))).page.report
        let whatIf = try #require(report.whatIf)
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts + planned)
        let after = engine.candidateGraph(for: seekers, limit: .perSide(20)).assignment(.optimal)
        #expect(whatIf.placementsAfter == after.placements.count)
        #expect(whatIf.placementsBefore == report.overview.placements)
        #expect(whatIf.placementsAfter > whatIf.placementsBefore)
        let placedAfter = Set(after.placements.map { seekers[$0.seeker].id })
        #expect(Set(whatIf.newlyPlaced).isSubset(of: placedAfter))
        #expect(whatIf.byWarning.values.reduce(0) { $0 + $1.after } == whatIf.placementsAfter)
        #expect(report.training.plan.isEmpty && report.training.placementsAfter == report.training.placementsBefore)
    }

    /// Degenerate data: no feasible pair, no near miss, one district, empty groups, no seekers.
    @Test(arguments: ["no feasible pair", "one district", "no seekers", "no posts"])
    func degenerateDataGivesSensibleNumbers(_ name: String) throws {
        let instance = RandomInstance(seed: 77, seekers: 30, posts: 20)
        var seekers = instance.seekers, posts = instance.posts
        var districts = ReportSectionTests.districts
        switch name {
        case "no feasible pair":
            for index in seekers.indices {
                seekers[index].location = Coordinate(latitude: -40, longitude: -60)
                seekers[index].maxCommuteKm = 1
            }
        case "one district": districts = [districts[0]]
        case "no seekers": seekers = []
        default: posts = []
        }
        let report = try ReportBuilder.build(ReportRequest(
            taxonomy: instance.taxonomy, seekers: seekers, posts: posts, districts: districts, trainees: 10)).page.report
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(!json.lowercased().contains("nan") && !json.contains("inf"))
        #expect(report.keyGroups.groups.count == 10 && report.grades.count == 9)
        if name == "no feasible pair" {
            #expect(report.overview.feasiblePairs == 0 && report.overview.placements == 0 && report.training.plan.isEmpty)
            #expect(report.hardToFill.posts.count == posts.count)
        }
        if name == "no seekers" { #expect(report.overview.placementRate == nil && report.keyGroups.groups.allSatisfy { $0.selectionRate == nil }) }
    }
}
