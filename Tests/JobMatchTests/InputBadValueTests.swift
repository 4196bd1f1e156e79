import Foundation
@testable import JobMatch
@testable import JobMatchModel
import Testing

/// One bad value in one format: the fields to change in a valid record, and
/// the problem the loader must report for it.
struct BadValueCase: CustomTestStringConvertible, Sendable {
    let name: String
    let kind: RecordKind
    let format: TestFormat
    let overrides: [String: String?]
    let code: ProblemCode
    let field: String

    var testDescription: String { "\(kind.rawValue) \(format.rawValue): \(name)" }

    /// The catalogue of bad values, `Fixtures/bad-input/values.json`, which
    /// the service's tests send as request bodies too.
    static let all: [BadValueCase] = {
        struct Entry: Decodable {
            var name: String
            var kind: String
            var format: String
            var overrides: [String: String?]
            var code: String
            var field: String
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/bad-input/values.json")
        let entries = try! JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))
        return entries.map {
            BadValueCase(
                name: $0.name, kind: RecordKind(rawValue: $0.kind)!, format: TestFormat(rawValue: $0.format)!,
                overrides: $0.overrides, code: ProblemCode(rawValue: $0.code)!, field: $0.field)
        }
    }()
}

struct InputBadValueTests {
    /// Writes a valid record, the bad one and another valid record, and
    /// checks that exactly the bad one is rejected, at line 3, for `code`.
    @Test(arguments: BadValueCase.all)
    func rejectsBadValue(_ testCase: BadValueCase) throws {
        let directory = try TemporaryDirectory()
        let isCSV = testCase.format == .csv
        let text = fileText(kind: testCase.kind, format: testCase.format, records: [
            ("good1", [:]), ("bad", testCase.overrides), ("good2", [:]),
        ])
        // Line 1 is the header in CSV; JSON Lines gets a blank first line so that line numbers agree.
        let path = try directory.write("records.\(testCase.format.rawValue)", isCSV ? text : "\n" + text)
        let outcome = LoadOutcome(kind: testCase.kind, path: path)

        #expect(outcome.lines == [2, 4])
        let rejected = try #require(outcome.rejected.first)
        #expect(outcome.rejected.count == 1)
        #expect(rejected.line == 3)
        #expect(rejected.problems.map(\.code) == [testCase.code])
        #expect(rejected.problems.map(\.field) == [testCase.field])
        #expect(outcome.problems.map(\.line) == [3])
    }
}
