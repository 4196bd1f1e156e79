import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Optimal assignment")
struct AssignmentOptimalTests {
    @Test("equals the brute-force optimum on tiny random graphs", arguments: 0..<300)
    func bruteForce(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &* 31 &+ 7)
        let graph = TestGraph.random(
            seed: UInt64(seed), seekers: Int.random(in: 1...7, using: &random),
            posts: Int.random(in: 1...4, using: &random),
            maxOpenings: 3, density: Double.random(in: 0.2...1, using: &random))
        let assignment = graph.assignment(.optimal)
        #expect(abs(assignment.totalScore - TestGraph.bruteForceOptimum(graph)) < 1e-6)
        AssignmentChecks.expectValid(assignment, in: graph)
    }

    @Test(
        "equals SciPy's optimum on the committed fixtures",
        arguments: try AssignmentFixtures.expectedTotals().sorted { $0.key < $1.key })
    func independentSolver(name: String, expected: Double) throws {
        let graph = try AssignmentFixtures.graph(named: name)
        let assignment = graph.assignment(.optimal)
        AssignmentChecks.expectValid(assignment, in: graph)
        #expect(abs(assignment.totalScore - expected) < 1e-6)
    }

    @Test("no other mode scores more", arguments: 0..<20)
    func atLeastOtherModes(seed: Int) {
        let graph = TestGraph.random(seed: UInt64(seed) &+ 3_000, seekers: 60, posts: 15, maxOpenings: 4, density: 0.3)
        let optimal = graph.assignment(.optimal).totalScore
        for mode in [AssignmentMode.stable, .greedy] {
            #expect(graph.assignment(mode).totalScore <= optimal + 1e-9)
        }
    }

    @Test("graphs without edges or without value place no one")
    func degenerate() {
        let seekers = ["S1", "S2"].map(TestGraph.seeker)
        let posts = [TestGraph.post("P1", openings: 2)]
        #expect(TestGraph.make(seekers: seekers, posts: posts, pairs: []).assignment(.optimal).placements.isEmpty)
        #expect(TestGraph.make(seekers: [], posts: [], pairs: []).assignment(.optimal).placements.isEmpty)
        let zero = TestGraph.make(
            seekers: seekers, posts: posts, pairs: [TestGraph.Pair(0, 0, score: 0), TestGraph.Pair(1, 0, score: 0)])
        #expect(zero.assignment(.optimal).totalScore == 0)
    }

    @Test("a post's openings are all used when worth it, however large the headcount")
    func manyOpenings() {
        let seekers = (0..<30).map { TestGraph.seeker("S\($0)") }
        let posts = [TestGraph.post("P1", openings: 1_000_000), TestGraph.post("P2", openings: 3)]
        let pairs = (0..<30).flatMap { s in
            [TestGraph.Pair(s, 0, score: 0.5), TestGraph.Pair(s, 1, score: 0.5 + Double(s) / 100)]
        }
        let assignment = TestGraph.make(seekers: seekers, posts: posts, pairs: pairs).assignment(.optimal)
        #expect(assignment.placements.count == 30)
        #expect(abs(assignment.totalScore - (15 + 0.27 + 0.28 + 0.29)) < 1e-9)
    }
}
