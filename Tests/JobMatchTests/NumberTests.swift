import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Numbers at the edges")
struct NumberTests {
    let taxonomy = WorkedExample.taxonomy
    let place = Coordinate(latitude: 30.2, longitude: 115.0)

    @Test("zero and huge wages give finite scores as SCORING.md says", arguments: [
        (0.0, 0.0, 5000.0), (0.0, 0.0, nil), (1e9, 1e9, 1e9), (1e9, 1e9, 1.0), (1.0, 2.0, 1e9),
    ] as [(Double, Double, Double?)])
    func wages(minimum: Double, maximum: Double, expected: Double?) throws {
        let post = Post(id: "P", employer: "E", location: place, wageMin: minimum, wageMax: maximum)
        let seeker = Seeker(id: "S", location: place, maxCommuteKm: 5, expectedMonthlyWage: expected)
        let explanation = ReferenceScorer(taxonomy: taxonomy).explain(seeker, post)
        let ranked = try MatchEngine(taxonomy: taxonomy, posts: [post]).rank([seeker], direction: .posts, top: 1)
        if let score = explanation.score {
            #expect(score.total.isFinite && score.wage >= 0 && score.wage <= 1)
            #expect(ranked[0].matches.first?.score == score)
        } else {
            #expect(explanation.violations.map(\.rule) == [.wage])
            #expect(ranked[0].matches.isEmpty)
        }
    }

    @Test("values a score cannot be computed from are refused as bad input", arguments: [
        ("lat", Seeker(id: "S", location: Coordinate(latitude: .nan, longitude: 0))),
        ("lon", Seeker(id: "S", location: Coordinate(latitude: 0, longitude: .infinity))),
        ("max_commute_km", Seeker(id: "S", location: Coordinate(latitude: 0, longitude: 0), maxCommuteKm: .infinity)),
        ("max_commute_km", Seeker(id: "S", location: Coordinate(latitude: 0, longitude: 0), maxCommuteKm: 0)),
        ("expected_monthly", Seeker(id: "S", location: Coordinate(latitude: 0, longitude: 0), expectedMonthlyWage: -1)),
        ("expected_hourly", Seeker(id: "S", location: Coordinate(latitude: 0, longitude: 0), expectedHourlyWage: 2e9)),
    ])
    func badSeekerNumbers(field: String, seeker: Seeker) throws {
        let engine = try MatchEngine(taxonomy: taxonomy, posts: WorkedExample.posts)
        let ranking = engine.rank([seeker], direction: .posts, top: 1)
        #expect(ranking.isEmpty)
        let error = try #require(ranking.rejected.first)
        #expect(error.problems.map(\.field) == [field])
    }

    @Test("zero-weight and duplicate requirements are refused", arguments: [
        [Requirement(skill: "welding", level: 2, weight: 0)],
        [Requirement(skill: "welding", level: 2, weight: .nan)],
        [Requirement(skill: "welding", level: 2), Requirement(skill: "welding", level: 3)],
        [Requirement(skill: "welding", level: 9)],
    ])
    func badRequirements(_ requirements: [Requirement]) {
        let post = Post(id: "P", employer: "E", location: place, wageMin: 1, wageMax: 2, requirements: requirements)
        #expect(throws: RecordError.self) { try MatchEngine(taxonomy: taxonomy, posts: [post]) }
    }

    @Test("an inverted wage range or window is refused")
    func invertedRanges() {
        let wages = Post(id: "P", employer: "E", location: place, wageMin: 5, wageMax: 4)
        #expect(throws: RecordError.self) { try MatchEngine(taxonomy: taxonomy, posts: [wages]) }
        let window = Post(id: "P", employer: "E", location: place, wageMin: 1, wageMax: 2,
                          start: Timestamp(seconds: 10), end: Timestamp(seconds: 5))
        #expect(throws: RecordError.self) { try MatchEngine(taxonomy: taxonomy, posts: [window]) }
    }
}
