import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Greedy assignment")
struct AssignmentGreedyTests {
    @Test("takes edges by score, ties by seeker then post id, while seeker free and post open", arguments: 0..<60)
    func randomGraphs(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 2_000)
        let graph = TestGraph.random(
            seed: UInt64(seed) &+ 2_000, seekers: Int.random(in: 1...40, using: &random),
            posts: Int.random(in: 1...12, using: &random), maxOpenings: 3, density: Double.random(in: 0.1...0.8, using: &random))
        let assignment = graph.assignment(.greedy)
        AssignmentChecks.expectValid(assignment, in: graph)
        #expect(Set(assignment.placements) == ReferenceAssignment.greedy(graph))
    }

    @Test("equal scores go to the byte-wise smaller seeker id")
    func ties() {
        let seekers = ["S9", "S10"].map(TestGraph.seeker)
        let graph = TestGraph.make(
            seekers: seekers, posts: [TestGraph.post("P1", openings: 1)],
            pairs: [TestGraph.Pair(0, 0, score: 0.7), TestGraph.Pair(1, 0, score: 0.7)])
        #expect(graph.assignment(.greedy).placements.map(\.seeker) == [1])
    }
}
