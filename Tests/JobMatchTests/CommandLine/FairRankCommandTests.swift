import Foundation
@testable import JobMatch
import Testing

@Suite("jobmatch rank with a fairness constraint")
struct FairRankCommandTests {
    static let fixtures = [
        "--taxonomy", CommandRunner.fixture("skills.csv"), "--seekers", CommandRunner.fixture("seekers.csv"),
        "--posts", CommandRunner.fixture("posts.csv"), "--direction", "seekers", "--top", "10",
    ]

    /// The fixtures' seekers in `group`, read from the seekers file's `groups` column.
    static func members(of group: String) throws -> Set<String> {
        let lines = try String(contentsOfFile: CommandRunner.fixture("seekers.csv"), encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let (id, groups) = (header.firstIndex(of: "id")!, header.firstIndex(of: "groups")!)
        return Set(lines.dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields[groups].split(separator: ";").contains(Substring(group)) ? String(fields[id]) : nil
        })
    }

    /// CSV rows grouped by post, in order.
    static func lists(_ csv: String) -> [String: [[String]]] {
        var lists: [String: [[String]]] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            lists[fields[1], default: []].append(fields)
        }
        return lists
    }

    @Test("--fair-group: every prefix of every post's list holds FA*IR's minimum of the group; rows say who moved up")
    func faIR() throws {
        let result = try CommandRunner.run(["rank"] + Self.fixtures + ["--fair-group", "disabled", "--fair-p", "0.3", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("seeker,post,rank,score,skill,geo,wage,distance_km,bonus,moved_up,ndcg\n"))
        let disabled = try Self.members(of: "disabled")
        let plain = Self.lists(try CommandRunner.run(["rank"] + Self.fixtures + ["--format", "csv"]).standardOutput)
        let fair = Self.lists(result.standardOutput)
        let everyone = Self.lists(try CommandRunner.run(
            ["rank"] + Self.fixtures + ["--top", "2000", "--format", "csv"]).standardOutput)
        #expect(fair.keys.sorted() == plain.keys.sorted())
        let table = try FairnessTable(k: 10, p: 0.3, alpha: 0.1)
        var moved = 0
        for (post, rows) in fair {
            let available = plain[post]!.count
            #expect(rows.count == available)
            // Fewer disabled seekers may be feasible than the table asks for: then all of them are listed.
            let feasible = everyone[post]!.filter { disabled.contains($0[0]) }.count
            var protected = 0
            for (index, row) in rows.enumerated() {
                if disabled.contains(row[0]) { protected += 1 }
                #expect(protected >= min(table.minimumProtected[index], feasible))
                if row[9] == "true" {
                    moved += 1
                    #expect(disabled.contains(row[0]))
                }
            }
            let ndcg = Double(rows[0][10])!
            #expect(ndcg > 0 && ndcg <= 1)
            #expect((ndcg == 1) == (rows.map { $0[0] } == plain[post]!.map { $0[0] }))
        }
        #expect(moved > 0)
    }

    @Test("--fair-shares: each named group holds ⌊share × k⌋ of every prefix k, as JSON Lines")
    func shares() throws {
        let result = try CommandRunner.run(
            ["rank"] + Self.fixtures + ["--fair-shares", "long_unemployed=0.2,graduate=0.3", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try result.standardOutput.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(rows.allSatisfy { $0["moved_up"] is Bool && $0["ndcg"] is Double })
        let (long, graduates) = (try Self.members(of: "long_unemployed"), try Self.members(of: "graduate"))
        let byPost = Dictionary(grouping: rows) { $0["post"] as! String }
        for list in byPost.values {
            let ids = list.sorted { ($0["rank"] as! Int) < ($1["rank"] as! Int) }.map { $0["seeker"] as! String }
            // Counted as the policy counts: a seeker in both counts for the first named group.
            let totalLong = ids.filter { long.contains($0) }.count
            let totalGraduates = ids.filter { graduates.contains($0) && !long.contains($0) }.count
            for k in 1...ids.count {
                let prefix = ids.prefix(k)
                #expect(prefix.filter { long.contains($0) }.count >= min(Int(0.2 * Double(k)), totalLong))
                #expect(prefix.filter { graduates.contains($0) && !long.contains($0) }.count >= min(Int(0.3 * Double(k)), totalGraduates))
            }
        }
    }

    @Test("bad fairness options exit 2 naming the option, before any output", arguments: [
        (["--fair-group", "astronauts"], "--fair-group: unknown group 'astronauts'"),
        (["--fair-group", "disabled", "--fair-p", "1"], "p = 1.0 is out of range"),
        (["--fair-group", "disabled", "--fair-alpha", "0"], "alpha = 0.0 is out of range"),
        (["--fair-p", "0.2"], "--fair-p and --fair-alpha need --fair-group"),
        (["--fair-shares", "disabled=0.6,veteran=0.6"], "more than 1"),
        (["--fair-shares", "disabled"], "expected group=share"),
        (["--fair-shares", "disabled=0.2", "--fair-group", "veteran"], "cannot be combined"),
    ])
    func badOptions(options: [String], message: String) throws {
        let result = try CommandRunner.run(["rank"] + Self.fixtures + options)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("a fairness constraint needs --direction seekers")
    func needsSeekersDirection() throws {
        let result = try CommandRunner.run(["rank"] + Self.fixtures + ["--direction", "posts", "--fair-group", "disabled"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("need --direction seekers"))
    }
}
