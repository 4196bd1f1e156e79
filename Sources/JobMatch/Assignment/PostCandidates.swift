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
        /// The post, which the sort needs; it fills what would be padding.
        var post: Int32
    }

    /// `entries[start[p] ..< start[p + 1]]` are post `p`'s candidates.
    let start: [Int]
    /// The candidates of every post.
    let entries: [Entry]
    /// Values are ordered by `value >> bucketShift`, descending.
    private let bucketShift: Int

    /// The candidates of `graph`'s posts, given each edge's value (≥ 0).
    ///
    /// - Complexity: O((edges + 256) × ⌈log₂₅₆(posts × 256)⌉).
    init(_ graph: CandidateGraph, value: [Int64]) {
        let largest = value.max() ?? 0
        let shift = max(0, largest.bitWidth - largest.leadingZeroBitCount - 8)
        bucketShift = shift
        var start = [Int](repeating: 0, count: graph.posts.count + 1)
        for edge in graph.edges { start[edge.post + 1] += 1 }
        for post in graph.posts.indices { start[post + 1] += start[post] }
        self.start = start

        var entries = zip(graph.edges, value).map { edge, value in
            Entry(value: value, seeker: Int32(truncatingIfNeeded: edge.seeker), post: Int32(truncatingIfNeeded: edge.post))
        }
        var spare = entries
        Self.sortByByte(&entries, spare: &spare) { 255 - Int($0.value >> shift) }
        var postShift = 0
        repeat {
            Self.sortByByte(&entries, spare: &spare) { Int($0.post >> postShift) & 255 }
            postShift += 8
        } while (graph.posts.count - 1) >> postShift > 0
        self.entries = entries
    }

    /// The number of candidates of `post`.
    func count(of post: Int) -> Int { start[post + 1] - start[post] }

    /// The highest value any candidate after one of value `value` can have.
    @inline(__always)
    func ceiling(after value: Int64) -> Int64 { (((value >> bucketShift) + 1) << bucketShift) - 1 }

    /// One stable counting-sort pass on a byte of the entries, through `spare`.
    private static func sortByByte(_ entries: inout [Entry], spare: inout [Entry], byte: (Entry) -> Int) {
        var offset = [Int](repeating: 0, count: 257)
        for entry in entries { offset[byte(entry) + 1] += 1 }
        for digit in 0..<256 { offset[digit + 1] += offset[digit] }
        entries.withUnsafeBufferPointer { source in
            spare.withUnsafeMutableBufferPointer { target in
                for entry in source {
                    let digit = byte(entry)
                    target[offset[digit]] = entry
                    offset[digit] += 1
                }
            }
        }
        swap(&entries, &spare)
    }
}
