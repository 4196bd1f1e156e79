import Foundation
import Testing

@Suite("jobmatch report")
struct ReportCommandTests {
    /// `report` on the fixtures with the districts and the planned project,
    /// as README shows it, except for a smaller candidate list.
    static let arguments = MatchCommandTests.fixtures + [
        "--districts", CommandRunner.fixture("districts.csv"), "--planned", CommandRunner.fixture("planned.csv"),
        "--mode", "optimal", "--candidates", "20", "--trainees", "40",
    ]

    @Test("the page, the JSON and the upgraded seekers; a fresh match agrees with every placement count")
    func reportAgreesWithMatch() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html"), json = directory.appendingPathComponent("report.json")
        let result = try CommandRunner.run(["report"] + Self.arguments + ["--output", page.path, "--json", json.path])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("id=\"chart-what-if-groups\""))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any] ?? [:]
        let overview = report["overview"] as? [String: Any] ?? [:]
        let training = report["training"] as? [String: Any] ?? [:]
        let whatIf = report["what_if"] as? [String: Any] ?? [:]
        let upgraded = directory.appendingPathComponent("report.upgraded-seekers.csv")
        #expect(training["upgraded_seekers"] as? String == upgraded.path)

        // The assignment the report starts from is `jobmatch match`'s.
        let placements = try Self.placements(seekers: CommandRunner.fixture("seekers.csv"), posts: CommandRunner.fixture("posts.csv"))
        #expect(overview["placements"] as? Int == placements)
        #expect(training["placements_before"] as? Int == placements)
        #expect(whatIf["placements_before"] as? Int == placements)

        // Anyone can check the training plan: match the upgraded seekers.
        let trained = try Self.placements(seekers: upgraded.path, posts: CommandRunner.fixture("posts.csv"))
        #expect(training["placements_after"] as? Int == trained)
        #expect(trained > placements)

        // And the what-if: match against the posts and the planned posts.
        let combined = directory.appendingPathComponent("posts-and-planned.csv")
        let planned = try String(contentsOfFile: CommandRunner.fixture("planned.csv"), encoding: .utf8)
        try (String(contentsOfFile: CommandRunner.fixture("posts.csv"), encoding: .utf8)
            + planned.drop { $0 != "\n" }.dropFirst()).write(to: combined, atomically: true, encoding: .utf8)
        let withPlanned = try Self.placements(seekers: CommandRunner.fixture("seekers.csv"), posts: combined.path)
        #expect(whatIf["placements_after"] as? Int == withPlanned)
        #expect((whatIf["newly_placed"] as? [String])?.isEmpty == false)
    }

    @Test("a bad planned post stops the report before it writes anything, naming file, line and field")
    func badPlannedPost() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planned = directory.appendingPathComponent("planned.csv")
        var lines = try String(contentsOfFile: CommandRunner.fixture("planned.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: ",fulltime,", with: ",fulltime-ish,")
        try lines.joined(separator: "\n").write(to: planned, atomically: true, encoding: .utf8)
        let page = directory.appendingPathComponent("report.html"), json = directory.appendingPathComponent("report.json")
        let result = try CommandRunner.run(
            ["report"] + MatchCommandTests.fixtures
                + ["--planned", planned.path, "--output", page.path, "--json", json.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(planned.path):4"), "\(result.standardError)")
        #expect(result.standardError.contains("type"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["planned.csv"])
    }

    @Test("bad usage exits 2", arguments: [["--circles", "1,0"], ["--circles", "x"], ["--trainees", "-1"], ["--candidates", "0"]])
    func badUsage(_ extra: [String]) throws {
        let result = try CommandRunner.run(["report"] + MatchCommandTests.fixtures + ["--output", "/dev/null"] + extra)
        #expect(result.status == 2, "\(result.standardError)")
    }

    /// The placements of `jobmatch match` in the report's mode and candidates.
    private static func placements(seekers: String, posts: String) throws -> Int {
        let result = try CommandRunner.run([
            "match", "--taxonomy", CommandRunner.fixture("skills.csv"), "--seekers", seekers, "--posts", posts,
            "--mode", "optimal", "--candidates", "20", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\n").count - 1
    }
}
