import Foundation
import HummingbirdTesting
@testable import JobMatchServer
import Testing

/// A live server on 127.0.0.1 and a real HTTP client (AsyncHTTPClient):
/// while one client writes pairs of posts in one request each, others
/// read; a read never sees half a request, and always sees the writes
/// answered before it was sent.
@Suite("Live server under concurrent clients")
struct LiveConcurrencyTests {
    static let steps = 60

    static func post(_ id: String, step: Int) -> String {
        #"{"id": "\#(id)", "employer": "E\#(step % 5)", "lat": \#(30.2 + Double(step % 7) * 0.001), "lon": 115.0, "wage_min": 4000, "wage_max": 6000}"#
    }

    @Test func noTornReadsAndReadYourWrites() async throws {
        let service = try TestService(imports: ImportFiles(taxonomy: TestService.fixture("skills.csv")))
        try await service.server.application.test(.ahc(.http)) { client in
            let probe = try await client.send(.put, "/v1/seekers/probe", json: #"{"lat": 30.2, "lon": 115.0}"#)
            #expect(probe.status == .created)
            let completed = Shared(-1)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for step in 0..<Self.steps {
                        let pair = Self.post("P\(step)a", step: step) + "\n" + Self.post("P\(step)b", step: step) + "\n"
                        let answer = try await client.send(.post, "/v1/posts/bulk", json: pair, contentType: "application/x-ndjson")
                        #expect(answer.status == .ok)
                        completed.set(step)
                    }
                }
                for _ in 0..<3 {
                    group.addTask {
                        while completed.value < Self.steps - 1 {
                            let before = completed.value
                            let answer = try await client.send(.get, "/v1/seekers/probe/matches?top=1000", as: .reader)
                            let ids = Set((answer.object["matches"] as? [[String: Any]] ?? []).compactMap { $0["post"] as? String })
                            for step in 0..<Self.steps {
                                let (a, b) = (ids.contains("P\(step)a"), ids.contains("P\(step)b"))
                                #expect(a == b, "pair \(step) read in part")
                                if step <= before { #expect(a, "pair \(step), answered before the read, missing") }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let final = try await client.send(.get, "/v1/seekers/probe/matches?top=1000", as: .reader)
            #expect((final.object["matches"] as? [Any])?.count == 2 * Self.steps)
        }
    }
}
