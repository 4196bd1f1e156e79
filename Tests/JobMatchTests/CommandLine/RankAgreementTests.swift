import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("jobmatch rank agrees with the reference")
struct RankAgreementTests {
    /// Writes `records` as one file in `format`.
    static func write<Record: RecordEncodable>(_ records: [Record], to url: URL, format: RecordFileFormat) throws {
        var text = RecordEncoding.header(for: Record.self, in: format) ?? ""
        for record in records { RecordEncoding.appendLine(record, in: format, to: &text) }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Reads rows of `seeker, post, rank, score, …` from CSV or JSON Lines output.
    static func rows(_ output: String, format: String) throws -> [(seeker: String, post: String, score: Double)] {
        let lines = output.split(separator: "\n").map(String.init)
        if format == "csv" {
            return lines.dropFirst().map { line in
                let fields = line.split(separator: ",").map(String.init)
                return (fields[0], fields[1], Double(fields[3])!)
            }
        }
        return try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["seeker"] as! String, object["post"] as! String, object["score"] as! Double)
        }
    }

    @Test("on random data, both directions, both file formats in and out", arguments: [
        (RecordFileFormat.csv, "jsonl"), (.jsonl, "csv"),
    ])
    func randomData(input: RecordFileFormat, output: String) throws {
        let instance = RandomInstance(seed: 17, seekers: 120, posts: 70)
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = ["skills", "seekers", "posts"].map { directory.appendingPathComponent("\($0).\(input.fileExtension)") }
        try Self.write(instance.taxonomy.skills, to: files[0], format: input)
        try Self.write(instance.seekers, to: files[1], format: input)
        try Self.write(instance.posts, to: files[2], format: input)

        for direction in RankingDirection.allCases {
            let result = try CommandRunner.run([
                "rank", "--taxonomy", files[0].path, "--seekers", files[1].path, "--posts", files[2].path,
                "--top", "4", "--direction", direction.rawValue, "--format", output,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            let expected = ReferenceRanking.rank(
                seekers: instance.seekers, posts: instance.posts, taxonomy: instance.taxonomy, direction: direction, top: 4)
            let owners = direction == .posts ? instance.seekers.map(\.id) : instance.posts.map(\.id)
            let wanted = zip(owners, expected).flatMap { owner, list in
                list.map { direction == .posts ? (owner, $0.id, $0.score) : ($0.id, owner, $0.score) }
            }
            let got = try Self.rows(result.standardOutput, format: output)
            #expect(got.map { "\($0.seeker)|\($0.post)" } == wanted.map { "\($0.0)|\($0.1)" })
            for (row, want) in zip(got, wanted) { #expect(abs(row.score - want.2) <= 5e-7) }
        }
    }
}
