import Foundation
import Testing

@Suite("jobmatch explain")
struct ExplainCommandTests {
    @Test("text shows each requirement's credit and the parts")
    func text() throws {
        let result = try CommandRunner.run(["explain"] + RankCommandTests.example + ["--seeker", "S1", "--post", "P1"])
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.contains("feasible"))
        #expect(output.contains("welding"))
        #expect(output.contains("score     0.821732"))
        #expect(output.contains("distance 2.4230 km"))
    }

    @Test("an infeasible pair lists every broken rule")
    func infeasible() throws {
        let result = try CommandRunner.run(["explain"] + RankCommandTests.example + ["--seeker", "S3", "--post", "P1"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("infeasible:"))
        #expect(result.standardOutput.contains("mandatory-requirement: mandatory welding ≥ 4, has 0"))
        #expect(result.standardOutput.contains("distance: commute 17.03 km > 5 km"))
    }

    @Test("JSON is one object with every part")
    func json() throws {
        let result = try CommandRunner.run(
            ["explain"] + RankCommandTests.example + ["--seeker", "S2", "--post", "P2", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["feasible"] as? Bool == true)
        #expect(abs((object["score"] as? Double ?? 0) - 0.540844) < 1e-9)
        #expect((object["requirements"] as? [Any])?.count == 2)
        #expect(abs((object["bonus"] as? Double ?? 0) - 0.1) < 1e-12)
    }

    @Test("an unknown seeker id exits 2 naming the file, the id and the code not-found")
    func unknownSeeker() throws {
        let result = try CommandRunner.run(["explain"] + RankCommandTests.example + ["--seeker", "S9", "--post", "P1"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("seekers.csv: no seeker with id 'S9' [not-found]"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("an unknown post id exits 2 naming the file, the id and the code not-found")
    func unknownPost() throws {
        let result = try CommandRunner.run(["explain"] + RankCommandTests.example + ["--seeker", "S1", "--post", "P9"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("posts.csv: no post with id 'P9' [not-found]"))
        #expect(!result.standardError.contains("missing-field"))
        #expect(result.standardOutput.isEmpty)
    }
}
