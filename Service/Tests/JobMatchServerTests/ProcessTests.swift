import AsyncHTTPClient
import Foundation
@testable import JobMatch
import Testing

/// The real binary: every acknowledged write survives `kill -9`, and
/// SIGTERM answers every request under way before the process exits 0.
@Suite("The service as a process", .serialized)
struct ProcessTests {
    @Test func everyAcknowledgedWriteSurvivesKillNine() async throws {
        let folder = try StoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.sqlite").path
        let first = try ServerProcess(["--store", store, "--taxonomy", TestService.fixture("skills.csv")], folder: folder)
        let client = HTTPClient.shared
        var acknowledged: [String: String] = [:]
        do {
            try await withThrowingTaskGroup(of: [(String, String)].self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        var done: [(String, String)] = []
                        for index in 0..<15 {
                            let id = "K\(writer)-\(index)"
                            let answer = try await first.request(.PUT, "/v1/posts/\(id)", json: EndpointTests.post, with: client)
                            if answer.status == 201 { done.append((id, answer.text)) }
                        }
                        return done
                    }
                }
                for try await done in group { for (id, text) in done { acknowledged[id] = text } }
            }
            first.send(SIGKILL)
            _ = first.waitForExit()
            #expect(acknowledged.count == 60)

            let second = try ServerProcess(["--store", store], folder: folder)
            for (id, text) in acknowledged {
                let answer = try await second.request(.GET, "/v1/posts/\(id)", with: client)
                #expect(answer.status == 200 && answer.text == text, "\(id)")
            }
            second.send(SIGTERM)
            #expect(second.waitForExit() == 0)
        } catch {
            first.send(SIGKILL)
            throw error
        }
    }

    @Test func aBadDistrictsFileExitsTwo() throws {
        let folder = try StoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let districts = folder.appendingPathComponent("districts.csv")
        try "id,name,name_zh,lat,lon\nxialu,,下陆区,30.172,114.972\n".write(to: districts, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServerProcess.binary)
        process.arguments = [
            "--store", folder.appendingPathComponent("store.sqlite").path, "--districts", districts.path, "--port", "0", "--no-auth",
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("districts.csv:2: field 'name'") && text.contains("nothing was imported"), "\(text)")
    }

    @Test func sigtermAnswersEveryRequestUnderWay() async throws {
        let folder = try StoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServerProcess(
            ["--store", folder.appendingPathComponent("store.sqlite").path, "--taxonomy", TestService.fixture("skills.csv"),
             "--seekers", TestService.fixture("seekers.csv"), "--posts", TestService.fixture("posts.csv")],
            folder: folder)
        // A connection a request, so that every request is on its way before the signal, none waiting in the client.
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            try await Self.sendAndStop(server, with: client)
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    private static func sendAndStop(_ server: ServerProcess, with client: HTTPClient) async throws {
        let bulk = (0..<3_000).map { #"{"id": "G\#($0)", "# + EndpointTests.post.dropFirst() }.joined(separator: "\n")
        let started = Shared(false)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for call in 0..<30 {
                group.addTask {
                    let answer = call.isMultiple(of: 10)
                        ? try await server.request(.POST, "/v1/posts/bulk", json: bulk, contentType: "application/x-ndjson", with: client)
                        : try await server.request(.GET, "/v1/posts/P\(String(format: "%05d", call + 1))/matches?top=20", with: client)
                    started.set(true)
                    return answer.status
                }
            }
            // Once the first answer is back, and a moment more, every request has been sent; stop while the rest run.
            while !started.value { try await Task.sleep(for: .milliseconds(5)) }
            try await Task.sleep(for: .milliseconds(200))
            server.send(SIGTERM)
            var statuses: [Int] = []
            for try await status in group { statuses.append(status) }
            return statuses
        }
        #expect(statuses.count == 30 && statuses.allSatisfy { $0 == 200 }, "\(statuses)")
        #expect(server.waitForExit() == 0, "\(server.logText.suffix(2_000))")
    }
}
