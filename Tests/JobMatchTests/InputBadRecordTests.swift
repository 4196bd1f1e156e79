@testable import JobMatch
@testable import JobMatchModel
import Testing

/// A record that cannot be split into fields, between valid ones.
struct BadRecordCase: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let bytes: [UInt8]
    let keptIDs: [String]
    let line: Int
    let code: ProblemCode
    let field: String

    var testDescription: String { "\(file): \(name)" }

    init(_ name: String, _ file: String, _ text: String, kept: [String], line: Int, _ code: ProblemCode, field: String) {
        self.init(name, file, bytes: Array(text.utf8), kept: kept, line: line, code, field: field)
    }

    init(_ name: String, _ file: String, bytes: [UInt8], kept: [String], line: Int, _ code: ProblemCode, field: String) {
        (self.name, self.file, self.bytes, keptIDs, self.line, self.code, self.field) = (name, file, bytes, kept, line, code, field)
    }

    private static let header = "id,lat,lon\nS1,30,114\n"
    private static let firstObject = #"{"id": "S1", "lat": 30, "lon": 114}"# + "\n"
    private static let lastObject = "\n" + #"{"id": "S3", "lat": 30, "lon": 114}"# + "\n"
    private static let tooLong = String(repeating: "x", count: InputText.maxLineBytes + 200_000)
    private static let badUTF8: [UInt8] = [0x53, 0xFF, 0x32]

    static let all: [BadRecordCase] = [
        .init("too few fields", "s.csv", header + "S2,30\nS3,30,114\n", kept: ["S1", "S3"], line: 3, .wrongFieldCount, field: "record"),
        .init("too many fields", "s.csv", header + "S2,30,114,x\nS3,30,114\n", kept: ["S1", "S3"], line: 3,
              .wrongFieldCount, field: "record"),
        .init("quote inside an unquoted field", "s.csv", header + "S\"2,30,114\nS3,30,114\n", kept: ["S1", "S3"], line: 3,
              .strayQuote, field: "id"),
        .init("text after a closing quote", "s.csv", header + "S2,\"30\"x,114\nS3,30,114\n", kept: ["S1", "S3"], line: 3,
              .strayQuote, field: "lat"),
        .init("unterminated quote", "s.csv", header + "S2,30,\"114\nS3,30,114\n", kept: ["S1"], line: 3,
              .unterminatedQuote, field: "lon"),
        .init("unterminated quote after a multi-line record", "s.csv",
              "id,lat,lon,note\nS1,30,114,\nS2,30,114,\"two\nlines\"\nS3,\"30,114,\n",
              kept: ["S1", "S2"], line: 5, .unterminatedQuote, field: "lat"),
        .init("invalid UTF-8", "s.csv", bytes: Array(header.utf8) + badUTF8 + Array(",30,114\nS3,30,114\n".utf8),
              kept: ["S1", "S3"], line: 3, .invalidUTF8, field: "id"),
        .init("line over 1 MiB", "s.csv", header + "S2,30," + tooLong + "\nS3,30,114\n", kept: ["S1", "S3"], line: 3,
              .lineTooLong, field: "record"),
        .init("not JSON", "s.jsonl", firstObject + "id=S2" + lastObject, kept: ["S1", "S3"], line: 2, .malformedJSON, field: "record"),
        .init("a JSON array", "s.jsonl", firstObject + "[1, 2]" + lastObject, kept: ["S1", "S3"], line: 2,
              .malformedJSON, field: "record"),
        .init("a JSON string", "s.jsonl", firstObject + #""S2""# + lastObject, kept: ["S1", "S3"], line: 2,
              .malformedJSON, field: "record"),
        .init("a truncated object", "s.jsonl", firstObject + #"{"id": "S2", "lat": 30"# + lastObject, kept: ["S1", "S3"], line: 2,
              .malformedJSON, field: "record"),
        .init("two objects on a line", "s.jsonl", firstObject + #"{"id": "S2"} {"id": "S4"}"# + lastObject, kept: ["S1", "S3"],
              line: 2, .malformedJSON, field: "record"),
        .init("a duplicate key", "s.jsonl", firstObject + #"{"id": "S2", "lat": 30, "lon": 114, "lat": 31}"# + lastObject,
              kept: ["S1", "S3"], line: 2, .duplicateKey, field: "lat"),
        .init("invalid UTF-8", "s.jsonl", bytes: Array((firstObject + #"{"id": ""#).utf8) + badUTF8
              + Array((#"", "lat": 30, "lon": 114}"# + lastObject).utf8), kept: ["S1", "S3"], line: 2, .invalidUTF8, field: "record"),
        .init("line over 1 MiB", "s.jsonl", firstObject + #"{"id": ""# + tooLong + #""}"# + lastObject, kept: ["S1", "S3"], line: 2,
              .lineTooLong, field: "record"),
    ]
}

struct InputBadRecordTests {
    @Test(arguments: BadRecordCase.all)
    func rejectsBadRecordAndGoesOn(_ testCase: BadRecordCase) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(testCase.file, bytes: testCase.bytes)
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.map(\.id) == testCase.keptIDs)
        #expect(loaded.rejected.map(\.line) == [testCase.line])
        #expect(loaded.problems.map(\.line) == [testCase.line])
        #expect(loaded.problems.map(\.problem.code) == [testCase.code])
        #expect(loaded.problems.map(\.problem.field) == [testCase.field])
    }
}
