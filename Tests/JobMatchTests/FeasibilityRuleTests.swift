import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Each feasibility rule on its own")
struct FeasibilityRuleTests {
    static let taxonomy = WorkedExample.taxonomy
    static let here = Coordinate(latitude: 30.2, longitude: 115.0)

    /// A seeker and a post that match, so that each case changes one thing.
    static let seeker = Seeker(
        id: "S", location: here, skills: [SkillLevel(skill: "welding", level: 3)], maxCommuteKm: 10,
        expectedMonthlyWage: 5000, expectedHourlyWage: 30, accepts: WorkTypeSet(WorkType.allCases),
        keyGroups: [.graduate, .disabled], employer: "E-own",
        availableFrom: Timestamp(seconds: 1_000), availableUntil: Timestamp(seconds: 9_000))
    static let post = Post(
        id: "P", employer: "E-other", location: Coordinate(latitude: 30.25, longitude: 115.0),
        wageMin: 4000, wageMax: 6000, start: Timestamp(seconds: 2_000), end: Timestamp(seconds: 8_000),
        requirements: [Requirement(skill: "welding", level: 3, weight: 2, isMandatory: true)])

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: FeasibilityRule?
        let seeker: Seeker
        let post: Post
        var testDescription: String { name }

        init(_ name: String, _ rule: FeasibilityRule?, seeker change: (inout Seeker) -> Void = { _ in }, post changePost: (inout Post) -> Void = { _ in }) {
            self.name = name
            self.rule = rule
            var seeker = FeasibilityRuleTests.seeker
            var post = FeasibilityRuleTests.post
            change(&seeker)
            changePost(&post)
            self.seeker = seeker
            self.post = post
        }
    }

    static let cases: [Case] = [
        Case("the base pair is feasible", nil),
        Case("1 work type not accepted", .workType, seeker: { $0.accepts = WorkTypeSet([.parttime]) }),
        Case("2 public welfare without a hard-to-place group", .publicWelfareGroup,
             seeker: { $0.keyGroups = [.graduate] }, post: { $0.workType = .publicWelfare }),
        Case("2 public welfare with one is feasible", nil, post: { $0.workType = .publicWelfare }),
        Case("3 internship without graduate or youth", .internshipGroup,
             seeker: { $0.keyGroups = [.disabled] }, post: { $0.workType = .internship }),
        Case("4 shared post, seeker without employer", .sharedEmployer,
             seeker: { $0.employer = nil }, post: { $0.workType = .shared }),
        Case("4 shared post with the seeker's own employer", .sharedEmployer,
             post: { $0.workType = .shared; $0.employer = "E-own" }),
        Case("4 shared post with another employer is feasible", nil, post: { $0.workType = .shared }),
        Case("5 available only after the start", .timeWindow, seeker: { $0.availableFrom = Timestamp(seconds: 2_001) }),
        Case("5 available only until before the end", .timeWindow, seeker: { $0.availableUntil = Timestamp(seconds: 7_999) }),
        Case("5 availability exactly the window is feasible", nil,
             seeker: { $0.availableFrom = Timestamp(seconds: 2_000); $0.availableUntil = Timestamp(seconds: 8_000) }),
        Case("5 no availability given is feasible", nil, seeker: { $0.availableFrom = nil; $0.availableUntil = nil }),
        Case("6 mandatory requirement not met", .mandatoryRequirement,
             seeker: { $0.skills = [SkillLevel(skill: "welding", level: 2)] }),
        Case("6 the same shortfall, not mandatory, is feasible", nil,
             seeker: { $0.skills = [SkillLevel(skill: "welding", level: 2)] },
             post: { $0.requirements[0].isMandatory = false }),
        Case("7 beyond the seeker's commute", .distance, seeker: { $0.maxCommuteKm = 5 }),
        Case("7 beyond the post's radius", .distance, post: { $0.radiusKm = 5 }),
        Case("7 no limits at all is feasible", nil, seeker: { $0.maxCommuteKm = nil }),
        Case("8 monthly wage far below the expectation", .wage, seeker: { $0.expectedMonthlyWage = 8_600 }),
        Case("8 just within the tolerated shortfall", nil, seeker: { $0.expectedMonthlyWage = 8_500 }),
        Case("8 gig pays below the hourly expectation", .wage,
             seeker: { $0.expectedHourlyWage = 100 }, post: { $0.workType = .gig; $0.wageMin = 20; $0.wageMax = 40 }),
        Case("8 a gig ignores the monthly expectation", nil,
             seeker: { $0.expectedMonthlyWage = 90_000 }, post: { $0.workType = .gig; $0.wageMin = 20; $0.wageMax = 40 }),
    ]

    @Test("the reference finds exactly the rule, and the engine leaves the pair out", arguments: cases)
    func rule(_ test: Case) throws {
        let explanation = ReferenceScorer(taxonomy: Self.taxonomy).explain(test.seeker, test.post)
        #expect(explanation.violations.map(\.rule) == (test.rule.map { [$0] } ?? []))
        let engine = try MatchEngine(taxonomy: Self.taxonomy, posts: [test.post])
        for direction in RankingDirection.allCases {
            let matches = engine.rank([test.seeker], direction: direction, top: 3).flatMap(\.matches)
            #expect(matches.count == (test.rule == nil ? 1 : 0))
            if let match = matches.first, let score = explanation.score {
                #expect(abs(match.score.total - score.total) < 1e-12)
            }
        }
    }
}
