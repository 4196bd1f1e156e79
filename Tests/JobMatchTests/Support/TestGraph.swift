@testable import JobMatch
@testable import JobMatchModel

/// Candidate graphs built from explicit edges, for assignment tests that
/// need exact control of scores, preferences and openings.
enum TestGraph {
    /// One edge with its two-sided preferences.
    struct Pair {
        var seeker: Int
        var post: Int
        var score: Double
        var seekerPreference: Double
        var postPreference: Double

        init(_ seeker: Int, _ post: Int, score: Double, seekerPreference: Double? = nil, postPreference: Double? = nil) {
            self.seeker = seeker
            self.post = post
            self.score = score
            self.seekerPreference = seekerPreference ?? score
            self.postPreference = postPreference ?? score
        }
    }

    static func seeker(_ id: String) -> Seeker {
        Seeker(id: id, location: Coordinate(latitude: 30, longitude: 115))
    }

    static func post(_ id: String, openings: Int, workType: WorkType = .fulltime, employer: String = "E") -> Post {
        Post(
            id: id, employer: employer, workType: workType, location: Coordinate(latitude: 30, longitude: 115),
            wageMin: 3000, wageMax: 4000, openings: openings)
    }

    /// A graph with the engine's edge order: by seeker, then descending
    /// score, then post id byte-wise.
    static func make(seekers: [Seeker], posts: [Post], pairs: [Pair], limit: CandidateLimit = .all) -> CandidateGraph {
        let sorted = pairs.sorted {
            if $0.seeker != $1.seeker { return $0.seeker < $1.seeker }
            if $0.score != $1.score { return $0.score > $1.score }
            return ByteOrder.precedes(posts[$0.post].id, posts[$1.post].id)
        }
        var edgeStart = [Int](repeating: 0, count: seekers.count + 1)
        for pair in sorted { edgeStart[pair.seeker + 1] += 1 }
        for s in seekers.indices { edgeStart[s + 1] += edgeStart[s] }
        return CandidateGraph(
            seekers: seekers, posts: posts,
            edges: sorted.map { CandidateGraph.Edge(seeker: $0.seeker, post: $0.post, score: $0.score) },
            edgeStart: edgeStart, seekerPreference: sorted.map(\.seekerPreference),
            postPreference: sorted.map(\.postPreference), limit: limit)
    }

    /// A random graph: each pair an edge with probability `density`; scores
    /// and preferences often tied; ids whose byte-wise order is not the index order.
    static func random(seed: UInt64, seekers seekerCount: Int, posts postCount: Int, maxOpenings: Int, density: Double) -> CandidateGraph {
        var random = SeededGenerator(seed: seed)
        func value() -> Double {
            Bool.random(using: &random) ? Double(Int.random(in: 0...8, using: &random)) / 8 : Double.random(in: 0...1.1, using: &random)
        }
        let seekers = (0..<seekerCount).map { seeker("S\(($0 * 7 + 3) % (seekerCount + 5))-\($0)") }
        let posts = (0..<postCount).map { post("P\(($0 * 5 + 2) % (postCount + 3))-\($0)", openings: Int.random(in: 1...maxOpenings, using: &random)) }
        var pairs: [Pair] = []
        for s in 0..<seekerCount {
            for p in 0..<postCount where Double.random(in: 0..<1, using: &random) < density {
                pairs.append(Pair(s, p, score: value(), seekerPreference: value(), postPreference: value()))
            }
        }
        return make(seekers: seekers, posts: posts, pairs: pairs)
    }

    /// The largest total score over every assignment, by enumeration.
    static func bruteForceOptimum(_ graph: CandidateGraph) -> Double {
        var openings = graph.posts.map(\.openings)
        func best(from seeker: Int) -> Double {
            guard seeker < graph.seekers.count else { return 0 }
            var result = best(from: seeker + 1)
            for edge in graph.edges(ofSeeker: seeker) where openings[edge.post] > 0 {
                openings[edge.post] -= 1
                result = max(result, edge.score + best(from: seeker + 1))
                openings[edge.post] += 1
            }
            return result
        }
        return best(from: 0)
    }
}
