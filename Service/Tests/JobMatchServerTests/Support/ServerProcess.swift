import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The `jobmatch-server` binary run as a user runs it, on a free port.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let log: URL
    private(set) var port = 0

    /// The binary SwiftPM built beside the tests.
    static let binary = TestService.packageRoot.appendingPathComponent(".build/debug/jobmatch-server").path

    /// Starts the server with `arguments` (besides `--port 0 --no-auth`)
    /// and waits until it listens.
    init(_ arguments: [String], folder: URL) throws {
        log = folder.appendingPathComponent("server-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments + ["--port", "0", "--no-auth"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while port == 0 {
            guard process.isRunning, Date() < deadline else { throw ServerFailure.didNotStart(logText) }
            if let line = logText.split(separator: "\n").first(where: { $0.contains("listening on 127.0.0.1:") }),
               let number = line.split(separator: ":").last.flatMap({ Int($0) }) {
                port = number
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Sends `signal` to the server.
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the server to exit; returns its status.
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `method path` with `body` as JSON; the status and the body's text.
    func request(_ method: HTTPMethod, _ path: String, json body: String? = nil, contentType: String = "application/json",
                 with client: HTTPClient) async throws -> (status: Int, text: String) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        return (Int(response.status.code), String(buffer: bytes))
    }

    enum ServerFailure: Error {
        case didNotStart(String)
    }
}
