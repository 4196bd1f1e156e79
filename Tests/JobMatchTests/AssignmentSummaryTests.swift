import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Assignment summary")
struct AssignmentSummaryTests {
    /// Five seekers and six posts, each seeker with one edge but S2, whose
    /// only post S1 outbids: greedy places S1 in E2's shared post, S3 (of E2)
    /// in E3's, S4 in the gig and S5 in the public-welfare post.
    static let graph: CandidateGraph = {
        func seeker(_ id: String, _ groups: Set<KeyGroup>, _ warning: WarningLevel, employer: String? = nil) -> Seeker {
            var seeker = TestGraph.seeker(id)
            seeker.keyGroups = groups
            seeker.warning = warning
            seeker.employer = employer
            return seeker
        }
        let seekers = [
            seeker("S1", [.graduate], .red, employer: "E1"),
            seeker("S2", [.graduate, .migrant], .yellow, employer: "E1"),
            seeker("S3", [], .none, employer: "E2"),
            seeker("S4", [], .red),
            seeker("S5", [.disabled], .blue),
        ]
        let posts = [
            TestGraph.post("P1", openings: 2, workType: .fulltime, employer: "E1"),
            TestGraph.post("P2", openings: 1, workType: .shared, employer: "E2"),
            TestGraph.post("P3", openings: 1, workType: .shared, employer: "E3"),
            TestGraph.post("P4", openings: 3, workType: .gig, employer: "E4"),
            TestGraph.post("P5", openings: 1, workType: .publicWelfare, employer: "E5"),
            TestGraph.post("P6", openings: 1, workType: .internship, employer: "E1"),
        ]
        let pairs = [
            TestGraph.Pair(0, 1, score: 0.9), TestGraph.Pair(1, 1, score: 0.8), TestGraph.Pair(2, 2, score: 0.7),
            TestGraph.Pair(3, 3, score: 0.6), TestGraph.Pair(4, 4, score: 0.5),
        ]
        return TestGraph.make(seekers: seekers, posts: posts, pairs: pairs, limit: .perSide(50))
    }()

    @Test("counts, unfilled openings per type, rates per group and the shared pool")
    func figures() {
        let summary = AssignmentSummary(Self.graph.assignment(.greedy), in: Self.graph)
        #expect(summary.mode == .greedy && summary.candidateLimit == .perSide(50))
        #expect(summary.seekers == 5 && summary.posts == 6 && summary.openings == 9 && summary.placements == 4)
        #expect(abs(summary.totalScore - 2.7) < 1e-12)
        #expect(summary.unfilledOpenings.map(\.workType) == WorkType.allCases)
        #expect(summary.unfilledOpenings.map(\.openings) == [2, 0, 3, 2, 1, 1])
        #expect(summary.unfilledOpenings.map(\.unfilled) == [2, 0, 2, 0, 1, 0])

        let groups = Dictionary(uniqueKeysWithValues: summary.keyGroupRates.map { ($0.group, $0) })
        #expect(summary.keyGroupRates.map(\.group) == KeyGroup.allCases)
        #expect(groups[.graduate] == PlacementRate(group: .graduate, seekers: 2, placed: 1))
        #expect(groups[.graduate]?.rate == 0.5)
        #expect(groups[.migrant]?.rate == 0 && groups[.disabled]?.rate == 1)
        #expect(groups[.veteran]?.seekers == 0 && groups[.veteran]?.rate == nil)
        #expect(summary.warningLevelRates.map(\.seekers) == [2, 1, 1, 1])
        #expect(summary.warningLevelRates.map(\.placed) == [2, 0, 1, 1])

        #expect(summary.sharedPool.placements == 2)
        #expect(summary.sharedPool.employers == [
            EmployerSharing(employer: "E1", lent: 1, borrowed: 0),
            EmployerSharing(employer: "E2", lent: 1, borrowed: 1),
            EmployerSharing(employer: "E3", lent: 0, borrowed: 1),
        ])
        #expect(summary.sharedPool.subsidyPerPlacement == 1000 && summary.sharedPool.subsidy == 2000)
        let custom = AssignmentSummary(
            Self.graph.assignment(.greedy), in: Self.graph, configuration: AssignmentConfiguration(subsidyPerSharedPlacement: 1500))
        #expect(custom.sharedPool.subsidy == 3000)
    }

    @Test("JSON has snake_case keys and decodes to the same summary")
    func json() throws {
        let summary = AssignmentSummary(Self.graph.assignment(.optimal), in: Self.graph)
        let data = try JSONEncoder().encode(summary)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "mode", "candidate_limit", "seekers", "posts", "openings", "placements", "total_score", "unfilled_openings",
            "placement_rate_by_key_group", "placement_rate_by_warning_level", "shared_pool",
        ])
        #expect(object["mode"] as? String == "optimal" && object["candidate_limit"] as? Int == 50)
        let pool = try #require(object["shared_pool"] as? [String: Any])
        #expect(Set(pool.keys) == ["placements", "subsidy_per_placement", "subsidy", "employers"])
        let types = try #require(object["unfilled_openings"] as? [[String: Any]])
        #expect(types.first?["work_type"] as? String == "fulltime" && types.last?["work_type"] as? String == "public_welfare")
        #expect(try JSONDecoder().decode(AssignmentSummary.self, from: data) == summary)

        var all = summary
        all.candidateLimit = .all
        let text = try #require(String(data: try JSONEncoder().encode(all), encoding: .utf8))
        #expect(text.contains("\"candidate_limit\":\"all\""))
        #expect(try JSONDecoder().decode(AssignmentSummary.self, from: Data(text.utf8)) == all)
    }

    @Test("text rendering names the outcome, the unfilled openings, the groups present and the pool")
    func text() {
        let text = AssignmentSummary(Self.graph.assignment(.greedy), in: Self.graph).formatted()
        #expect(text.contains("greedy assignment over best 50 per side: 4 of 5 seekers placed (80.0%), 9 openings"))
        #expect(text.contains("unfilled openings: fulltime 2/2, gig 2/3, shared 0/2, internship 1/1, public_welfare 0/1"))
        #expect(text.contains("graduate 50.0% (1/2)") && !text.contains("veteran"))
        #expect(text.contains("red 100.0% (2/2)"))
        #expect(text.contains("shared pool: 2 placements, subsidy 2000.00 CNY; E1 lent 1, borrowed 0; E2 lent 1, borrowed 1"))
    }
}
