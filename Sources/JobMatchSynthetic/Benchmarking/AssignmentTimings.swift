import JobMatch
/// Times building a candidate graph and each assignment mode on it.
package struct AssignmentTimings: Codable, Sendable {
    /// Candidates per side.
    package var candidates: Int
    /// Edges in the graph.
    package var edges: Int
    /// Seconds to build the graph: the scoring pass.
    package var graphSeconds: Double
    /// Seconds per mode, and the placements each made.
    package var optimalSeconds: Double
    package var stableSeconds: Double
    package var greedySeconds: Double
    package var optimalPlacements: Int
    package var stablePlacements: Int
    package var greedyPlacements: Int

    /// Builds the graph of `seekers` with `engine`, then runs each mode once.
    package init(engine: MatchEngine, seekers: [Seeker], candidates: Int) throws {
        let started = ContinuousClock.now
        let graph = engine.candidateGraph(for: seekers, limit: .perSide(candidates))
        graphSeconds = (ContinuousClock.now - started).seconds
        self.candidates = candidates
        edges = graph.edges.count
        func time(_ mode: AssignmentMode) -> (Double, Int) {
            let start = ContinuousClock.now
            let placements = graph.assignment(mode).placements.count
            return ((ContinuousClock.now - start).seconds, placements)
        }
        (optimalSeconds, optimalPlacements) = time(.optimal)
        (stableSeconds, stablePlacements) = time(.stable)
        (greedySeconds, greedyPlacements) = time(.greedy)
    }
}
