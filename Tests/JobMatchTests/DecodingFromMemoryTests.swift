import Foundation
@testable import JobMatch
@testable import JobMatchModel
import Testing

/// Records from bytes and strings: the same checks and problems as files.
struct DecodingFromMemoryTests {
    /// Every bad-value case of the file tests, loaded from bytes in memory,
    /// gives what loading the same text from a file gives, but for the name.
    @Test(arguments: BadValueCase.all)
    func bytesLoadAsFilesDo(_ testCase: BadValueCase) throws {
        let directory = try TemporaryDirectory()
        let text = fileText(kind: testCase.kind, format: testCase.format, records: [
            ("good1", [:]), ("bad", testCase.overrides), ("good2", [:]),
        ])
        let path = try directory.write("records.\(testCase.format.rawValue)", text)
        let fromFile = LoadOutcome(kind: testCase.kind, path: path)
        let bytes = Array(text.utf8)
        let fromBytes = switch testCase.kind {
        case .skill: LoadOutcome(InputLoader.loadTaxonomy(bytes: bytes, format: testCase.format.recordFormat, name: path))
        case .seeker:
            LoadOutcome(InputLoader.loadSeekers(
                bytes: bytes, format: testCase.format.recordFormat, name: path, taxonomy: sampleTaxonomy))
        case .post:
            LoadOutcome(InputLoader.loadPosts(
                bytes: bytes, format: testCase.format.recordFormat, name: path, taxonomy: sampleTaxonomy))
        }
        #expect(fromBytes.lines == fromFile.lines)
        #expect(fromBytes.problems == fromFile.problems)
        #expect(fromBytes.rejected == fromFile.rejected)
        #expect(fromBytes.rejected.map { $0.problems.map(\.code) } == [[testCase.code]])
    }

    /// The bad record of each JSON Lines case, decoded alone from its line,
    /// fails with the same problems, and the good ones decode to what a
    /// file gives.
    @Test(arguments: BadValueCase.all.filter { $0.format == .jsonl })
    func oneRecordFromJSON(_ testCase: BadValueCase) throws {
        let text = fileText(kind: testCase.kind, format: .jsonl, records: [("good", [:]), ("bad", testCase.overrides)])
        let lines = text.split(separator: "\n").map(String.init)
        let error = try #require(throws: RecordError.self) { try decode(testCase.kind, lines[1]) }
        #expect(error.problems.map(\.code) == [testCase.code])
        #expect(error.problems.map(\.field) == [testCase.field])
        try decode(testCase.kind, lines[0])
    }

    @Test func aRecordMaySpanLinesAndDecodesAsItsFileLine() throws {
        let pretty = """
            {
              "id": "S1", "lat": 30.12, "lon": 114.99,
              "skills": {"welding": 5, "forklift": 1},
              "accepts": ["fulltime", "gig"], "warning": "red", "expected_monthly": 6500
            }
            """
        let seeker = try Seeker(json: pretty, taxonomy: sampleTaxonomy)
        let fromBytes = try Seeker(json: Array(pretty.utf8), taxonomy: sampleTaxonomy)
        let line = pretty.replacingOccurrences(of: "\n", with: " ")
        let loaded = InputLoader.loadSeekers(bytes: Array(line.utf8), format: .jsonl, name: "line", taxonomy: sampleTaxonomy)
        #expect(seeker == fromBytes)
        #expect(loaded.records == [seeker])
    }

    @Test(arguments: [
        ("not JSON", "id=S1", ProblemCode.malformedJSON),
        ("an array", "[1, 2]", .malformedJSON),
        ("a duplicate key", #"{"id": "S1", "lat": 30, "lat": 31, "lon": 115}"#, .duplicateKey),
        ("a truncated object", #"{"id": "S1", "lat": 30"#, .malformedJSON),
    ])
    func bytesThatAreNoObject(name: String, text: String, code: ProblemCode) {
        let error = #expect(throws: RecordError.self) { try Seeker(json: text, taxonomy: sampleTaxonomy) }
        #expect(error?.problems.map(\.code) == [code])
    }

    @Test func invalidUTF8() {
        let error = #expect(throws: RecordError.self) { try Seeker(json: [0x7B, 0xFF, 0x7D], taxonomy: sampleTaxonomy) }
        #expect(error?.problems.map(\.code) == [.invalidUTF8])
    }

    /// `JSONDecoder` and `JSONEncoder` round trip records, ranking rows and
    /// explanations in their JSON Lines shapes.
    @Test func codableRoundTrips() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[.jobMatchTaxonomy] = WorkedExample.taxonomy
        for seeker in WorkedExample.seekers {
            // Through a Decoder, a seeker's skills come out ordered by id.
            var ordered = seeker
            ordered.skills.sort { ByteOrder.precedes($0.skill, $1.skill) }
            #expect(try decoder.decode(Seeker.self, from: JSONEncoder().encode(seeker)) == ordered)
            #expect(try Seeker(json: JSONText.text(seeker), taxonomy: WorkedExample.taxonomy) == ordered)
        }
        for post in WorkedExample.posts {
            #expect(try decoder.decode(Post.self, from: JSONEncoder().encode(post)) == post)
        }
        for skill in WorkedExample.taxonomy.skills {
            #expect(try decoder.decode(Skill.self, from: JSONEncoder().encode(skill)) == skill)
        }
        let engine = try MatchEngine(taxonomy: WorkedExample.taxonomy, posts: WorkedExample.posts)
        let row = try #require(engine.rank(WorkedExample.seekers, direction: .posts, top: 1).first?.matches.first)
        let decodedRow = try decoder.decode(RankedMatch.self, from: JSONEncoder().encode(row))
        #expect(decodedRow.postID == row.postID && decodedRow.rank == row.rank)
        #expect(abs(decodedRow.score.total - row.score.total) <= 5e-7)
        let explanation = try engine.explain(WorkedExample.seekers[2], postID: WorkedExample.posts[1].id)
        let decoded = try decoder.decode(PairExplanation.self, from: JSONEncoder().encode(explanation))
        #expect(decoded.violations == explanation.violations && !decoded.isFeasible)
        #expect(abs(decoded.distanceKm - explanation.distanceKm) <= 5e-5)
    }

    /// Without a taxonomy, a decoder checks everything but skill ids'
    /// membership and `max_level`; with one, those too.
    @Test func decoderChecksAgainstTheTaxonomyItIsGiven() throws {
        let json = Data(#"{"id": "S1", "lat": 30, "lon": 115, "skills": {"juggling": 9}}"#.utf8)
        let loose = try #require(throws: RecordError.self) { try JSONDecoder().decode(Seeker.self, from: json) }
        #expect(loose.problems.map(\.code) == [.levelOutOfRange])
        let decoder = JSONDecoder()
        decoder.userInfo[.jobMatchTaxonomy] = sampleTaxonomy
        let strict = try #require(throws: RecordError.self) { try decoder.decode(Seeker.self, from: json) }
        #expect(strict.problems.map(\.code) == [.unknownSkill])
    }
}

extension TestFormat {
    /// The library's name for the format.
    var recordFormat: RecordFileFormat { self == .csv ? .csv : .jsonl }
}

/// Decodes one record of `kind` from `json`, against ``sampleTaxonomy``.
@discardableResult
private func decode(_ kind: RecordKind, _ json: String) throws -> Any {
    switch kind {
    case .skill: try Skill(json: json)
    case .seeker: try Seeker(json: json, taxonomy: sampleTaxonomy)
    case .post: try Post(json: json, taxonomy: sampleTaxonomy)
    }
}
