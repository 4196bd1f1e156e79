import Foundation
import Testing

@Suite("Bad input through the command line")
struct BadInputCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let content: [UInt8]
        let expected: String
        var testDescription: String { name }

        init(_ name: String, file: String, bytes: [UInt8], expecting expected: String) {
            self.name = name
            self.file = file
            self.content = bytes
            self.expected = expected
        }

        /// A case whose file is `file` holding `content`.
        static func text(_ name: String, in file: String = "seekers.csv", _ content: String, _ expected: String) -> Case {
            Case(name, file: file, bytes: Array(content.utf8), expecting: expected)
        }
    }

    static let header = "id,lat,lon,skills,max_commute_km,expected_monthly,accepts,groups,warning,available_from,available_until\n"

    static let invalidUTF8: [UInt8] = {
        var bytes = Array(header.utf8)
        bytes += [0x53, 0xFF, 0x31]
        bytes += Array(",30,115,,,,,,,,\n".utf8)
        return bytes
    }()

    static let cases: [Case] = [
        .text("missing required column", "id,lat\nS1,30\n", "seekers.csv:1: field 'lon'"),
        .text("unknown skill id", "\(header)S1,30,115,juggling:2,,,,,,,\n", "seekers.csv:2: field 'skills' 'juggling'"),
        .text("level above max_level", "\(header)S1,30,115,welding:9,,,,,,,\n", "[level-out-of-range]"),
        .text("latitude out of range", "\(header)S1,91,115,,,,,,,,\n", "seekers.csv:2: field 'lat' '91"),
        .text("NaN", "\(header)S1,NaN,115,,,,,,,,\n", "[not-finite]"),
        .text("infinite number", "\(header)S1,30,115,,inf,,,,,,\n", "[not-finite]"),
        .text("negative wage", "\(header)S1,30,115,,,-5,,,,,\n", "field 'expected_monthly'"),
        .text("duplicate id", "\(header)S1,30,115,,,,,,,,\nS1,30,115,,,,,,,,\n", "seekers.csv:3:"),
        .text("malformed list", "\(header)S1,30,115,welding:;;,,,,,,,\n", "field 'skills'"),
        .text("bad date", "\(header)S1,30,115,,,,,,,2026-02-30,\n", "[bad-date]"),
        .text("window ending before it starts", "\(header)S1,30,115,,,,,,,2026-03-02,2026-02-27\n", "[window-inverted]"),
        .text("unknown work type", "\(header)S1,30,115,,,,farming,,,,\n", "[unknown-work-type]"),
        .text("unknown key group", "\(header)S1,30,115,,,,,pirate,,,\n", "[unknown-key-group]"),
        .text("unknown warning level", "\(header)S1,30,115,,,,,,purple,,\n", "[unknown-warning]"),
        .text("empty file", "", "[empty-file]"),
        .text("header only", "\(header)", "[no-records]"),
        .text("unterminated quote", "\(header)S1,\"30,115,,,,,,,,\n", "[unterminated-quote]"),
        Case("invalid UTF-8", file: "seekers.csv", bytes: invalidUTF8, expecting: "[invalid-utf8]"),
        .text("very long line", "\(header)S1,30,115,\(String(repeating: "x", count: 1_100_000)),,,,,,,\n", "[line-too-long]"),
        .text("wage_min above wage_max", in: "posts.csv",
             "id,employer,lat,lon,wage_min,wage_max\nP1,E1,30,115,5000,4000\n", "[wage-range-inverted]"),
        .text("malformed requirement", in: "posts.csv",
             "id,employer,lat,lon,wage_min,wage_max,requirements\nP1,E1,30,115,1,2,welding:4:3:urgent\n", "field 'requirements'"),
        .text("JSON Lines: not an object", in: "seekers.jsonl", "[1,2]\n", "seekers.jsonl:1:"),
        .text("JSON Lines: wrong type", in: "seekers.jsonl", "{\"id\":\"S1\",\"lat\":\"30\",\"lon\":115}\n", "[wrong-type]"),
        // What an id may be (IdentifierRule): each broken rule, with the whole line.
        .text("id with a control character", "\(header)S\u{1}1,30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' 'S\\u{1}1': expected an id without control characters [id-control-character]"),
        .text("id with a Greek question mark", "\(header)S\u{37E}1,30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' 'S\u{37E}1': expected an id without ';', ':' or ',' (or a character equivalent to one) [id-separator]"),
        .text("id with a colon", in: "posts.csv", "id,employer,lat,lon,wage_min,wage_max\nP:1,E1,30,115,1,2\n",
              "posts.csv:2: field 'id' 'P:1': expected an id without ';', ':' or ',' (or a character equivalent to one) [id-separator]"),
        .text("id with a leading space", "\(header)\" S1\",30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' ' S1': expected an id without white space at either end [id-surrounding-space]"),
        .text("id starting with a combining mark", "\(header)\u{301}S1,30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' '\u{301}S1': expected an id that does not start with a combining mark [id-leading-mark]"),
        .text("id not in NFC", "\(header)Se\u{301},30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' 'Se\u{301}': expected an id in Unicode Normalization Form C [id-not-normalized]"),
        .text("id too long", "\(header)\(String(repeating: "S", count: 300)),30,115,,,,,,,,\n",
              "seekers.csv:2: field 'id' '\(String(repeating: "S", count: 39))…': expected an id of at most 256 bytes of UTF-8 [id-too-long]"),
        .text("employer with a control character", in: "posts.csv", "id,employer,lat,lon,wage_min,wage_max\nP1,E\u{1B},30,115,1,2\n",
              "posts.csv:2: field 'employer' 'E\\u{1B}': expected an id without control characters [id-control-character]"),
        // The fuzz input of Fuzz/Regressions/skills/greek-question-mark.txt as a seeker's skills.
        .text("skill id the fuzzer found", "\(header)S1,30,115,wligenull99991e9\(String(repeating: "\t", count: 17))\u{1}96h0ue\u{37E}pcb_assembly:-0,,,,,,,\n",
              "seekers.csv:2: field 'skills' 'wligenull99991e9\\u{9}\\u{9}\\u{9}\\u{9}\\u{…': expected an id without control characters [id-control-character]"),
    ]

    @Test("validate and rank name file, line, field and code, and exit 2", arguments: cases)
    func badInput(_ test: Case) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent(test.file)
        _ = FileManager.default.createFile(atPath: bad.path, contents: Data(test.content))
        let isPosts = test.file.hasPrefix("posts")
        let arguments = [
            "--taxonomy", CommandRunner.fixture("worked-example/skills.csv"),
            "--seekers", isPosts ? CommandRunner.fixture("worked-example/seekers.csv") : bad.path,
            "--posts", isPosts ? bad.path : CommandRunner.fixture("worked-example/posts.csv"),
        ]
        let validate = try CommandRunner.run(["validate"] + arguments)
        #expect(validate.status == 2)
        #expect(validate.standardOutput.contains(test.expected), "\(validate.standardOutput)")

        let output = directory.appendingPathComponent("out.csv").path
        let rank = try CommandRunner.run(["rank"] + arguments + ["--output", output])
        #expect(rank.status == 2)
        #expect(rank.standardError.contains(test.expected))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
