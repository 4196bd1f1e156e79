/// A shard's candidate graph as bytes, and the graph of a whole batch
/// merged from its shards' parts (`jobmatch candidates --shard`, `jobmatch
/// match --graph`).
///
/// The format, version 1, all integers little-endian:
///
/// | bytes | what |
/// |---|---|
/// | 8 | `JMCGRAPH` |
/// | 4 | version, 1 |
/// | 4 + 4 | the shard: index, count |
/// | 4 | candidates per side, or 0xFFFFFFFF for all |
/// | 4, then each: 4 + UTF-8 | the shard's seekers' ids, with lengths |
/// | 4, then each: 4 + UTF-8 | the posts' ids |
/// | 8 | the number of edges |
/// | 32 each | edge: seeker (index in this part's seekers), post (index in the posts), score, seeker preference, post preference (IEEE 754 doubles, exact) |
/// | 8 | FNV-1a 64 of every byte before it |
///
/// About 32 bytes an edge: 9.6 million edges (200,000 × 20,000 seekers and
/// posts, 50 a side) take 309 MB.
public enum CandidatePart {
    static let magic = Array("JMCGRAPH".utf8)
    /// The format's version.
    public static let version: UInt32 = 1

    /// The part of `graph`, the candidate graph of the seekers of `shard`.
    public static func encode(_ graph: CandidateGraph, shard: Shard) -> [UInt8] {
        var bytes = PartWriter()
        bytes.append(magic)
        bytes.append(UInt32(version))
        bytes.append(UInt32(shard.index))
        bytes.append(UInt32(shard.count))
        bytes.append(graph.limit.wireValue)
        for ids in [graph.seekers.map(\.id), graph.posts.map(\.id)] {
            bytes.append(UInt32(ids.count))
            for id in ids {
                bytes.append(UInt32(id.utf8.count))
                bytes.append(Array(id.utf8))
            }
        }
        bytes.append(UInt64(graph.edges.count))
        for (index, edge) in graph.edges.enumerated() {
            bytes.append(UInt32(edge.seeker))
            bytes.append(UInt32(edge.post))
            bytes.append(edge.score.bitPattern)
            bytes.append(graph.seekerPreference[index].bitPattern)
            bytes.append(graph.postPreference[index].bitPattern)
        }
        bytes.append(Shard.fnv1a64(bytes: bytes.bytes))
        return bytes.bytes
    }

    /// The candidate graph of `seekers` and `posts` from the parts of every
    /// shard: identical to ``MatchEngine/candidateGraph(for:limit:progress:)``
    /// on one machine.
    ///
    /// Each seeker's best `k` are in its own shard's part; each post's best
    /// `k` are among its best `k` of each shard, so they are the best `k` of
    /// its edges in all parts.
    ///
    /// - Parameters:
    ///   - parts: each shard's part, by name.
    ///   - read: the bytes of the part named; called once a part, so that
    ///     only one part's bytes are held at a time.
    ///   - seekers: the valid seekers of the whole batch, in batch order.
    ///   - posts: the posts, in the engine's order.
    /// - Throws: ``CandidatePartError`` for a damaged part, another version,
    ///   parts of different jobs, a missing or repeated shard, or records
    ///   that are not the ones the parts were made from; what `read` throws.
    /// - Complexity: O(edges × log edges); memory about 40 bytes an edge
    ///   for the merged graph, plus as much for the parts' edges.
    public static func merge(
        _ parts: [String], read: (String) throws -> [UInt8], seekers: [Seeker], posts: [Post]
    ) throws -> CandidateGraph {
        let decoded = try parts.map { name in try DecodedPart(read(name), name: name) }
        guard let first = decoded.first else { throw CandidatePartError(part: "", "no part given") }
        var seen = Set<Int>()
        for part in decoded {
            guard part.shard.count == first.shard.count, part.limit == first.limit else {
                throw CandidatePartError(part: part.name, "made by another job than \(first.name): shard \(part.shard) of limit \(part.limit), not of \(first.shard.count) shards, limit \(first.limit)")
            }
            guard seen.insert(part.shard.index).inserted else { throw CandidatePartError(part: part.name, "shard \(part.shard) given twice") }
            guard part.postIDs.elementsEqual(posts.lazy.map(\.id)) else {
                throw CandidatePartError(part: part.name, "made from other posts than these")
            }
        }
        if let missing = (0..<first.shard.count).first(where: { !seen.contains($0) }) {
            throw CandidatePartError(part: "", "no part for shard \(missing)/\(first.shard.count)")
        }

        let position = Dictionary(uniqueKeysWithValues: seekers.enumerated().map { ($1.id, $0) })
        var entries = [[GraphEntry]](repeating: [], count: seekers.count)
        var isCovered = [Bool](repeating: false, count: seekers.count)
        for part in decoded {
            var local: [Int] = []
            for id in part.seekerIDs {
                guard let s = position[id], !isCovered[s], part.shard.contains(seekerID: id) else {
                    throw CandidatePartError(part: part.name, "seeker \(id) is not one of this shard's seekers")
                }
                isCovered[s] = true
                local.append(s)
            }
            for edge in part.edges {
                entries[local[edge.seeker]].append(edge.moved(to: local[edge.seeker]))
            }
        }
        if let missing = seekers.indices.first(where: { !isCovered[$0] }) {
            throw CandidatePartError(part: "", "seeker \(seekers[missing].id) is in no part")
        }
        let limit = first.limit
        guard case .perSide(let k) = limit else {
            return graph(entries, seekers: seekers, posts: posts, limit: limit) { _, _ in true }
        }
        var incoming = [[GraphEntry]](repeating: [], count: posts.count)
        for list in entries { for entry in list { incoming[entry.post].append(entry) } }
        let postsBest = incoming.map { list in
            Set(list.sorted { $0.ranksAbove($1, byPost: false, seekers: seekers) }.prefix(k).map(\.seeker))
        }
        return graph(entries, seekers: seekers, posts: posts, limit: limit) { entry, rank in
            rank < k || postsBest[entry.post].contains(entry.seeker)
        }
    }

    /// The graph of each seeker's entries, ordered, those `keeps` keeps.
    private static func graph(
        _ entries: [[GraphEntry]], seekers: [Seeker], posts: [Post], limit: CandidateLimit,
        keeps: (GraphEntry, Int) -> Bool
    ) -> CandidateGraph {
        var builder = GraphBuilder(edges: entries.reduce(0) { $0 + $1.count }, seekers: seekers.count)
        for list in entries {
            for (rank, entry) in list.sorted(by: { $0.ranksAbove($1, byPost: true, posts: posts) }).enumerated() where keeps(entry, rank) {
                builder.append(entry)
            }
            builder.endSeeker()
        }
        return builder.graph(seekers: seekers, posts: posts, limit: limit, rejected: [])
    }
}

/// A part that cannot be merged, and why.
public struct CandidatePartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The part's name, or empty for the parts as a whole.
    public let part: String
    /// What is wrong.
    public let reason: String

    init(part: String, _ reason: String) {
        (self.part, self.reason) = (part, reason)
    }

    public var description: String { part.isEmpty ? reason : "\(part): \(reason)" }
}

extension CandidateLimit {
    /// The limit as the part format writes it.
    var wireValue: UInt32 {
        switch self {
        case .perSide(let k): UInt32(clamping: k)
        case .all: .max
        }
    }

    init(wireValue: UInt32) {
        self = wireValue == .max ? .all : .perSide(Int(wireValue))
    }
}

/// Little-endian bytes, appended.
private struct PartWriter {
    var bytes: [UInt8] = []

    mutating func append(_ more: [UInt8]) { bytes += more }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// A part read back and checked.
private struct DecodedPart {
    let name: String
    let shard: Shard
    let limit: CandidateLimit
    let seekerIDs: [String]
    let postIDs: [String]
    /// Seekers are positions in `seekerIDs`.
    let edges: [GraphEntry]

    init(_ bytes: [UInt8], name: String) throws(CandidatePartError) {
        self.name = name
        guard bytes.count >= 16, Array(bytes.prefix(8)) == CandidatePart.magic else {
            throw CandidatePartError(part: name, "not a candidate graph part of jobmatch")
        }
        let body = bytes.count - 8
        var reader = PartReader(bytes: bytes, end: body, name: name)
        guard reader.checksum(at: body) == Shard.fnv1a64(bytes: bytes[..<body]) else {
            throw CandidatePartError(part: name, "damaged: its checksum does not match")
        }
        reader.offset = 8
        let version: UInt32 = try reader.read()
        guard version == CandidatePart.version else {
            throw CandidatePartError(part: name, "written in version \(version) of the format; this jobmatch reads version \(CandidatePart.version)")
        }
        let (index, count): (UInt32, UInt32) = (try reader.read(), try reader.read())
        guard let shard = Shard(index: Int(index), of: Int(count)) else { throw CandidatePartError(part: name, "damaged: shard \(index)/\(count)") }
        self.shard = shard
        limit = CandidateLimit(wireValue: try reader.read())
        seekerIDs = try reader.readIDs()
        postIDs = try reader.readIDs()
        let edgeCount: UInt64 = try reader.read()
        guard edgeCount <= UInt64(body) / 32 else { throw CandidatePartError(part: name, "damaged: \(edgeCount) edges") }
        var edges: [GraphEntry] = []
        edges.reserveCapacity(Int(edgeCount))
        for _ in 0..<edgeCount {
            let (seeker, post): (UInt32, UInt32) = (try reader.read(), try reader.read())
            let (score, seekerPreference, postPreference): (UInt64, UInt64, UInt64) = (try reader.read(), try reader.read(), try reader.read())
            guard Int(seeker) < seekerIDs.count, Int(post) < postIDs.count else {
                throw CandidatePartError(part: name, "damaged: an edge of seeker \(seeker), post \(post)")
            }
            edges.append(GraphEntry(
                seeker: Int(seeker), post: Int(post), score: Double(bitPattern: score),
                seekerPreference: Double(bitPattern: seekerPreference), postPreference: Double(bitPattern: postPreference)))
        }
        guard reader.offset == body else { throw CandidatePartError(part: name, "damaged: bytes after the edges") }
        self.edges = edges
    }
}

/// Little-endian integers and ids read from a part, never past `end`.
private struct PartReader {
    let bytes: [UInt8]
    let end: Int
    let name: String
    var offset = 0

    func checksum(at position: Int) -> UInt64 {
        bytes[position..<position + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func read<T: FixedWidthInteger>() throws(CandidatePartError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= end else { throw CandidatePartError(part: name, "damaged: it ends too soon") }
        let value = bytes[offset..<offset + size].reversed().reduce(T.zero) { $0 << 8 | T($1) }
        offset += size
        return value
    }

    mutating func readIDs() throws(CandidatePartError) -> [String] {
        let count: UInt32 = try read()
        guard Int(count) <= end - offset else { throw CandidatePartError(part: name, "damaged: \(count) ids") }
        var ids: [String] = []
        ids.reserveCapacity(Int(count))
        for _ in 0..<count {
            let length = Int(try read() as UInt32)
            guard length <= end - offset else { throw CandidatePartError(part: name, "damaged: an id of \(length) bytes") }
            ids.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
            offset += length
        }
        return ids
    }
}
