@testable import JobMatch
@testable import JobMatchModel
import Testing

struct FieldParsingTests {
    @Test(arguments: [
        ("12", 12.0), ("-0.5", -0.5), ("+3", 3), ("1e3", 1000), ("2.5E-1", 0.25), (" 7 ", 7), (".5", 0.5), ("5.", 5),
    ])
    func readsNumbers(text: String, value: Double) throws {
        #expect(try FieldParsing.number(text, field: "x") == value)
    }

    @Test(arguments: [
        ("nan", ProblemCode.notFinite), ("NaN", .notFinite), ("-nan", .notFinite), ("inf", .notFinite),
        ("-Infinity", .notFinite), ("INF", .notFinite), ("1e999", .notFinite), ("abc", .notANumber),
        ("0x10", .notANumber), ("1,5", .notANumber), ("1e", .notANumber), ("--1", .notANumber), ("5 5", .notANumber),
        ("e5", .notANumber), (".", .notANumber), ("", .notANumber), ("٣", .notANumber),
    ])
    func rejectsOtherNumbers(text: String, code: ProblemCode) {
        #expect(throws: FieldProblem(code, field: "x", value: text, expected: Self.expected(code))) {
            try FieldParsing.number(text, field: "x")
        }
    }

    @Test(arguments: [("5", 5), ("-3", -3), ("+7", 7), (" 8 ", 8), ("007", 7)])
    func readsIntegers(text: String, value: Int) throws {
        #expect(try FieldParsing.integer(text, field: "x") == value)
    }

    @Test(arguments: [
        ("5.5", ProblemCode.notAnInteger), ("5.0", .notAnInteger), ("1e3", .notAnInteger), ("five", .notANumber),
        ("inf", .notFinite), ("+-5", .notANumber), ("99999999999999999999", .outOfRange),
    ])
    func rejectsOtherIntegers(text: String, code: ProblemCode) {
        #expect {
            try FieldParsing.integer(text, field: "x")
        } throws: { error in
            (error as? FieldProblem)?.code == code
        }
    }

    /// The items `FieldParsing.forEachItem(of:field:_:)` passes on.
    private func items(_ text: String) throws(FieldProblem) -> [String] {
        var items: [String] = []
        try FieldParsing.forEachItem(of: text, field: "x") { items.append($0) }
        return items
    }

    @Test func splitsListsAndTrimsItems() throws {
        #expect(try items("a;b") == ["a", "b"])
        #expect(try items(" a ; b\t") == ["a", "b"])
        #expect(try items("a") == ["a"])
        #expect(try items("焊接;é") == ["焊接", "é"])
    }

    @Test(arguments: ["a;;b", "a;", ";a", "a; ;b"])
    func rejectsEmptyListItems(text: String) {
        #expect(throws: FieldProblem(.malformedList, field: "x", value: text, expected: "items separated by ';', none empty")) {
            try items(text)
        }
    }

    private static func expected(_ code: ProblemCode) -> String {
        code == .notFinite ? "a finite number" : "a decimal number"
    }
}
