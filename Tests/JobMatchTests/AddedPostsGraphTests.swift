@testable import JobMatch
@testable import JobMatchModel
import Testing

/// A graph extended to added posts equals a graph built fresh with them.
@Suite("Candidate graph with added posts")
struct AddedPostsGraphTests {
    @Test(arguments: [(51, CandidateLimit.perSide(3)), (52, .perSide(1)), (53, .all), (54, .perSide(6)), (55, .perSide(40))] as [(UInt64, CandidateLimit)])
    func equalsAFreshGraph(seed: UInt64, limit: CandidateLimit) throws {
        let instance = RandomInstance(seed: seed, seekers: 150, posts: 100)
        let old = Array(instance.posts.prefix(75))
        let graph = try MatchEngine(taxonomy: instance.taxonomy, posts: old).candidateGraph(for: instance.seekers, limit: limit)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let extended = engine.candidateGraph(extending: graph)
        let fresh = engine.candidateGraph(for: instance.seekers, limit: limit)
        #expect(extended.seekers == fresh.seekers)
        #expect(extended.posts.map(\.id) == fresh.posts.map(\.id))
        #expect(extended.edges == fresh.edges)
        #expect(extended.edgeStart == fresh.edgeStart)
        #expect(extended.seekerPreference == fresh.seekerPreference)
        #expect(extended.postPreference == fresh.postPreference)
        #expect(extended.assignment(.optimal) == fresh.assignment(.optimal))
        // The added posts change something, or the test shows nothing.
        #expect(extended.edges.contains { $0.post >= old.count })
    }

    @Test func nothingAddedKeepsTheGraph() throws {
        let instance = RandomInstance(seed: 56, seekers: 60, posts: 40)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let graph = engine.candidateGraph(for: instance.seekers, limit: .perSide(2))
        let extended = engine.candidateGraph(extending: graph)
        #expect(extended.edges == graph.edges)
        #expect(extended.edgeStart == graph.edgeStart)
    }
}
