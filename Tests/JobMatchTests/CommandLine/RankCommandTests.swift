import Foundation
import Testing

@Suite("jobmatch rank")
struct RankCommandTests {
    static let example = [
        "--taxonomy", CommandRunner.fixture("worked-example/skills.csv"),
        "--seekers", CommandRunner.fixture("worked-example/seekers.csv"),
        "--posts", CommandRunner.fixture("worked-example/posts.csv"),
    ]

    @Test("CSV rows match the worked example, with the header of FORMATS.md")
    func csvRows() throws {
        let result = try CommandRunner.run(["rank"] + Self.example + ["--format", "csv"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            seeker,post,rank,score,skill,geo,wage,distance_km,bonus
            S1,P1,1,0.821732,0.750000,0.945403,0.902545,2.4230,0.000000
            S1,P2,2,0.323813,0.333333,0.336387,0.264775,7.2686,0.000000
            S2,P2,1,0.540844,0.083333,0.999662,0.939523,1.1105,0.100000

            """)
    }

    @Test("the seekers direction lists the best seekers for each post, as JSON Lines")
    func seekersDirection() throws {
        let result = try CommandRunner.run(["rank"] + Self.example + ["--direction", "seekers", "--format", "jsonl", "--top", "1"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix(#"{"seeker":"S1","post":"P1","rank":1,"score":0.821732"#))
        #expect(rows[1].hasPrefix(#"{"seeker":"S2","post":"P2","rank":1,"score":0.540844"#))
    }

    @Test("a table aligns columns")
    func table() throws {
        let result = try CommandRunner.run(["rank"] + Self.example)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("seeker  post  rank") == true)
        #expect(lines.count == 5)
    }

    @Test("--output writes the file whole; the format follows its extension")
    func outputFile() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("top.jsonl").path
        let result = try CommandRunner.run(["rank"] + Self.example + ["--output", path])
        #expect(result.status == 0 && result.standardOutput.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 3 && written.hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["top.jsonl"])
    }

    @Test("a configuration file and flags override parameters; bad ones exit 2")
    func configuration() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("scoring.json")
        try #"{"weights": {"skill": 1, "geo": 0, "wage": 0}, "bonus": {"red": 0}}"#.write(to: config, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["rank"] + Self.example + ["--config", config.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("S1,P1,1,0.750000,"))
        #expect(result.standardOutput.contains("S2,P2,1,0.083333,"))

        let flags = try CommandRunner.run(
            ["rank"] + Self.example + ["--config", config.path, "--w-skill", "0.5", "--w-geo", "0.5", "--format", "csv"])
        #expect(flags.status == 0)
        #expect(flags.standardOutput.contains("S1,P1,1,0.847701,"))

        try #"{"wieghts": {}}"#.write(to: config, atomically: true, encoding: .utf8)
        let typo = try CommandRunner.run(["rank"] + Self.example + ["--config", config.path])
        #expect(typo.status == 2)
        #expect(typo.standardError.contains("unknown parameter 'wieghts'"))

        let unbalanced = try CommandRunner.run(["rank"] + Self.example + ["--w-skill", "0.9"])
        #expect(unbalanced.status == 2)
        #expect(unbalanced.standardError.contains("weights summing to 1"))
    }

    @Test("bad usage exits 2 with a message", arguments: [
        ["rank", "--top", "0"], ["rank", "--direction", "sideways"], ["frobnicate"], ["rank", "--format", "xml"],
    ])
    func badUsage(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments + Self.example)
        #expect(result.status == 2)
        #expect(!result.standardError.isEmpty)
        #expect(result.standardOutput.isEmpty)
    }

    @Test("an output that cannot be written exits 1 and leaves nothing behind")
    func unwritableOutput() throws {
        let result = try CommandRunner.run(["rank"] + Self.example + ["--output", "/nonexistent-folder/out.csv"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent-folder/out.csv"))
    }
}
