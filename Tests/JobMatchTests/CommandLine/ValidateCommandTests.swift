import Foundation
import Testing

@Suite("jobmatch validate")
struct ValidateCommandTests {
    @Test("clean data exits 0 with a summary")
    func clean() throws {
        let result = try CommandRunner.run(["validate"] + RankCommandTests.example)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("clean\n"))
        #expect(result.standardOutput.contains("seekers.csv: 3 valid record(s), 0 rejected"))
    }

    @Test("every problem is reported with file, line and field, and the exit status is 2")
    func everyProblem() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let seekers = directory.appendingPathComponent("seekers.csv")
        try """
            id,lat,lon,skills,max_commute_km
            A,95,114.9,welding:5,10
            B,30.1,114.9,juggling:2,10
            A,30.1,114.9,welding:9,-3

            """.write(to: seekers, atomically: true, encoding: .utf8)
        let arguments = [
            "--taxonomy", CommandRunner.fixture("worked-example/skills.csv"),
            "--seekers", seekers.path, "--posts", CommandRunner.fixture("worked-example/posts.csv"),
        ]
        let result = try CommandRunner.run(["validate"] + arguments)
        #expect(result.status == 2)
        let output = result.standardOutput
        #expect(output.contains("seekers.csv:2: field 'lat' '95"))
        #expect(output.contains("seekers.csv:3: field 'skills' 'juggling'"))
        #expect(output.contains("seekers.csv:4:") && output.contains("[duplicate-id]"))
        #expect(output.contains("[level-out-of-range]") && output.contains("[out-of-range]"))

        let rank = try CommandRunner.run(["rank"] + arguments)
        #expect(rank.status == 2)
        #expect(rank.standardOutput.isEmpty)
        #expect(rank.standardError.contains("seekers.csv:2: field 'lat'"))

        let rejects = directory.appendingPathComponent("rejects.csv").path
        let skipped = try CommandRunner.run(["rank"] + arguments + ["--skip-invalid", "--rejects", rejects, "--format", "csv"])
        #expect(skipped.status == 0)
        #expect(skipped.standardError.contains("skipped 3 invalid record(s)"))
        let listed = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(listed.hasPrefix("file,line,id,field,code,problem\n"))
        #expect(listed.contains(",2,A,lat,out-of-range,"))
    }
}
