import Foundation
import HummingbirdTesting
@testable import JobMatch
@testable import JobMatchServer
import Testing

/// After each of a random sequence of writes over HTTP, the matches the
/// service answers equal a `MatchEngine` built on the same records.
@Suite("Service agrees with a fresh engine")
struct AgreementTests {
    @Test(arguments: [11, 12] as [UInt64])
    func afterEveryWrite(seed: UInt64) async throws {
        let service = try TestService()
        let all = service.index.snapshot
        let pool = (posts: Array(all.posts.prefix(60)), seekers: Array(all.seekers.prefix(60)))
        try await service.server.application.test(.router) { client in
            var random = SplitMix(seed: seed)
            for step in 0..<25 {
                switch random.below(5) {
                case 0:
                    var post = pool.posts[random.below(pool.posts.count)]
                    post.id = "W\(random.below(8))"
                    post.wageMax += Double(step)
                    #expect(try await client.send(.put, "/v1/posts/\(post.id)", json: Self.text(post)).status.code < 300)
                case 1:
                    _ = try await client.send(.delete, "/v1/posts/W\(random.below(8))")
                case 2:
                    var seeker = pool.seekers[random.below(pool.seekers.count)]
                    seeker.id = "V\(random.below(8))"
                    #expect(try await client.send(.put, "/v1/seekers/\(seeker.id)", json: Self.text(seeker)).status.code < 300)
                case 3:
                    let id = ["V\(random.below(8))", all.seekers[random.below(all.seekers.count)].id][random.below(2)]
                    _ = try await client.send(.delete, "/v1/seekers/\(id)")
                default:
                    let lines = (0..<3).map { index -> String in
                        var post = pool.posts[random.below(pool.posts.count)]
                        post.id = "B\(step)-\(index)"
                        return Self.text(post)
                    }
                    let body = lines.joined(separator: "\n")
                    #expect(try await client.send(.post, "/v1/posts/bulk", json: body, contentType: "application/x-ndjson").status == .ok)
                }
                let snapshot = service.index.snapshot
                let engine = try MatchEngine(taxonomy: snapshot.taxonomy, posts: snapshot.posts)
                let seekers = snapshot.seekers
                for _ in 0..<3 {
                    let seeker = seekers[random.below(seekers.count)]
                    let answer = try await client.send(.get, "/v1/seekers/\(seeker.id)/matches?top=5", as: .reader)
                    let expected = EndpointTests.ranked(engine, [seeker], .posts, top: 5)[0]
                    #expect(try answer.decoded(RankedList.self) == EndpointTests.roundTripped(expected), "step \(step)")
                }
                let position = random.below(snapshot.posts.count)
                let post = snapshot.posts[position]
                let answer = try await client.send(.get, "/v1/posts/\(post.id)/matches?top=5", as: .reader)
                let expected = EndpointTests.ranked(engine, seekers, .seekers, top: 5)[position]
                #expect(try answer.decoded(RankedList.self) == EndpointTests.roundTripped(expected), "step \(step)")
            }
        }
    }

    static func text(_ record: some Encodable) -> String {
        String(decoding: try! JSONEncoder().encode(record), as: UTF8.self)
    }
}

/// SplitMix64, so that a test asks the same questions every run.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0 ..< bound`.
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
