import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import JobMatchServer
import Testing

/// Every `/v1` route refuses a request without a token or with an unknown
/// one (401, `WWW-Authenticate: Bearer`), and every write route a reader (403).
@Suite("Access")
struct AccessTests {
    /// Each route of the router, its parameters filled in.
    static let routes: [(method: HTTPRequest.Method, path: String)] = {
        let service = try! TestService(imports: ImportFiles())
        return MatchServer.router(service: service.server.service, tokens: TestService.tokens, logger: .init(label: "routes"))
            .routes.map { route in
                let path = "\(route.path)".split(separator: "/").map { $0.hasPrefix("{") ? "x1" : $0 }.joined(separator: "/")
                return (route.method, "/" + path)
            }
    }()

    /// What a reader may call: every `GET`, `POST /v1/match` and `POST /v1/match/explain/{pid}`.
    static func readerMayCall(_ method: HTTPRequest.Method, _ path: String) -> Bool {
        method == .get || path == "/v1/match" || path.hasPrefix("/v1/match/")
    }

    @Test func everyRouteChecksTheToken() async throws {
        let service = try TestService(imports: ImportFiles())
        let v1 = Self.routes.filter { $0.path.hasPrefix("/v1/") }
        #expect(v1.count == 17)
        try await service.server.application.test(.router) { client in
            for (method, path) in v1 {
                for caller in [Caller.anonymous, .stranger] {
                    let answer = try await client.send(method, path, as: caller, json: "{}")
                    #expect(answer.status == .unauthorized, "\(method) \(path) as \(caller)")
                    #expect(answer.headers[.wwwAuthenticate] == "Bearer")
                    #expect(answer.object["type"] as? String == "urn:jobmatch:problem:unauthorized")
                }
                let asReader = try await client.send(method, path, as: .reader, json: "{}")
                if Self.readerMayCall(method, path) {
                    #expect(asReader.status != .forbidden && asReader.status != .unauthorized, "\(method) \(path)")
                } else {
                    #expect(asReader.status == .forbidden, "\(method) \(path)")
                    #expect(asReader.object["type"] as? String == "urn:jobmatch:problem:forbidden")
                }
                let asWriter = try await client.send(method, path, as: .writer, json: "{}")
                #expect(asWriter.status != .forbidden && asWriter.status != .unauthorized, "\(method) \(path)")
            }
            // The operators' routes and the console, open to anyone; a console file by a name it has.
            for (method, route) in Self.routes where !route.hasPrefix("/v1/") {
                let path = route == "/console/x1" ? "/console/index.html" : route
                #expect(try await client.send(method, path, as: .anonymous).status.code < 400, "\(method) \(path)")
            }
        }
    }

    @Test func tokensFilesAndOpenAccess() throws {
        #expect(TestService.tokens.role(of: Substring(TestService.writerToken)) == .writer)
        #expect(TestService.tokens.role(of: Substring(TestService.readerToken)) == .reader)
        #expect(TestService.tokens.role(of: Substring(TestService.readerToken + "x")) == nil)
        #expect(TestService.tokens.role(of: "") == nil)
        #expect(ServerConfiguration.isLoopback("127.0.0.1") && ServerConfiguration.isLoopback("::1"))
        #expect(!ServerConfiguration.isLoopback("0.0.0.0") && !ServerConfiguration.isLoopback("192.168.1.4"))
        let open = ServerConfiguration(storePath: "unused", host: "0.0.0.0", tokens: nil)
        #expect(throws: ServerSetupError.self) { try open.validate() }
    }
}
