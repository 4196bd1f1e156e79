import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("SCORING.md worked example")
struct WorkedExampleTests {
    let reference = ReferenceScorer(taxonomy: WorkedExample.taxonomy)

    @Test("feasible pairs match the table to 1e-6", arguments: WorkedExample.feasible.keys.sorted())
    func feasiblePair(_ key: String) throws {
        let (seeker, post) = pair(key)
        let expected = try #require(WorkedExample.feasible[key])
        let score = try #require(reference.score(seeker, post))
        #expect(abs(score.distanceKm - expected.d) < 1e-4)
        #expect(abs(score.skill - expected.skill) < 1e-6)
        #expect(abs(score.geo - expected.geo) < 1e-6)
        #expect(abs(score.wage - expected.wage) < 1e-6)
        #expect(score.bonus == expected.bonus)
        #expect(abs(score.total - expected.score) < 1e-6)
    }

    @Test("infeasible pairs break exactly the rules of the table", arguments: WorkedExample.infeasible.keys.sorted())
    func infeasiblePair(_ key: String) throws {
        let (seeker, post) = pair(key)
        let explanation = reference.explain(seeker, post)
        #expect(explanation.score == nil)
        #expect(Set(explanation.violations.map(\.rule)) == WorkedExample.infeasible[key])
    }

    @Test("the commute violation reads as in the table")
    func commuteDetail() {
        let (seeker, post) = pair("S3-P2")
        #expect(reference.explain(seeker, post).violations.map(\.detail) == ["commute 8.06 km > 5 km"])
    }

    @Test("the engine ranks the example as the table says", arguments: [RankingDirection.posts, .seekers])
    func engineRanking(_ direction: RankingDirection) throws {
        let engine = try MatchEngine(taxonomy: WorkedExample.taxonomy, posts: WorkedExample.posts)
        let ranking = engine.rank(WorkedExample.seekers, direction: direction, top: 10)
        let rows = ranking.flatMap(\.matches).map { "\($0.seekerID)-\($0.postID)" }
        #expect(rows == (direction == .posts ? ["S1-P1", "S1-P2", "S2-P2"] : ["S1-P1", "S2-P2", "S1-P2"]))
        for match in ranking.flatMap(\.matches) {
            let expected = try #require(WorkedExample.feasible["\(match.seekerID)-\(match.postID)"])
            #expect(abs(match.score.total - expected.score) < 1e-6)
        }
    }

    private func pair(_ key: String) -> (Seeker, Post) {
        let ids = key.split(separator: "-").map(String.init)
        return (WorkedExample.seekers.first { $0.id == ids[0] }!, WorkedExample.posts.first { $0.id == ids[1] }!)
    }
}
