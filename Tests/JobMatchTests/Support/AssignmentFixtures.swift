import Foundation
@testable import JobMatch
@testable import JobMatchModel

/// Candidate graphs stored as CSV under `Fixtures/assignment/`, with the
/// optimal totals that `scripts/assignment_optimum.py` found for them with
/// SciPy, so the auction is held to an independent solver;
/// `scripts/assignment_fixtures.py` regenerates both from `jobmatch`'s
/// own candidate graphs.
///
/// Each file has the header `seeker,post,openings,score`: seeker and post
/// numbers, the post's openings, and the edge's score.
enum AssignmentFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/assignment")

    /// The optimal total of each fixture file, by file name.
    static func expectedTotals() throws -> [String: Double] {
        let file = directory.appendingPathComponent("expected.json")
        return try JSONDecoder().decode([String: Double].self, from: Data(contentsOf: file))
    }

    /// The graph stored in the file `name`.
    static func graph(named name: String) throws -> CandidateGraph {
        let lines = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        var openings: [Int: Int] = [:]
        let pairs = lines.map { line in
            let fields = line.split(separator: ",")
            let post = Int(fields[1])!
            openings[post] = Int(fields[2])!
            return TestGraph.Pair(Int(fields[0])!, post, score: Double(fields[3])!)
        }
        let seekerCount = (pairs.map(\.seeker).max() ?? -1) + 1, postCount = (pairs.map(\.post).max() ?? -1) + 1
        return TestGraph.make(
            seekers: (0..<seekerCount).map { TestGraph.seeker("S\($0)") },
            posts: (0..<postCount).map { TestGraph.post("P\($0)", openings: openings[$0] ?? 1) },
            pairs: pairs)
    }
}
