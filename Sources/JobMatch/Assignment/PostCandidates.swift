/// Each post's candidates in one flat array, in descending order of value
/// up to buckets of `2^bucketShift`, for the auction's reverse iterations,
/// which can then stop at the first candidate too poor to matter.
///
/// Built by a least-significant-digit radix sort of the edges on (post,
/// value bucket descending), one byte per pass. Scattering straight into
/// tens of thousands of posts costs more: every write then misses the cache
/// and the TLB, while 256 streams stay in both. Within a bucket, candidates
/// keep the graph's edge order.
struct PostCandidates: Sendable {
    /// One seeker with an edge to a post.
    struct Entry: Sendable {
        /// The edge's value to the auction.
        var value: Int64
        /// The seeker.
        var seeker: Int32
    }

    /// `entries[start[p] ..< start[p + 1]]` are post `p`'s candidates.
    let start: [Int]
    /// The candidates of every post.
    let entries: [Entry]
    /// Values are ordered by `value >> bucketShift`, descending.
    private let bucketShift: Int

    /// The candidates of `graph`'s posts, given each edge's value (≥ 0).
    ///
    /// - Complexity: O(edges + posts × 256) time; memory one entry per edge
    ///   and a spare run as long as the longest post's.
    init(_ graph: CandidateGraph, value: [Int64]) {
        let largest = value.max() ?? 0
        let shift = max(0, largest.bitWidth - largest.leadingZeroBitCount - 8)
        bucketShift = shift
        var start = [Int](repeating: 0, count: graph.posts.count + 1)
        for edge in graph.edges { start[edge.post + 1] += 1 }
        for post in graph.posts.indices { start[post + 1] += start[post] }
        self.start = start

        // Placed by post in edge order, then each post's run ordered by
        // value bucket, descending, stably: no second buffer of every edge.
        let edges = graph.edges
        var entries = [Entry](unsafeUninitializedCapacity: edges.count) { buffer, initialized in
            var next = start
            for (index, edge) in edges.enumerated() {
                (buffer.baseAddress! + next[edge.post]).initialize(
                    to: Entry(value: value[index], seeker: Int32(truncatingIfNeeded: edge.seeker)))
                next[edge.post] += 1
            }
            initialized = edges.count
        }
        var spare: [Entry] = []
        for post in graph.posts.indices {
            Self.sortByBucket(&entries, start[post]..<start[post + 1], spare: &spare) { 255 - Int($0.value >> shift) }
        }
        self.entries = entries
    }

    /// The number of candidates of `post`.
    func count(of post: Int) -> Int { start[post + 1] - start[post] }

    /// The highest value any candidate after one of value `value` can have.
    @inline(__always)
    func ceiling(after value: Int64) -> Int64 { (((value >> bucketShift) + 1) << bucketShift) - 1 }

    /// One stable counting sort of `entries[range]` on a byte, through `spare`.
    private static func sortByBucket(
        _ entries: inout [Entry], _ range: Range<Int>, spare: inout [Entry], byte: (Entry) -> Int
    ) {
        guard range.count > 1 else { return }
        var offset = [Int](repeating: 0, count: 257)
        for index in range { offset[byte(entries[index]) + 1] += 1 }
        for digit in 0..<256 { offset[digit + 1] += offset[digit] }
        spare.removeAll(keepingCapacity: true)
        spare.append(contentsOf: entries[range])
        for entry in spare {
            let digit = byte(entry)
            entries[range.lowerBound + offset[digit]] = entry
            offset[digit] += 1
        }
    }
}
