import Foundation
@testable import JobMatch
@testable import JobMatchModel
@testable import JobMatchReport
import Testing

/// Each section of the report against a plain computation over the
/// reference scorer, on small random instances.
@Suite("Report sections")
struct ReportSectionTests {
    static let districts = [
        District(id: "north", name: "North", chineseName: "北区", centre: Coordinate(latitude: 30.2, longitude: 115.0)),
        District(id: "south", name: "South", centre: Coordinate(latitude: 30.1, longitude: 115.05)),
    ]

    /// The instance, its report, and the reference's verdict on every pair.
    struct Case {
        let instance: RandomInstance
        let report: Report
        /// For seeker `s` and post `p`: the rules the pair breaks, and its score if feasible.
        let rules: [[Set<FeasibilityRule>]]
        let scores: [[Double?]]
        let distances: [[Double]]

        init(seed: UInt64, candidates: CandidateLimit = .perSide(4), fairness: FairnessPolicy? = nil) throws {
            instance = RandomInstance(seed: seed, seekers: 70, posts: 45)
            let reference = ReferenceScorer(taxonomy: instance.taxonomy)
            var rules: [[Set<FeasibilityRule>]] = [], scores: [[Double?]] = [], distances: [[Double]] = []
            for seeker in instance.seekers {
                let explanations = instance.posts.map { reference.explain(seeker, $0) }
                rules.append(explanations.map { Set($0.violations.map(\.rule)) })
                scores.append(explanations.map { $0.score?.total })
                distances.append(explanations.map(\.distanceKm))
            }
            (self.rules, self.scores, self.distances) = (rules, scores, distances)
            report = try ReportBuilder.build(ReportRequest(
                taxonomy: instance.taxonomy, seekers: instance.seekers, posts: instance.posts,
                districts: ReportSectionTests.districts, circles: [1, 3, 8], trainees: 5, candidates: candidates,
                fairness: fairness)).page.report
        }

        var feasible: [[Bool]] { rules.map { $0.map(\.isEmpty) } }
    }

    @Test(arguments: [61, 62, 63] as [UInt64])
    func overviewGradesAndHighSkills(seed: UInt64) throws {
        let test = try Case(seed: seed)
        let (seekers, posts) = (test.instance.seekers, test.instance.posts)
        #expect(test.report.overview.feasiblePairs == test.feasible.joined().filter { $0 }.count)
        #expect(test.report.overview.openings == posts.reduce(0) { $0 + $1.openings })
        for row in test.report.grades {
            let seekerCount = seekers.filter { ($0.skills.map(\.level).max() ?? 0) == row.grade }.count
            let openings = posts.filter { ($0.requirements.filter(\.isMandatory).map(\.level).max() ?? 0) == row.grade }
                .reduce(0) { $0 + $1.openings }
            #expect(row.seekers == seekerCount && row.openings == openings)
            #expect(row.ratio == (seekerCount == 0 ? nil : Double(openings) / Double(seekerCount)))
        }
        let skilled = seekers.filter { !$0.skills.isEmpty }
        #expect(test.report.highSkillShare.skilledSeekers == skilled.count)
        #expect(test.report.highSkillShare.highSkillSeekers == skilled.filter { $0.skills.map(\.level).max()! >= 4 }.count)
        let byDistrict = try #require(test.report.gradesByDistrict)
        #expect(Set(byDistrict.keys) == ["north", "south"])
        #expect(byDistrict.values.map { $0.reduce(0) { $0 + $1.seekers } }.reduce(0, +) == seekers.count)
    }

    @Test(arguments: [61, 62, 63] as [UInt64])
    func circles(seed: UInt64) throws {
        let test = try Case(seed: seed)
        for circle in test.report.circles {
            let covered = test.instance.seekers.indices.filter { s in
                test.instance.posts.indices.contains { test.feasible[s][$0] && test.distances[s][$0] <= circle.radiusKm }
            }
            #expect(circle.covered == covered.count)
            for group in KeyGroup.allCases {
                let members = test.instance.seekers.indices.filter { test.instance.seekers[$0].keyGroups.contains(group) }
                #expect(circle.byGroup[group.rawValue]?.seekers == members.count)
                #expect(circle.byGroup[group.rawValue]?.covered == members.filter(covered.contains).count)
            }
            #expect(circle.byWarning.values.reduce(0) { $0 + $1.seekers } == test.instance.seekers.count)
        }
    }

    @Test(arguments: [61, 62, 63] as [UInt64])
    func hardToFillWithBindingRules(seed: UInt64) throws {
        let test = try Case(seed: seed)
        let posts = test.instance.posts
        let hard = posts.indices.filter { p in test.feasible.map { $0[p] }.filter { $0 }.count < posts[p].openings }
        #expect(Set(test.report.hardToFill.posts.map(\.post)) == Set(hard.map { posts[$0].id }))
        for row in test.report.hardToFill.posts {
            let p = posts.firstIndex { $0.id == row.post }!
            #expect(row.feasibleSeekers == test.feasible.map { $0[p] }.filter { $0 }.count)
            #expect(row.binding.count == 8)
            for rule in FeasibilityRule.allCases {
                let only = test.rules.filter { $0[p] == [rule] }.count
                #expect(row.binding[rule.rawValue] == only, "\(row.post) \(rule)")
            }
        }
        #expect(test.report.hardToFill.byType.values.reduce(0, +) == hard.count)
    }

    @Test(arguments: [61, 62, 63] as [UInt64])
    func keyGroupsWithImpactRatios(seed: UInt64) throws {
        let test = try Case(seed: seed)
        let seekers = test.instance.seekers
        let engine = try MatchEngine(taxonomy: test.instance.taxonomy, posts: test.instance.posts)
        let placed = Set(engine.candidateGraph(for: seekers, limit: .perSide(4)).assignment(.optimal).placements.map(\.seeker))
        let best = test.scores.map { $0.compactMap { $0 }.max() ?? 0 }
        let sorted = best.sorted()
        let median = sorted.count.isMultiple(of: 2) ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
        let rows = test.report.keyGroups.groups
        #expect(rows.map(\.group) == KeyGroup.allCases.map(\.rawValue) + ["none"])
        let rates = rows.map(\.selectionRate)
        for row in rows {
            let members = seekers.indices.filter {
                row.group == "none" ? seekers[$0].keyGroups.isEmpty : seekers[$0].keyGroups.contains(KeyGroup(rawValue: row.group)!)
            }
            #expect(row.seekers == members.count)
            #expect(row.placed == members.filter(placed.contains).count)
            #expect(row.feasible == members.filter { s in test.feasible[s].contains(true) }.count)
            let aboveMedian = members.filter { best[$0] > median }.count
            #expect(row.bestScoreMedianRate == (members.isEmpty ? nil : Double(aboveMedian) / Double(members.count)))
            if let rate = row.selectionRate, let top = rates.compactMap({ $0 }).max(), top > 0 {
                #expect(abs(row.selectionImpactRatio! - rate / top) < 1e-12)
            }
            #expect(row.belowFourFifths == ((row.selectionImpactRatio ?? 1) < 0.8 || (row.bestScoreImpactRatio ?? 1) < 0.8))
        }
        #expect(test.report.keyGroups.warningLevels.map(\.group) == ["red", "yellow", "blue", "none"])
    }

    @Test(arguments: [(61, CandidateLimit.perSide(4)), (62, .perSide(12)), (63, .all)] as [(UInt64, CandidateLimit)])
    func exposure(seed: UInt64, candidates: CandidateLimit) throws {
        let test = try Case(seed: seed, candidates: candidates)
        let seekers = test.instance.seekers
        let lists = ReferenceRanking.rank(
            seekers: seekers, posts: test.instance.posts, taxonomy: test.instance.taxonomy, direction: .seekers, top: 10)
        let slots = lists.flatMap { $0.map(\.id) }
        let feasible = seekers.indices.filter { test.feasible[$0].contains(true) }
        for row in test.report.exposure {
            let group = KeyGroup(rawValue: row.group)!
            let held = slots.filter { id in seekers.first { $0.id == id }!.keyGroups.contains(group) }.count
            #expect(row.slotShare == Double(held) / Double(slots.count))
            #expect(row.feasibleShare == Double(feasible.filter { seekers[$0].keyGroups.contains(group) }.count) / Double(feasible.count))
        }
    }

    @Test(arguments: [71, 72] as [UInt64])
    func exposureAfterAFairReranking(seed: UInt64) throws {
        // Built here, not as an argument: see FairRankAgreementTests.policy(_:).
        let policy: FairnessPolicy = seed == 71
            ? .protected(.key(.disabled), p: 0.5, alpha: 0.1)
            : .shares([GroupShare(group: .key(.graduate), share: 0.3), GroupShare(group: .warning(.red), share: 0.2)])
        let test = try Case(seed: seed, fairness: policy)
        let seekers = test.instance.seekers
        let byID = Dictionary(uniqueKeysWithValues: seekers.map { ($0.id, $0) })
        // Every feasible seeker of each post, split into the policy's classes, re-ranked.
        let everyone = ReferenceRanking.rank(
            seekers: seekers, posts: test.instance.posts, taxonomy: test.instance.taxonomy, direction: .seekers,
            top: seekers.count)
        var slots: [String] = []
        for list in everyone {
            var classes = [[FairCandidate]](repeating: [], count: policy.groups.count + 1)
            for entry in list { classes[policy.classIndex(of: byID[entry.id]!)].append(FairCandidate(id: entry.id, score: entry.score)) }
            let picks = switch policy {
            case .protected(_, let p, let alpha):
                FairReranking.fair(protected: classes[0], others: classes[1], table: try FairnessTable(k: 10, p: p, alpha: alpha))
            case .shares(let shares):
                FairReranking.representative(
                    groups: classes, shares: shares.map(\.share) + [0], k: 10)
            }
            slots += picks.map { classes[$0.group][$0.position].id }
        }
        var changed = false
        for row in test.report.exposure {
            let group = KeyGroup(rawValue: row.group)!
            let held = slots.filter { byID[$0]!.keyGroups.contains(group) }.count
            let fair = try #require(row.fair)
            #expect(fair.slotShare == Double(held) / Double(slots.count))
            #expect(fair.skew == row.feasibleShare.flatMap { $0 == 0 ? nil : Double(held) / Double(slots.count) / $0 })
            changed = changed || fair.slotShare != row.slotShare
        }
        #expect(changed)
        let plain = try Case(seed: seed)
        #expect(plain.report.exposure.allSatisfy { $0.fair == nil })
    }
}
