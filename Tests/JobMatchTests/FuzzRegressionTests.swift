import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel

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

    /// Lists are split at the byte `;` and pairs at the byte `:`: a `;`
    /// followed by a combining mark (one `Character`) still separates, and
    /// U+037E GREEK QUESTION MARK (canonically `;`) does not. The ids that
    /// come out break ``IdentifierRule``, and are reported as such.
    @Test(arguments: [
        ("skills/semicolon-combining-mark.txt", 12, ProblemCode.idLeadingMark),
        ("skills/greek-question-mark.txt", 1, .idControlCharacter),
    ])
    func skillListsSplitAtSeparatorBytes(_ name: String, items: Int, code: ProblemCode) throws {
        let text = try String(contentsOfFile: path(name), encoding: .utf8)
        let levels = try FieldValue.text(text).skillLevels(field: "skills")
        #expect(levels.count == items)
        #expect(levels.count == text.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).count)
        #expect(levels.allSatisfy { !$0.skill.utf8.contains(UInt8(ascii: ";")) && !$0.skill.utf8.contains(UInt8(ascii: ":")) })
        let seeker = Seeker(id: "S", location: Coordinate(latitude: 30, longitude: 115), skills: levels)
        let codes = RecordValidator.problems(in: seeker, taxonomy: sampleTaxonomy).map(\.code)
        #expect(codes.contains(code))
        #expect(Set(codes).isSubset(of: [.unknownSkill, .levelOutOfRange, .duplicateSkill, code]))
    }

    /// The same two cases in a post's requirements.
    @Test(arguments: [
        ("requirements/semicolon-combining-mark.txt", 9, ProblemCode.idLeadingMark),
        ("requirements/greek-question-mark.txt", 2, .idSeparator),
    ])
    func requirementListsSplitAtSeparatorBytes(_ name: String, items: Int, code: ProblemCode) throws {
        let text = try String(contentsOfFile: path(name), encoding: .utf8)
        let requirements = try FieldValue.text(text).requirements(field: "requirements")
        #expect(requirements.count == items)
        #expect(requirements.allSatisfy { !$0.skill.utf8.contains(UInt8(ascii: ";")) && !$0.skill.utf8.contains(UInt8(ascii: ":")) })
        let post = Post(
            id: "P", employer: "E", location: Coordinate(latitude: 30, longitude: 115), wageMin: 1, wageMax: 2,
            requirements: requirements)
        let codes = RecordValidator.problems(in: post, taxonomy: sampleTaxonomy).map(\.code)
        #expect(codes.contains(code))
        #expect(Set(codes).isSubset(of: [.unknownSkill, .levelOutOfRange, .duplicateSkill, .outOfRange, code]))
    }
}
