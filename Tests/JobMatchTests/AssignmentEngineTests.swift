import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Assignment on engine graphs")
struct AssignmentEngineTests {
    static let instance = RandomInstance(seed: 11, seekers: 300, posts: 120)

    @Test("placements keep the hard rules: shared-pool employers and time windows", arguments: AssignmentMode.allCases)
    func hardRules(mode: AssignmentMode) throws {
        let instance = Self.instance
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let graph = engine.candidateGraph(for: instance.seekers, limit: .all)
        let assignment = graph.assignment(mode)
        AssignmentChecks.expectValid(assignment, in: graph)
        let reference = ReferenceScorer(taxonomy: instance.taxonomy)
        var shared = 0, windowed = 0
        for placement in assignment.placements {
            let seeker = graph.seekers[placement.seeker], post = graph.posts[placement.post]
            #expect(reference.explain(seeker, post).violations.isEmpty)
            if post.workType == .shared {
                shared += 1
                #expect(seeker.employer != nil && seeker.employer != post.employer)
            }
            if let start = post.start, let end = post.end {
                windowed += 1
                #expect((seeker.availableFrom.map { $0 <= start } ?? true) && (seeker.availableUntil.map { $0 >= end } ?? true))
            }
        }
        // The instance must exercise both rules for the checks to mean anything.
        #expect(shared > 0 && windowed > 0)
    }

    @Test("each mode gives the same result for any threads and tile shape", arguments: AssignmentMode.allCases)
    func determinism(mode: AssignmentMode) throws {
        let instance = RandomInstance(seed: 12, seekers: 200, posts: 90)
        let options = [
            EngineOptions(threads: 1), EngineOptions(threads: 2, tileRows: 7, tileColumns: 5),
            EngineOptions(threads: 3, tileRows: 64, tileColumns: 33, skillKernel: .sparse),
        ]
        let assignments = try options.map { options in
            let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts, options: options)
            return engine.candidateGraph(for: instance.seekers, limit: .perSide(6)).assignment(mode)
        }
        #expect(!assignments[0].placements.isEmpty)
        for assignment in assignments.dropFirst() { #expect(assignment == assignments[0]) }
    }
}
