import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import JobMatch
@testable import JobMatchServer
import Logging
import NIOCore

/// A service on a new store in a folder of its own, removed at the end.
final class TestService: Sendable {
    static let writerToken = "writer-token-for-tests"
    static let readerToken = "reader-token-for-tests"
    static let tokens = AccessTokens([(writerToken, .writer), (readerToken, .reader)])

    let folder: URL
    let server: MatchServer
    /// Whether the folder was made for this service, and goes with it.
    private let ownsFolder: Bool

    /// A service on `imports`, the bundled fixtures unless told otherwise,
    /// with both test tokens, on an ephemeral port; its store in `folder`,
    /// or in a folder of its own that is removed with it.
    init(imports: ImportFiles = TestService.fixtures, storeName: String = "store.sqlite", folder: URL? = nil) throws {
        ownsFolder = folder == nil
        let folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        server = try MatchServer(
            ServerConfiguration(
                storePath: folder.appendingPathComponent(storeName).path, imports: imports, port: 0, tokens: Self.tokens,
                options: EngineOptions(threads: 2)),
            logger: logger)
    }

    deinit { if ownsFolder { try? FileManager.default.removeItem(at: folder) } }

    /// The bundled Huangshi fixtures, its districts included.
    static let fixtures = ImportFiles(
        taxonomy: fixture("skills.csv"), seekers: fixture("seekers.csv"), posts: fixture("posts.csv"),
        districts: fixture("districts.csv"))

    /// A file of the root package's `Fixtures/`.
    static func fixture(_ name: String) -> String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// The service package's folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The index the service answers from.
    var index: MatchIndex { server.service.index }
}

/// Who sends a request.
enum Caller {
    case writer, reader, anonymous, stranger

    var headers: HTTPFields {
        switch self {
        case .writer: [.authorization: "Bearer \(TestService.writerToken)"]
        case .reader: [.authorization: "Bearer \(TestService.readerToken)"]
        case .anonymous: [:]
        case .stranger: [.authorization: "Bearer not-a-token"]
        }
    }
}

extension TestClientProtocol {
    /// Sends `method path` as `caller`, with `body` as JSON (or `contentType`).
    func send(
        _ method: HTTPRequest.Method, _ path: String, as caller: Caller = .writer, json body: String? = nil,
        contentType: String = "application/json"
    ) async throws -> TestResponse {
        var headers = caller.headers
        if body != nil { headers[.contentType] = contentType }
        return try await executeRequest(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body decoded as `type`.
    func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: Data(buffer: body))
    }

    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    /// The `code`s of a problem answer's `problems`.
    var problemCodes: [String] { (object["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }

    /// The `field`s of a problem answer's `problems`.
    var problemFields: [String] { (object["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
}
