@testable import JobMatch
@testable import JobMatchModel
import Testing

/// Shards and the candidate graph merged from their parts.
@Suite("Shards and candidate parts")
struct ShardingTests {
    @Test("FNV-1a 64 of the published test vectors, and a shard is its hash modulo N")
    func fnv() throws {
        // The reference values of the FNV specification (draft-eastlake-fnv, test vectors).
        #expect(Shard.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
        let shard = try #require(Shard("2/7"))
        #expect(shard.index == 2 && shard.count == 7 && shard.description == "2/7")
        #expect(shard.contains(seekerID: "a") == ((0xaf63_dc4c_8601_ec8c as UInt64) % 7 == 2))
        for bad in ["7/7", "-1/3", "1/0", "1", "a/b", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
        // Every id is in exactly one shard.
        let ids = (0..<500).map { "S\($0)" }
        for count in [1, 2, 3, 7] {
            let shards = (0..<count).map { Shard(index: $0, of: count)! }
            #expect(ids.allSatisfy { id in shards.filter { $0.contains(seekerID: id) }.count == 1 })
        }
    }

    /// Each shard's part of `instance`, encoded.
    static func parts(_ engine: MatchEngine, _ seekers: [Seeker], count: Int, limit: CandidateLimit) -> [(name: String, bytes: [UInt8])] {
        (0..<count).map { index in
            let shard = Shard(index: index, of: count)!
            let graph = engine.candidateGraph(for: seekers.filter { shard.contains(seekerID: $0.id) }, limit: limit)
            return (name: "part \(shard)", bytes: CandidatePart.encode(graph, shard: shard))
        }
    }

    /// The graph merged from `parts` held in memory.
    static func merge(_ parts: [(name: String, bytes: [UInt8])], _ instance: RandomInstance, posts: [Post]? = nil) throws -> CandidateGraph {
        var bytes: [String: [UInt8]] = [:]
        for part in parts { bytes[part.name] = part.bytes }
        return try CandidatePart.merge(
            parts.map(\.name), read: { bytes[$0]! }, seekers: instance.seekers, posts: posts ?? instance.posts)
    }

    @Test(arguments: [1, 2, 3, 7], [CandidateLimit.perSide(1), .perSide(3), .all])
    func mergedPartsEqualOneMachine(count: Int, limit: CandidateLimit) throws {
        let instance = RandomInstance(seed: 81, seekers: 140, posts: 60)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let whole = engine.candidateGraph(for: instance.seekers, limit: limit)
        let merged = try Self.merge(Self.parts(engine, instance.seekers, count: count, limit: limit), instance)
        #expect(merged.edges == whole.edges)
        #expect(merged.edgeStart == whole.edgeStart)
        #expect(merged.seekerPreference == whole.seekerPreference)
        #expect(merged.postPreference == whole.postPreference)
        #expect(merged.limit == whole.limit)
        for mode in AssignmentMode.allCases { #expect(merged.assignment(mode) == whole.assignment(mode)) }
    }

    @Test("damaged, foreign, missing and repeated parts are refused with the reason")
    func badParts() throws {
        let instance = RandomInstance(seed: 82, seekers: 40, posts: 20)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let parts = Self.parts(engine, instance.seekers, count: 3, limit: .perSide(2))
        func reason(_ parts: [(name: String, bytes: [UInt8])], posts: [Post]? = nil) -> String {
            do {
                _ = try Self.merge(parts, instance, posts: posts)
                return "merged"
            } catch {
                return "\(error)"
            }
        }
        var flipped = parts[1]
        flipped.bytes[flipped.bytes.count / 2] ^= 0x40
        #expect(reason([parts[0], flipped, parts[2]]) == "part 1/3: damaged: its checksum does not match")
        var cut = parts[2]
        cut.bytes.removeLast(20)
        #expect(reason([parts[0], parts[1], cut]).hasPrefix("part 2/3: damaged"))
        #expect(reason([parts[0], parts[2]]) == "no part for shard 1/3")
        #expect(reason([parts[0], parts[1], parts[1], parts[2]]) == "part 1/3: shard 1/3 given twice")
        let other = Self.parts(engine, instance.seekers, count: 2, limit: .perSide(2))
        #expect(reason([parts[0], other[1], parts[2]]).hasPrefix("part 1/2: made by another job"))
        #expect(reason(parts, posts: Array(instance.posts.dropLast())) == "part 0/3: made from other posts than these")
        #expect(reason([(name: "x", bytes: Array("seeker,post\n".utf8))]) == "x: not a candidate graph part of jobmatch")
        // A later version, checksummed as it would be.
        var newer = parts[0]
        newer.bytes[8] = 2
        let body = newer.bytes.count - 8
        let checksum = Shard.fnv1a64(bytes: newer.bytes[..<body])
        for byte in 0..<8 { newer.bytes[body + byte] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt64(byte))) }
        #expect(reason([newer, parts[1], parts[2]]) == "part 0/3: written in version 2 of the format; this jobmatch reads version 1")
    }
}
