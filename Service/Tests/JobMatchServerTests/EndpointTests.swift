import Foundation
import HummingbirdTesting
@testable import JobMatch
@testable import JobMatchServer
import Testing

/// Every endpoint of SERVICE.md through the router, on the fixtures.
@Suite("Endpoints")
struct EndpointTests {
    static let post = #"{"employer": "E0042", "title": "焊工 Welder", "lat": 30.2, "lon": 115.05, "wage_min": 4500, "wage_max": 6000, "requirements": [{"skill": "welding", "level": 3, "mandatory": true}]}"#
    static let seeker = #"{"lat": 30.21, "lon": 115.04, "skills": {"welding": 4}, "max_commute_km": 12, "warning": "red", "groups": ["long_unemployed"]}"#

    @Test func skills() async throws {
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            let all = try await client.send(.get, "/v1/skills", as: .reader)
            #expect(all.status == .ok)
            #expect((all.object["skills"] as? [Any])?.count == service.index.snapshot.taxonomy.skills.count)
            #expect(try await client.send(.get, "/v1/skills/welding", as: .reader).decoded(Skill.self).id == "welding")
            #expect(try await client.send(.get, "/v1/skills/juggling", as: .reader).status == .notFound)
            let body = #"{"name": "Baking", "name_zh": "烘焙", "group": "catering", "max_level": 5}"#
            let created = try await client.send(.put, "/v1/skills/baking", json: body)
            #expect(created.status == .created)
            #expect(try created.decoded(Skill.self) == Skill(id: "baking", name: "Baking", chineseName: "烘焙", group: "catering", maxLevel: 5))
            #expect(try await client.send(.put, "/v1/skills/baking", json: body).status == .ok)
            let mismatch = try await client.send(.put, "/v1/skills/baking", json: #"{"id": "bread", "name": "B", "group": "g", "max_level": 1}"#)
            #expect(mismatch.status == .unprocessableContent && mismatch.problemCodes == ["id-mismatch"])
            // Lowering welding below the levels posts and seekers use is refused, naming them.
            let lowered = try await client.send(.put, "/v1/skills/welding", json: #"{"name": "Welding", "group": "metalwork", "max_level": 1}"#)
            #expect(lowered.status == .unprocessableContent)
            #expect(lowered.problemCodes.allSatisfy { $0 == "level-out-of-range" } && !lowered.problemCodes.isEmpty)
            #expect(service.index.snapshot.taxonomy["welding"]?.maxLevel == 8)
        }
    }

    @Test(arguments: ["posts", "seekers"])
    func records(kind: String) async throws {
        let service = try TestService()
        let body = kind == "posts" ? Self.post : Self.seeker
        try await service.server.application.test(.router) { client in
            let created = try await client.send(.put, "/v1/\(kind)/X1", json: body)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.object["id"] as? String == "X1")
            let read = try await client.send(.get, "/v1/\(kind)/X1", as: .reader)
            #expect(read.status == .ok && read.text == created.text)
            #expect(try await client.send(.put, "/v1/\(kind)/X1", json: body).status == .ok)
            let withID = body.replacingOccurrences(of: "{", with: #"{"id": "X1", "#, options: .anchored)
            #expect(try await client.send(.put, "/v1/\(kind)/X1", json: withID).status == .ok)
            let other = body.replacingOccurrences(of: "{", with: #"{"id": "X2", "#, options: .anchored)
            let mismatch = try await client.send(.put, "/v1/\(kind)/X1", json: other)
            #expect(mismatch.status == .unprocessableContent && mismatch.problemCodes == ["id-mismatch"])
            #expect(try await client.send(.delete, "/v1/\(kind)/X1").status == .noContent)
            #expect(try await client.send(.delete, "/v1/\(kind)/X1").status == .notFound)
            #expect(try await client.send(.get, "/v1/\(kind)/X1", as: .reader).status == .notFound)
        }
    }

    @Test(arguments: ["posts", "seekers"])
    func bulk(kind: String) async throws {
        let service = try TestService()
        let body = kind == "posts" ? Self.post : Self.seeker
        let line = { @Sendable (id: String) in body.replacingOccurrences(of: "{", with: #"{"id": "\#(id)", "#, options: .anchored) }
        try await service.server.application.test(.router) { client in
            let good = try await client.send(
                .post, "/v1/\(kind)/bulk", json: line("B1") + "\n" + line("B2") + "\n", contentType: "application/x-ndjson")
            #expect(good.status == .ok && good.object["upserted"] as? Int == 2, "\(good.text)")
            let bad = try await client.send(
                .post, "/v1/\(kind)/bulk", json: line("B3") + "\n" + #"{"id": "B4", "lat": 95, "lon": 115}"# + "\n",
                contentType: "application/jsonl")
            #expect(bad.status == .unprocessableContent)
            let problems = bad.object["problems"] as? [[String: Any]] ?? []
            #expect(problems.contains { $0["line"] as? Int == 2 && $0["code"] as? String == "out-of-range" && $0["id"] as? String == "B4" })
            #expect(try await client.send(.get, "/v1/\(kind)/B3", as: .reader).status == .notFound)
            let json = try await client.send(.post, "/v1/\(kind)/bulk", json: line("B5"))
            #expect(json.status == .unsupportedMediaType)
        }
    }

    @Test func matchesEqualTheEngine() async throws {
        let service = try TestService()
        let snapshot = service.index.snapshot
        let engine = try MatchEngine(taxonomy: snapshot.taxonomy, posts: snapshot.posts)
        let seekers = snapshot.seekers
        try await service.server.application.test(.router) { client in
            for seeker in seekers.prefix(5) {
                let answer = try await client.send(.get, "/v1/seekers/\(seeker.id)/matches?top=7", as: .reader)
                let expected = try Self.roundTripped(Self.ranked(engine, [seeker], .posts, top: 7)[0])
                #expect(try answer.decoded(RankedList.self) == expected)
            }
            let visitor = try Seeker(json: Self.seeker, taxonomy: snapshot.taxonomy, defaultID: "visitor")
            let adHoc = try await client.send(.post, "/v1/match?top=4", as: .reader, json: #"{"id": "visitor", "# + Self.seeker.dropFirst())
            #expect(try adHoc.decoded(RankedList.self) == Self.roundTripped(Self.ranked(engine, [visitor], .posts, top: 4)[0]))
            #expect(try await client.send(.get, "/v1/seekers/visitor", as: .reader).status == .notFound)
            let byPosts = Self.ranked(engine, seekers, .seekers, top: 5)
            for (position, post) in snapshot.posts.enumerated().prefix(5) {
                let answer = try await client.send(.get, "/v1/posts/\(post.id)/matches?top=5", as: .reader)
                #expect(try answer.decoded(RankedList.self) == Self.roundTripped(byPosts[position]))
            }
            let first = try await client.send(.get, "/v1/seekers/S000001/matches", as: .reader)
            #expect((first.object["matches"] as? [Any])?.count == 10)
        }
    }

    @Test func fairMatchesEqualTheEngine() async throws {
        let service = try TestService()
        let snapshot = service.index.snapshot
        let engine = try MatchEngine(taxonomy: snapshot.taxonomy, posts: snapshot.posts)
        let cases: [(query: String, policy: FairnessPolicy)] = [
            ("fair_group=disabled&fair_p=0.3", .protected(.key(.disabled), p: 0.3, alpha: 0.1)),
            ("fair_group=red&fair_alpha=0.05", .protected(.warning(.red), p: 0.1, alpha: 0.05)),
            ("fair_shares=long_unemployed%3D0.2,graduate%3D0.3",
             .shares([GroupShare(group: .key(.longUnemployed), share: 0.2), GroupShare(group: .key(.graduate), share: 0.3)])),
        ]
        try await service.server.application.test(.router) { client in
            for (query, policy) in cases {
                let expected = try engine.fairRank(snapshot.seekers, top: 8, policy: policy).lists
                for (position, post) in snapshot.posts.enumerated().prefix(6) {
                    let answer = try await client.send(.get, "/v1/posts/\(post.id)/matches?top=8&\(query)", as: .reader)
                    #expect(answer.status == .ok)
                    let list = try answer.decoded(FairRankedList.self)
                    let roundTripped = try JSONDecoder().decode(FairRankedList.self, from: JSONEncoder().encode(expected[position]))
                    #expect(list == roundTripped)
                }
            }
            let bad: [(query: String, field: String, code: String)] = [
                ("fair_group=astronauts", "fair_group", "unknown-key-group"),
                ("fair_group=disabled&fair_p=1", "fair_p", "out-of-range"),
                ("fair_group=disabled&fair_alpha=x", "fair_alpha", "not-a-number"),
                ("fair_p=0.2", "fair_group", "missing-field"),
                ("fair_shares=disabled%3D0.7,veteran%3D0.7", "fair_shares", "out-of-range"),
                ("fair_shares=disabled", "fair_shares", "malformed-list"),
                ("fair_shares=disabled%3D0.1&fair_group=veteran", "fair_group", "out-of-range"),
            ]
            for (query, field, code) in bad {
                let answer = try await client.send(.get, "/v1/posts/P00001/matches?\(query)", as: .reader)
                #expect(answer.status == .badRequest, "\(query)")
                #expect(answer.problemFields == [field] && answer.problemCodes == [code], "\(query)")
            }
        }
    }

    @Test func explain() async throws {
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            let answer = try await client.send(.get, "/v1/seekers/S000001/explain/P00311", as: .reader)
            let explanation = try answer.decoded(PairExplanation.self)
            let expected = try service.index.explain(seekerID: "S000001", postID: "P00311")
            #expect(explanation.violations == expected.violations && explanation.requirements.count == expected.requirements.count)
            #expect(abs(explanation.distanceKm - 3.5139) < 1e-4)
            #expect(try await client.send(.get, "/v1/seekers/S000001/explain/P99999", as: .reader).status == .notFound)
            #expect(try await client.send(.get, "/v1/seekers/S999999/explain/P00311", as: .reader).status == .notFound)
        }
    }

    @Test func explainAnUnstoredSeeker() async throws {
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            // The stored seeker's own record, sent as an unstored one: the same answer, for a feasible and an infeasible pair.
            let record = try await client.send(.get, "/v1/seekers/S000001", as: .reader).text
            for post in ["P00311", "P00001"] {
                let stored = try await client.send(.get, "/v1/seekers/S000001/explain/\(post)", as: .reader)
                let unstored = try await client.send(.post, "/v1/match/explain/\(post)", as: .reader, json: record)
                #expect(unstored.status == .ok)
                #expect(try unstored.decoded(PairExplanation.self) == stored.decoded(PairExplanation.self), "\(post)")
            }
            let visitor = #"{"id": "visitor", "# + Self.seeker.dropFirst()
            let answer = try await client.send(.post, "/v1/match/explain/P00311", as: .reader, json: visitor)
            #expect(answer.object["seeker"] as? String == "visitor")
            #expect(try await client.send(.get, "/v1/seekers/visitor", as: .reader).status == .notFound)
            let unknown = try await client.send(.post, "/v1/match/explain/P99999", as: .reader, json: visitor)
            #expect(unknown.status == .notFound && unknown.object["type"] as? String == "urn:jobmatch:problem:not-found")
            let bad = try await client.send(.post, "/v1/match/explain/P00311", as: .reader, json: #"{"id": "v", "lat": 95}"#)
            #expect(bad.status == .unprocessableContent && Set(bad.problemFields) == ["lat", "lon"])
        }
    }

    @Test func districts() async throws {
        struct District: Decodable, Equatable {
            var id: String
            var name: String
            var name_zh: String?
            var lat: Double
            var lon: Double
        }
        let csv = try String(contentsOfFile: TestService.fixture("districts.csv"), encoding: .utf8)
        let expected = csv.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return District(id: cells[0], name: cells[1], name_zh: cells[2], lat: Double(cells[3])!, lon: Double(cells[4])!)
        }
        #expect(expected.count == 7)
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            let answer = try await client.send(.get, "/v1/districts", as: .reader)
            #expect(answer.status == .ok && answer.headers[.contentType] == "application/json")
            #expect(try answer.decoded([String: [District]].self) == ["districts": expected])
            #expect(try await client.send(.get, "/v1/districts", as: .anonymous).status == .unauthorized)
        }
        let folder = try StoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let withoutChinese = folder.appendingPathComponent("districts.jsonl")
        try #"{"id": "xialu", "name": "Xialu District", "lat": 30.172, "lon": 114.972}"#.write(to: withoutChinese, atomically: true, encoding: .utf8)
        for (imports, text) in [
            (ImportFiles(), #"{"districts":[]}"#),
            (ImportFiles(districts: withoutChinese.path), #"{"districts":[{"id":"xialu","lat":30.172,"lon":114.972,"name":"Xialu District"}]}"#),
        ] {
            let other = try TestService(imports: imports)
            try await other.server.application.test(.router) { client in
                let answer = try await client.send(.get, "/v1/districts", as: .reader)
                #expect(answer.text == text)
            }
        }
    }

    @Test func operations() async throws {
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            #expect(try await client.send(.get, "/health/live", as: .anonymous).object["status"] as? String == "live")
            #expect(try await client.send(.get, "/health/ready", as: .anonymous).object["status"] as? String == "ready")
            _ = try await client.send(.get, "/v1/skills", as: .reader)
            let metrics = try await client.send(.get, "/metrics", as: .anonymous)
            #expect(metrics.status == .ok && metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            #expect(metrics.text.contains(#"jobmatch_http_requests_total{method="GET",route="/v1/skills",status="200"}"#))
            #expect(metrics.text.contains("jobmatch_posts 400") && metrics.text.contains("jobmatch_index_rebuilds_total"))
            let document = try await client.send(.get, "/openapi.json", as: .anonymous)
            #expect(Array(document.body.readableBytesView) == OperationRoutes.document())
        }
    }

    @Test func errorsOfTheRequestItself() async throws {
        let service = try TestService()
        try await service.server.application.test(.router) { client in
            let malformed = try await client.send(.put, "/v1/posts/X", json: "{not json")
            #expect(malformed.status == .badRequest && malformed.object["type"] as? String == "urn:jobmatch:problem:malformed-json")
            #expect(malformed.headers[.contentType] == "application/problem+json")
            #expect(try await client.send(.put, "/v1/posts/X", json: Self.post, contentType: "text/plain").status == .unsupportedMediaType)
            let huge = String(repeating: " ", count: RequestBody.recordLimit + 1)
            let tooLarge = try await client.send(.put, "/v1/posts/X", json: huge)
            #expect(tooLarge.status == .contentTooLarge && tooLarge.object["type"] as? String == "urn:jobmatch:problem:body-too-large")
            for top in ["0", "1001", "ten", "2.5", "-1"] {
                let bad = try await client.send(.get, "/v1/seekers/S000001/matches?top=\(top)", as: .reader)
                #expect(bad.status == .badRequest && bad.object["type"] as? String == "urn:jobmatch:problem:bad-parameter", "\(top)")
            }
            let badID = try await client.send(.get, "/v1/posts/a%3Bb", as: .reader)
            #expect(badID.status == .badRequest && badID.problemCodes == ["id-separator"])
            let chinese = try await client.send(.put, "/v1/seekers/%E6%B1%82%E8%81%8C%E8%80%85-2", json: Self.seeker)
            #expect(chinese.status == .created && chinese.object["id"] as? String == "求职者-2")
            let noRoute = try await client.send(.get, "/v2/posts", as: .reader)
            #expect(noRoute.status == .notFound && noRoute.object["type"] as? String == "urn:jobmatch:problem:not-found")
            let wrongMethod = try await client.send(.patch, "/v1/posts/X", json: Self.post)
            #expect(wrongMethod.status == .methodNotAllowed && wrongMethod.headers[.allow] == "DELETE, GET, HEAD, PUT")
            #expect(try await client.send(.get, "/v1/posts/bulk", as: .reader).headers[.allow] == "POST")
        }
    }

    /// The engine's ranking, which an async context cannot call by name.
    static func ranked(_ engine: MatchEngine, _ seekers: [Seeker], _ direction: RankingDirection, top: Int) -> [RankedList] {
        Array(engine.rank(seekers, direction: direction, top: top))
    }

    /// A list as a client reads it: through its JSON shape, parts rounded.
    static func roundTripped(_ list: RankedList) throws -> RankedList {
        try JSONDecoder().decode(RankedList.self, from: JSONEncoder().encode(list))
    }
}
