import Foundation
import Testing
@testable import JobMatch

/// The inputs the fuzzers found bugs with (`Fuzz/Regressions/`), each loaded
/// as it was found and expected to give clean problems and warnings.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The folder of saved inputs, found from this file's path.
    static let regressions = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    private func path(_ name: String) -> String { Self.regressions.appendingPathComponent(name).path }

    /// A header cell left empty, as spreadsheets export for a blank or
    /// trailing column, named no field: two of them were a duplicate column
    /// '' that failed the whole file.
    @Test func unnamedCSVColumnsGoByPosition() {
        let file = path("csv/unnamed-columns.csv")
        let skills = InputLoader.loadTaxonomy(path: file)
        #expect(skills.problems.isEmpty)
        #expect(skills.records.map(\.id) == ["welding"])
        #expect(skills.warnings == [
            InputWarning(file: file, line: 1, field: "column 3"),
            InputWarning(file: file, line: 1, field: "column 6"),
        ])
    }

    /// The empty JSON key named no field, either as an unknown key or when
    /// given twice in one object.
    @Test func emptyJSONKeyGoesByItsLiteral() throws {
        let file = path("jsonl/empty-key.jsonl")
        let skills = InputLoader.loadTaxonomy(path: file)
        #expect(skills.records.map(\.id) == ["welding"])
        #expect(skills.warnings == [InputWarning(file: file, line: 1, field: #""""#)])
        let problem = try #require(skills.problems.first)
        #expect(skills.problems.count == 1)
        #expect(problem.line == 2)
        #expect(problem.problem.code == .duplicateKey)
        #expect(problem.problem.field == #""""#)
    }
}
