import Foundation
import Testing

@Suite("Interrupted runs")
struct InterruptionTests {
    @Test("an interrupted rank leaves no partial file and keeps the existing one")
    func interruptedRank() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = try CommandRunner.run(
            ["generate", "--seekers", "40000", "--posts", "3000", "--out", directory.path])
        #expect(generated.status == 0)
        let output = directory.appendingPathComponent("ranking.csv")
        try "previous good file\n".write(to: output, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = [
            "rank", "--taxonomy", directory.appendingPathComponent("skills.csv").path,
            "--seekers", directory.appendingPathComponent("seekers.csv").path,
            "--posts", directory.appendingPathComponent("posts.csv").path, "--output", output.path,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The run is under way once its temporary file exists: rank stages its output before
        // reading the input, and a staged file is registered for removal as it is created.
        let isUnderWay = try Self.wait(atMost: 120, while: process.isRunning) {
            try FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.hasSuffix(".partial") }
        }
        process.interrupt()
        process.waitUntilExit()

        try #require(isUnderWay, "no temporary file appeared")
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == before)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous good file\n")
    }

    /// Polls `condition` every millisecond until it holds, for up to
    /// `seconds` and while `isWaiting` holds.
    private static func wait(
        atMost seconds: Double, while isWaiting: @autoclosure () -> Bool, until condition: () throws -> Bool
    ) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, isWaiting() {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.001)
        }
        return false
    }
}
