import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Edge cases")
struct EdgeCaseTests {
    let taxonomy = WorkedExample.taxonomy
    let place = Coordinate(latitude: 30.2, longitude: 115.0)

    @Test("a post without requirements has skill 1")
    func noRequirements() throws {
        let post = Post(id: "P", employer: "E", location: place, wageMin: 3000, wageMax: 4000)
        let seeker = Seeker(id: "S", location: place)
        let match = try #require(try MatchEngine(taxonomy: taxonomy, posts: [post]).rank([seeker], direction: .posts, top: 1)[0].matches.first)
        #expect(match.score.skill == 1)
        #expect(match.score.total == 1)
    }

    @Test("missing expectations give wage 1 and never break rule 8")
    func missingExpectations() throws {
        let post = Post(id: "P", employer: "E", location: place, wageMin: 0, wageMax: 0)
        let seeker = Seeker(id: "S", location: place)
        let score = try #require(ReferenceScorer(taxonomy: taxonomy).score(seeker, post))
        #expect(score.wage == 1)
    }

    @Test("no feasible pair at all gives empty lists")
    func nothingFeasible() throws {
        let posts = WorkedExample.posts.map { post -> Post in
            var post = post
            post.workType = .gig
            return post
        }
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts)
        for direction in RankingDirection.allCases {
            let ranking = engine.rank(WorkedExample.seekers, direction: direction, top: 5)
            #expect(ranking.count == (direction == .posts ? 3 : 2))
            #expect(ranking.allSatisfy { $0.matches.isEmpty })
        }
    }

    @Test("one seeker, k larger than the candidates")
    func oneSeeker() throws {
        let engine = try MatchEngine(taxonomy: taxonomy, posts: WorkedExample.posts)
        let ranking = engine.rank([WorkedExample.seekers[0]], direction: .posts, top: 100)
        #expect(ranking.map(\.ownerID) == ["S1"])
        #expect(ranking[0].matches.map(\.postID) == ["P1", "P2"])
        #expect(ranking[0].matches.map(\.rank) == [1, 2])
    }

    @Test("empty inputs and k = 0 give empty results")
    func emptyInputs() throws {
        let noPosts = try MatchEngine(taxonomy: taxonomy, posts: [])
        #expect(noPosts.rank(WorkedExample.seekers, direction: .posts, top: 5).allSatisfy { $0.matches.isEmpty })
        #expect(noPosts.rank(WorkedExample.seekers, direction: .seekers, top: 5).isEmpty)
        let engine = try MatchEngine(taxonomy: taxonomy, posts: WorkedExample.posts)
        #expect(engine.rank([], direction: .posts, top: 5).isEmpty)
        #expect(engine.rank([], direction: .seekers, top: 5).allSatisfy { $0.matches.isEmpty })
        #expect(engine.rank(WorkedExample.seekers, direction: .posts, top: 0).allSatisfy { $0.matches.isEmpty })
    }

    @Test("equal scores are ordered by id byte-wise")
    func ties() throws {
        let posts = ["b", "B", "a2", "a10", "é"].map {
            Post(id: $0, employer: "E", location: place, wageMin: 3000, wageMax: 4000)
        }
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts)
        let ranking = engine.rank([Seeker(id: "S", location: place)], direction: .posts, top: 5)
        #expect(ranking[0].matches.map(\.postID) == ["B", "a10", "a2", "b", "é"])
    }

    @Test("invalid configurations are refused")
    func invalidConfiguration() {
        var configuration = ScoringConfiguration()
        configuration.weights = ScoreWeights(skill: 0.6, geo: 0.3, wage: 0.15)
        #expect(throws: ConfigurationError.self) { try MatchEngine(taxonomy: taxonomy, posts: [], configuration: configuration) }
        configuration = ScoringConfiguration()
        configuration.geoScaleKm = 0
        #expect(throws: ConfigurationError.self) { try MatchEngine(taxonomy: taxonomy, posts: [], configuration: configuration) }
        #expect(throws: ConfigurationError.self) {
            try MatchEngine(taxonomy: taxonomy, posts: [], options: EngineOptions(threads: 0))
        }
    }

    @Test("invalid and duplicate seekers are left out and reported by id; invalid posts are refused")
    func invalidRecords() throws {
        let bad = Seeker(id: "S", location: Coordinate(latitude: 95, longitude: 0))
        let engine = try MatchEngine(taxonomy: taxonomy, posts: WorkedExample.posts)
        let seekers = [WorkedExample.seekers[0], bad, WorkedExample.seekers[1], WorkedExample.seekers[0]]
        let ranking = engine.rank(seekers, direction: .posts, top: 2)
        #expect(ranking.map(\.ownerID) == [WorkedExample.seekers[0].id, WorkedExample.seekers[1].id])
        #expect(Array(ranking) == Array(engine.rank(Array(WorkedExample.seekers.prefix(2)), direction: .posts, top: 2)))
        #expect(ranking.rejected.map(\.id) == ["S", WorkedExample.seekers[0].id])
        #expect(ranking.rejected.map { $0.problems.map(\.code) } == [[.outOfRange], [.duplicateId]])
        #expect(ranking.rejected[0].problems[0].field == "lat")
        let graph = engine.candidateGraph(for: seekers, limit: .all)
        #expect(graph.seekers.map(\.id) == ranking.map(\.ownerID))
        #expect(graph.rejected == ranking.rejected)
        let unknown = Post(id: "P", employer: "E", location: place, wageMin: 1, wageMax: 2,
                           requirements: [Requirement(skill: "juggling", level: 1)])
        let unknownError = try #require(throws: RecordError.self) { try MatchEngine(taxonomy: taxonomy, posts: [unknown]) }
        #expect(unknownError.problems.map(\.code) == [.unknownSkill])
    }

    @Test("poles and the antimeridian give sound distances")
    func distances() {
        let pole = Coordinate(latitude: 90, longitude: 0)
        let otherPole = Coordinate(latitude: 90, longitude: 137)
        #expect(ScoringFormulas.distanceKm(pole, otherPole) < 1e-9)
        let east = Coordinate(latitude: 0, longitude: 179.99)
        let west = Coordinate(latitude: 0, longitude: -179.99)
        #expect(abs(ScoringFormulas.distanceKm(east, west) - 2.2239) < 1e-3)
        let antipode = ScoringFormulas.distanceKm(Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 180))
        #expect(abs(antipode - .pi * ScoringConfiguration.earthRadiusKm) < 1e-6)
    }
}
