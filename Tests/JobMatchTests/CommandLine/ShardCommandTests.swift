import Foundation
@testable import JobMatch
@testable import JobMatchModel
import Testing

/// Sharded runs (`rank --shard`, `merge`, `candidates`, `match --graph`)
/// write byte for byte what one run writes.
@Suite("Sharded commands")
struct ShardCommandTests {
    /// A random instance with ties written as files; the input options for it.
    static func files(seed: UInt64) throws -> (directory: URL, input: [String]) {
        let instance = RandomInstance(seed: seed, seekers: 120, posts: 40)
        let directory = try CommandRunner.temporaryDirectory()
        func write<Record: RecordEncodable>(_ records: [Record], _ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try StagedTextFile(writing: records, to: url, format: .csv).moveIntoPlace()
            return url.path
        }
        return (directory, [
            "--taxonomy", try write(instance.taxonomy.skills, "skills.csv"), "--seekers", try write(instance.seekers, "seekers.csv"),
            "--posts", try write(instance.posts, "posts.csv"),
        ])
    }

    static func read(_ path: URL) throws -> Data { try Data(contentsOf: path) }

    @Test(arguments: [1, 2, 3, 7], [("posts", "csv"), ("seekers", "csv"), ("posts", "jsonl"), ("seekers", "jsonl")])
    func rankMergeEqualsOneRun(count: Int, run: (direction: String, format: String)) throws {
        let (directory, input) = try Self.files(seed: 91)
        let options = ["--direction", run.direction, "--top", "4", "--format", run.format]
        let single = directory.appendingPathComponent("single.\(run.format)")
        #expect(try CommandRunner.run(["rank"] + input + options + ["--output", single.path]).status == 0)
        var parts: [String] = []
        for index in 0..<count {
            let part = directory.appendingPathComponent("part\(index).\(run.format)").path
            let result = try CommandRunner.run(["rank"] + input + options + ["--shard", "\(index)/\(count)", "--output", part])
            #expect(result.status == 0, "\(result.standardError)")
            parts.append(part)
        }
        let merged = directory.appendingPathComponent("merged.\(run.format)")
        let result = try CommandRunner.run(
            ["merge"] + input + ["--direction", run.direction, "--top", "4", "--output", merged.path] + parts.reversed())
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Self.read(merged) == Self.read(single))
    }

    @Test(arguments: [1, 3], AssignmentMode.allCases)
    func matchFromPartsEqualsOneRun(count: Int, mode: AssignmentMode) throws {
        let (directory, input) = try Self.files(seed: 92)
        let single = directory.appendingPathComponent("single.csv"), singleSummary = directory.appendingPathComponent("single.json")
        #expect(try CommandRunner.run(
            ["match"] + input + ["--mode", mode.rawValue, "--candidates", "3", "--output", single.path, "--summary", singleSummary.path]
        ).status == 0)
        let parts = try (0..<count).map { index in
            let part = directory.appendingPathComponent("part\(index).jmgraph").path
            let result = try CommandRunner.run(["candidates"] + input + ["--shard", "\(index)/\(count)", "--candidates", "3", "--output", part])
            #expect(result.status == 0, "\(result.standardError)")
            return part
        }
        let merged = directory.appendingPathComponent("merged.csv"), summary = directory.appendingPathComponent("merged.json")
        let result = try CommandRunner.run(
            ["match"] + input + ["--mode", mode.rawValue, "--output", merged.path, "--summary", summary.path, "--graph"] + parts)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Self.read(merged) == Self.read(single))
        #expect(try Self.read(summary) == Self.read(singleSummary))
    }

    @Test("bad parts exit 2 naming the part and writing nothing")
    func badParts() throws {
        let (directory, input) = try Self.files(seed: 93)
        let part = directory.appendingPathComponent("part0.csv").path
        #expect(try CommandRunner.run(["rank"] + input + ["--shard", "0/2", "--output", part]).status == 0)
        let merged = directory.appendingPathComponent("merged.csv")
        // A plain ranking is not a shard's: it has no exact scores.
        let plain = directory.appendingPathComponent("plain.csv").path
        #expect(try CommandRunner.run(["rank"] + input + ["--output", plain]).status == 0)
        let result = try CommandRunner.run(["merge"] + input + ["--direction", "posts", "--top", "10", "--output", merged.path, plain])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(plain):1: not the header of a shard's ranking"))
        #expect(!FileManager.default.fileExists(atPath: merged.path))
        // The same part twice: its seekers would be listed twice.
        let twice = try CommandRunner.run(["merge"] + input + ["--direction", "posts", "--top", "10", "--output", merged.path, part, part])
        #expect(twice.status == 2 && twice.standardError.contains("is in two parts"))
        let graphPart = directory.appendingPathComponent("g0.jmgraph").path
        #expect(try CommandRunner.run(["candidates"] + input + ["--shard", "0/2", "--output", graphPart]).status == 0)
        let missing = try CommandRunner.run(["match"] + input + ["--mode", "greedy", "--output", merged.path, "--graph", graphPart])
        #expect(missing.status == 2 && missing.standardError.contains("no part for shard 1/2"))
        #expect(!FileManager.default.fileExists(atPath: merged.path))
        let table = try CommandRunner.run(["rank"] + input + ["--shard", "0/2", "--format", "table"])
        #expect(table.status == 2 && table.standardError.contains("--shard writes csv or jsonl"))
    }
}
