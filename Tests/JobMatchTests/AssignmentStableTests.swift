import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Stable assignment")
struct AssignmentStableTests {
    @Test("no blocking pair; equals textbook deferred acceptance", arguments: 0..<80)
    func randomGraphs(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        let graph = TestGraph.random(
            seed: UInt64(seed) &+ 1_000, seekers: Int.random(in: 1...40, using: &random),
            posts: Int.random(in: 1...12, using: &random), maxOpenings: 3, density: Double.random(in: 0.1...0.8, using: &random))
        let assignment = graph.assignment(.stable)
        AssignmentChecks.expectValid(assignment, in: graph)
        #expect(ReferenceAssignment.blockingPairs(assignment, in: graph).isEmpty)
        #expect(Set(assignment.placements) == ReferenceAssignment.deferredAcceptance(graph))
    }

    @Test("ties in preferences are broken by id byte-wise")
    func ties() {
        // Ids whose byte-wise order differs from batch order: "S10" < "S9", "P10" < "P9".
        let seekers = ["S9", "S10", "S11"].map(TestGraph.seeker)
        let posts = [TestGraph.post("P9", openings: 1), TestGraph.post("P10", openings: 1)]
        let pairs = (0..<3).flatMap { s in (0..<2).map { p in TestGraph.Pair(s, p, score: 0.5) } }
        let graph = TestGraph.make(seekers: seekers, posts: posts, pairs: pairs)
        let placed = Set(graph.assignment(.stable).placements.map { "\(seekers[$0.seeker].id)-\(posts[$0.post].id)" })
        // Everyone prefers P10; P10 prefers S10, then P9 prefers S11 over S9.
        #expect(placed == ["S10-P10", "S11-P9"])
    }
}
