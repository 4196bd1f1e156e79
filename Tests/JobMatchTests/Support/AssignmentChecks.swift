import Testing
@testable import JobMatch
@testable import JobMatchModel

/// Properties every assignment must have, whatever its mode.
enum AssignmentChecks {
    /// Each placement is an edge of the graph, each seeker placed at most
    /// once, each post within its openings, placements in seeker order, and
    /// the total is their sum.
    static func expectValid(_ assignment: Assignment, in graph: CandidateGraph, sourceLocation: SourceLocation = #_sourceLocation) {
        let edges = Set(graph.edges)
        var filled = [Int](repeating: 0, count: graph.posts.count)
        for placement in assignment.placements {
            #expect(edges.contains(placement), sourceLocation: sourceLocation)
            filled[placement.post] += 1
        }
        let seekers = assignment.placements.map(\.seeker)
        #expect(seekers == seekers.sorted() && Set(seekers).count == seekers.count, sourceLocation: sourceLocation)
        for (post, count) in zip(graph.posts, filled) {
            #expect(count <= post.openings, sourceLocation: sourceLocation)
        }
        let total = assignment.placements.reduce(0) { $0 + $1.score }
        #expect(abs(assignment.totalScore - total) < 1e-9, sourceLocation: sourceLocation)
    }
}
