/// Hands out a candidate graph's edges seeker by seeker, in the graph's
/// order (descending score, then post id byte-wise), without sorting them all.
///
/// The sweep's workers took blocks of seekers in turn, so block `b` is
/// worker `b % workers`'s `b / workers`-th; within a block the seekers'
/// lists come in seeker order, each already sorted (or, for every feasible
/// pair, the block is sorted here). The posts' lists add edges of any
/// seeker: they are bucketed by seeker and merged in, each pair once.
///
/// Each block is released once read, so that the sweep's edges shrink as
/// the graph built from them grows.
struct SeekerEdgeMerger {
    /// Each worker's blocks; those read are empty.
    private var swept: [[[CandidateEdge]]]
    /// The seekers' places in byte-wise id order.
    let seekerOrdinals: [Int32]
    private let ordinal: FixedBuffer<Int32>
    private let sortsBlocks: Bool
    /// The posts' edges by seeker: seeker `s`'s are `extra[extraStart[s] ..< extraStart[s + 1]]`, sorted.
    private let extra: [CandidateEdge]
    private let extraStart: [Int]
    /// How many blocks are read between returns of their memory to the system.
    private static let blocksPerRelease = 8
    /// The block being read, and the position in it.
    private var block = 0
    private var current: ArraySlice<CandidateEdge> = []

    /// A merger of a sweep's edges, the workers' block by block, with the
    /// posts'; `ordinal` orders posts by id. With `sortsBlocks`, each block
    /// is sorted when reached.
    init(_ swept: consuming SweptEdges, seekerCount: Int, ordinal: FixedBuffer<Int32>, sortsBlocks: Bool) {
        self.swept = swept.workers
        seekerOrdinals = swept.seekerOrdinals
        self.ordinal = ordinal
        self.sortsBlocks = sortsBlocks
        var start = [Int](repeating: 0, count: seekerCount + 1)
        for edge in swept.postSide { start[Int(edge.seeker) + 1] += 1 }
        for s in 0..<seekerCount { start[s + 1] += start[s] }
        var next = start
        var extra = swept.postSide
        for edge in swept.postSide {
            extra[next[Int(edge.seeker)]] = edge
            next[Int(edge.seeker)] += 1
        }
        for s in 0..<seekerCount { extra[start[s]..<start[s + 1]].sort(by: Self.precedes(ordinal)) }
        self.extra = extra
        extraStart = start
    }

    /// Calls `body` with each edge of `seeker`, in order; seekers must be
    /// asked for in ascending order.
    mutating func edges(of seeker: Int, _ body: (CandidateEdge) -> Void) {
        let precedes = Self.precedes(ordinal)
        var extras = extra[extraStart[seeker]..<extraStart[seeker + 1]]
        while let edge = nextSwept(of: seeker) {
            while let first = extras.first, precedes(first, edge) {
                body(first)
                extras.removeFirst()
            }
            if let first = extras.first, first.post == edge.post { extras.removeFirst() }
            body(edge)
        }
        extras.forEach(body)
    }

    /// The next swept edge if it is `seeker`'s.
    private mutating func nextSwept(of seeker: Int) -> CandidateEdge? {
        while current.isEmpty {
            let worker = block % max(swept.count, 1), index = block / max(swept.count, 1)
            guard worker < swept.count, index < swept[worker].count else { return nil }
            // The block moves here; the one before is freed, and every few the heap hands them back.
            current = swept[worker][index][...]
            swept[worker][index] = []
            if block % Self.blocksPerRelease == 0 { FreedMemory.release() }
            if sortsBlocks {
                let precedes = Self.precedes(ordinal)
                current.sort { $0.seeker != $1.seeker ? $0.seeker < $1.seeker : precedes($0, $1) }
            }
            block += 1
        }
        guard let edge = current.first, Int(edge.seeker) == seeker else { return nil }
        current.removeFirst()
        return edge
    }

    /// The graph's order of one seeker's edges: descending score, then post id.
    private static func precedes(_ ordinal: FixedBuffer<Int32>) -> (CandidateEdge, CandidateEdge) -> Bool {
        { ($0.score, ordinal[Int($1.post)]) > ($1.score, ordinal[Int($0.post)]) }
    }
}

/// What one sweep for a candidate graph found.
struct SweptEdges {
    /// Each worker's edges of the seekers' lists (or every feasible pair),
    /// an array a block.
    var workers: [[[CandidateEdge]]]
    /// The posts' best, of any seeker.
    var postSide: [CandidateEdge]
    /// The seekers' places in byte-wise id order.
    var seekerOrdinals: [Int32]

    /// How many edges, some perhaps twice (in a seeker's list and a post's).
    var edgeCount: Int { workers.joined().reduce(postSide.count) { $0 + $1.count } }
}
