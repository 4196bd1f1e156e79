import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Engine agrees with the reference")
struct EngineAgreementTests {
    @Test("top-k equals the reference on random instances, by either kernel", arguments: 1...8)
    func randomInstances(seed: Int) throws {
        let instance = RandomInstance(seed: UInt64(seed), seekers: 300, posts: 200)
        let engines = try [SkillKernel.dense, .sparse].map { kernel in
            try MatchEngine(
                taxonomy: instance.taxonomy, posts: instance.posts,
                options: EngineOptions(threads: 2, tileRows: 64, tileColumns: 96, skillKernel: kernel))
        }
        for direction in RankingDirection.allCases {
            let expected = ReferenceRanking.rank(
                seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy, direction: direction, top: 7)
            for engine in engines {
                for k in [1, 7] {
                    let ranking = engine.rank(instance.seekers, direction: direction, top: k)
                    expectAgreement(ReferenceRanking.entries(of: ranking), expected.map { Array($0.prefix(k)) })
                }
            }
        }
    }

    @Test("k larger than the candidates returns every feasible pair", arguments: [RankingDirection.posts, .seekers])
    func everyFeasiblePair(_ direction: RankingDirection) throws {
        let instance = RandomInstance(seed: 99, seekers: 120, posts: 80)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let ranking = engine.rank(instance.seekers, direction: direction, top: 1_000)
        let expected = ReferenceRanking.rank(
            seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy, direction: direction, top: 1_000)
        expectAgreement(ReferenceRanking.entries(of: ranking), expected)
        #expect(expected.contains { !$0.isEmpty })
    }

    @Test("other weights and parameters are honoured")
    func otherConfiguration() throws {
        var configuration = ScoringConfiguration()
        configuration.weights = ScoreWeights(skill: 0.2, geo: 0.5, wage: 0.3)
        configuration.relatedSkillCredit = 0.6
        configuration.geoOffsetKm = 0.2
        configuration.geoScaleKm = 2
        configuration.maxShortfall = 0.1
        configuration.redBonus = 0.3
        let instance = RandomInstance(seed: 7, seekers: 200, posts: 150)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts, configuration: configuration)
        for direction in RankingDirection.allCases {
            let ranking = engine.rank(instance.seekers, direction: direction, top: 5)
            let expected = ReferenceRanking.rank(
                seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy,
                direction: direction, top: 5, configuration: configuration)
            expectAgreement(ReferenceRanking.entries(of: ranking), expected)
        }
    }

    @Test("results are identical for any tile shape and thread count")
    func tileAndThreadInvariance() throws {
        let instance = RandomInstance(seed: 42, seekers: 257, posts: 131)
        let shapes: [(Int, Int, Int, SkillKernel)] = [
            (1, 1, 1, .dense), (1, 512, 2048, .dense), (2, 7, 5, .sparse), (3, 64, 131, .dense),
            (4, 300, 1, .sparse), (2, 1, 200, .sparse), (2, 512, 2048, .automatic),
        ]
        let rankings = try shapes.map { threads, rows, columns, kernel in
            let engine = try MatchEngine(
                taxonomy: instance.taxonomy, posts: instance.posts,
                options: EngineOptions(threads: threads, tileRows: rows, tileColumns: columns, skillKernel: kernel))
            return RankingDirection.allCases.map { Array(engine.rank(instance.seekers, direction: $0, top: 6)) }
        }
        for ranking in rankings.dropFirst() { #expect(ranking == rankings[0]) }
    }

    @Test("many tasks sharing one engine get the serial results")
    func concurrentCallers() async throws {
        let instance = RandomInstance(seed: 5, seekers: 150, posts: 100)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let serial = try await Array(engine.rank(instance.seekers, direction: .posts, top: 4))
        let explanation = try engine.explain(instance.seekers[3], postID: instance.posts[5].id)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for task in 0..<16 {
                group.addTask {
                    if task.isMultiple(of: 2) {
                        return try await Array(engine.rank(instance.seekers, direction: .posts, top: 4)) == serial
                    }
                    return try engine.explain(instance.seekers[3], postID: instance.posts[5].id) == explanation
                }
            }
            for try await same in group { #expect(same) }
        }
    }

    private func expectAgreement(
        _ actual: [[ReferenceRanking.Entry]], _ expected: [[ReferenceRanking.Entry]],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (got, want) in zip(actual, expected) {
            #expect(got.map(\.id) == want.map(\.id), sourceLocation: sourceLocation)
            for (a, b) in zip(got, want) { #expect(abs(a.score - b.score) <= 1e-4, sourceLocation: sourceLocation) }
        }
    }

    @Test("concurrent callers with different options, the dense kernel among them, get the serial results")
    func concurrentCallersWithDifferentOptions() async throws {
        let instance = RandomInstance(seed: 21, seekers: 240, posts: 150)
        let options = [
            EngineOptions(threads: 1, skillKernel: .dense), EngineOptions(threads: 2, tileRows: 7, tileColumns: 33, skillKernel: .dense),
            EngineOptions(threads: 2, skillKernel: .sparse), EngineOptions(threads: 3, tileRows: 64, tileColumns: 50),
        ]
        let engines = try options.map { try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts, options: $0) }
        let serial = RankingDirection.allCases.map { Self.serialRanking(engines[0], instance.seekers, $0) }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for call in 0..<16 {
                let engine = engines[call % engines.count], direction = RankingDirection.allCases[call / 8]
                group.addTask { try await Array(engine.rank(instance.seekers, direction: direction, top: 5)) == serial[call / 8] }
            }
            for try await same in group { #expect(same) }
        }
    }

    /// The synchronous ranking, which an async context cannot name directly.
    static func serialRanking(_ engine: MatchEngine, _ seekers: [Seeker], _ direction: RankingDirection) -> [RankedList] {
        Array(engine.rank(seekers, direction: direction, top: 5))
    }
}
