import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Candidate graph")
struct CandidateGraphTests {
    @Test("the union of both sides' top k, or every feasible pair, as the reference finds them",
          arguments: [1, 3], [CandidateLimit.perSide(2), .perSide(5), .all])
    func agreesWithReference(seed: Int, limit: CandidateLimit) throws {
        let instance = RandomInstance(seed: UInt64(seed), seekers: 150, posts: 90)
        let engine = try MatchEngine(
            taxonomy: instance.taxonomy, posts: instance.posts,
            options: EngineOptions(threads: 2, tileRows: 32, tileColumns: 40))
        let graph = engine.candidateGraph(for: instance.seekers, limit: limit)

        var expected: Set<String> = []
        let k: Int
        switch limit {
        case .perSide(let n): k = n
        case .all: k = .max
        }
        let byPost = ReferenceRanking.rank(
            seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy, direction: .seekers, top: k)
        let bySeeker = ReferenceRanking.rank(
            seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy, direction: .posts, top: k)
        for (post, list) in zip(instance.posts, byPost) {
            for seeker in list { expected.insert("\(seeker.id)|\(post.id)") }
        }
        for (seeker, list) in zip(instance.seekers, bySeeker) {
            for post in list { expected.insert("\(seeker.id)|\(post.id)") }
        }

        let found = graph.edges.map { "\(instance.seekers[$0.seeker].id)|\(instance.posts[$0.post].id)" }
        #expect(found.count == Set(found).count)
        #expect(Set(found) == expected)
        let reference = ReferenceScorer(taxonomy: instance.taxonomy)
        for edge in graph.edges.prefix(200) {
            let score = try #require(reference.score(instance.seekers[edge.seeker], instance.posts[edge.post]))
            #expect(abs(score.total - edge.score) < 1e-9)
        }
    }

    @Test("the ordinals taken from the features are the ids' byte-wise order, in the graph's order")
    func ordinals() throws {
        let instance = RandomInstance(seed: 5, seekers: 120, posts: 40)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let graph = engine.candidateGraph(for: instance.seekers, limit: .perSide(3))
        #expect(graph.seekerOrdinal == ByteOrder.ordinals(of: graph.seekers.map(\.id)))
        #expect(graph.postOrdinal == ByteOrder.ordinals(of: graph.posts.map(\.id)))
    }

    #if os(Linux)
    /// The graph's builder hands the sweep's freed blocks back to the
    /// system through glibc's `malloc_trim`, looked up at run time: a
    /// lookup that silently failed would bring back `match`'s larger peak.
    @Test("the allocator can be asked to return the sweep's freed memory")
    func freedMemoryIsReturned() {
        #expect(FreedMemory.returnsMemory)
        FreedMemory.release()
    }
    #endif

    @Test("preference scores use SCORING.md's two-sided weights")
    func preferences() throws {
        let engine = try MatchEngine(taxonomy: WorkedExample.taxonomy, posts: WorkedExample.posts)
        let graph = engine.candidateGraph(for: WorkedExample.seekers, limit: .all)
        var configuration = ScoringConfiguration()
        let seekerSide = ReferenceScorer(
            taxonomy: WorkedExample.taxonomy,
            configuration: configuration.with(weights: configuration.seekerPreferenceWeights, bonus: false))
        configuration.weights = configuration.postPreferenceWeights
        let postSide = ReferenceScorer(taxonomy: WorkedExample.taxonomy, configuration: configuration)
        #expect(graph.edges.count == 3)
        for (index, edge) in graph.edges.enumerated() {
            let seeker = graph.seekers[edge.seeker], post = graph.posts[edge.post]
            #expect(abs(graph.seekerPreference[index] - seekerSide.score(seeker, post)!.total) < 1e-12)
            #expect(abs(graph.postPreference[index] - postSide.score(seeker, post)!.total) < 1e-12)
        }
    }
}
