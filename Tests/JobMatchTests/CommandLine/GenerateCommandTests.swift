import Foundation
import Testing

@Suite("jobmatch generate and bench")
struct GenerateCommandTests {
    @Test("generated data validates clean, in both formats, and the same seed gives the same bytes",
          arguments: ["csv", "jsonl"])
    func generate(format: String) throws {
        let first = try CommandRunner.temporaryDirectory(), second = try CommandRunner.temporaryDirectory()
        defer { [first, second].forEach { try? FileManager.default.removeItem(at: $0) } }
        for directory in [first, second] {
            let result = try CommandRunner.run(
                ["generate", "--seekers", "300", "--posts", "60", "--seed", "7", "--out", directory.path, "--format", format])
            #expect(result.status == 0, "\(result.standardError)")
        }
        for name in ["skills", "seekers", "posts"] {
            let file = "\(name).\(format)"
            #expect(FileManager.default.contentsEqual(
                atPath: first.appendingPathComponent(file).path, andPath: second.appendingPathComponent(file).path))
        }
        let validate = try CommandRunner.run([
            "validate", "--taxonomy", first.appendingPathComponent("skills.\(format)").path,
            "--seekers", first.appendingPathComponent("seekers.\(format)").path,
            "--posts", first.appendingPathComponent("posts.\(format)").path,
        ])
        #expect(validate.status == 0)
        #expect(validate.standardOutput.contains("seekers.\(format): 300 valid record(s), 0 rejected"))
    }

    @Test("bad usage exits 2; an unwritable folder exits 1")
    func failures() throws {
        #expect(try CommandRunner.run(["generate", "--seekers", "-1", "--posts", "1", "--out", "x"]).status == 2)
        #expect(try CommandRunner.run(["generate", "--seekers", "1", "--posts", "1"]).status == 2)
        let blocked = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: blocked) }
        let file = blocked.appendingPathComponent("not-a-folder")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data())
        let result = try CommandRunner.run(["generate", "--seekers", "1", "--posts", "1", "--out", file.path])
        #expect(result.status == 1)
        #expect(!result.standardError.isEmpty)
    }

    @Test("bench prints one JSON object with the documented fields")
    func bench() throws {
        let result = try CommandRunner.run(["bench", "--seekers", "60", "--posts", "30", "--repeat", "1", "--assignment", "5", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        for key in ["pairs_per_second", "gemm_gflops", "gemm_only_pairs_per_second", "dims", "seeker_density",
                    "peak_rss_bytes", "stages", "assignment"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        for key in ["rank_wall_seconds", "write_rows_per_second", "write_jsonl_rows_per_second", "load_records_per_second",
                    "load_jsonl_records_per_second", "candidate_graph_seconds", "match_wall_seconds",
                    "match_peak_rss_bytes", "rank_peak_rss_bytes"] {
            #expect((object[key] as? Double ?? 0) > 0, "missing \(key)")
        }
        #expect((object["dims"] as? Int ?? 0) > 500)
    }

    @Test("bench --live --no-stages --no-end-to-end times the live index alone")
    func benchLive() throws {
        let result = try CommandRunner.run(["bench", "--seekers", "300", "--posts", "80", "--no-stages", "--no-end-to-end", "--live", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["pairs_per_second"] == nil)
        #expect(object["rank_wall_seconds"] == nil)
        let live = try #require(object["live"] as? [String: Any])
        for key in ["seeker_query_p50_us", "seeker_query_p99_us", "post_query_p50_us", "post_query_p99_us",
                    "post_upsert_p99_us", "seeker_query_p99_us_under_writes", "index_build_seconds"] {
            #expect((live[key] as? Double ?? 0) > 0, "missing \(key)")
        }
    }
}
