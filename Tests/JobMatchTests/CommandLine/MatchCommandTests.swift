import Foundation
import Testing

@Suite("jobmatch match")
struct MatchCommandTests {
    static let fixtures = [
        "--taxonomy", CommandRunner.fixture("skills.csv"), "--seekers", CommandRunner.fixture("seekers.csv"),
        "--posts", CommandRunner.fixture("posts.csv"),
    ]

    /// Runs a mode on the fixtures and returns its rows and summary.
    static func match(_ mode: String, candidates: String = "20") throws -> (rows: [[String]], summary: [String: Any]) {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = directory.appendingPathComponent("rows.csv"), summary = directory.appendingPathComponent("summary.json")
        let result = try CommandRunner.run(
            ["match"] + fixtures + ["--mode", mode, "--candidates", candidates, "--output", rows.path, "--summary", summary.path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try String(contentsOf: rows, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines.first == ["seeker", "post", "score"])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any] ?? [:]
        return (Array(lines.dropFirst()), object)
    }

    @Test("every mode places each seeker once, within openings, and its summary adds up",
          arguments: ["optimal", "stable", "greedy"])
    func modes(_ mode: String) throws {
        let (rows, summary) = try Self.match(mode)
        #expect(!rows.isEmpty)
        #expect(Set(rows.map { $0[0] }).count == rows.count)
        let openings = try Self.openings()
        for (post, count) in Dictionary(grouping: rows, by: { $0[1] }).mapValues(\.count) {
            #expect(count <= openings[post, default: 0], "\(post)")
        }
        #expect(summary["placements"] as? Int == rows.count)
        let total = rows.reduce(0.0) { $0 + Double($1[2])! }
        #expect(abs((summary["total_score"] as? Double ?? 0) - total) < 1e-3)
        let pool = summary["shared_pool"] as? [String: Any]
        #expect((pool?["subsidy"] as? Double) == Double(pool?["placements"] as? Int ?? -1) * 1000)
    }

    @Test("optimal scores at least as much as greedy and stable")
    func optimalIsBest() throws {
        let totals = try ["optimal", "stable", "greedy"].map { try Self.match($0).summary["total_score"] as? Double ?? 0 }
        #expect(totals[0] >= totals[1] - 1e-6 && totals[0] >= totals[2] - 1e-6)
    }

    @Test("the worked example with every feasible pair: S1 to P1, S2 to P2")
    func workedExample() throws {
        let result = try CommandRunner.run(
            ["match"] + RankCommandTests.example + ["--mode", "optimal", "--candidates", "all", "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            {"seeker":"S1","post":"P1","score":0.821732}
            {"seeker":"S2","post":"P2","score":0.540844}

            """)
    }

    @Test("bad usage exits 2", arguments: [["--mode", "fastest"], ["--mode", "optimal", "--candidates", "none"], []])
    func badUsage(_ arguments: [String]) throws {
        let result = try CommandRunner.run(["match"] + RankCommandTests.example + arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
    }

    private static func openings() throws -> [String: Int] {
        let text = try String(contentsOfFile: CommandRunner.fixture("posts.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n")
        let header = rows[0].split(separator: ",", omittingEmptySubsequences: false)
        let column = try #require(header.firstIndex(of: "openings"))
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return (String(fields[0]), Int(fields[column]) ?? 1)
        })
    }
}
