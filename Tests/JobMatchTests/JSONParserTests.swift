@testable import JobMatch
@testable import JobMatchModel
import Testing

struct JSONParserTests {
    private func parse(_ text: String) throws(FieldProblem) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(FieldProblem) in try JSONParser.parse(buffer) }
    }

    @Test func keepsKeyOrderAndNumberLiterals() throws {
        let value = try parse(#" {"b": 1.50, "a": [-0, 1E+2, true, false, null], "c": {}} "#)
        #expect(value == .object([
            .init(key: "b", value: .number("1.50")),
            .init(key: "a", value: .array([.number("-0"), .number("1E+2"), .bool(true), .bool(false), .null])),
            .init(key: "c", value: .object([])),
        ]))
    }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""caf\u00e9 \u00E9""#, "café é"),
        (#""\u710a\u63A5""#, "焊接"),
        (#""\ud83d\ude00!""#, "😀!"),
        (#""焊接 raw""#, "焊接 raw"),
        (#""\u0000""#, "\u{0}"),
    ])
    func readsStringEscapes(literal: String, text: String) throws {
        #expect(try parse(literal) == .string(text))
    }

    @Test(arguments: [
        "", "{", "}", "{\"a\":1,}", "[1,]", "{'a':1}", "{\"a\" 1}", "{a:1}", "01", "1.", ".5", "-", "+1", "1e",
        "NaN", "Infinity", "tru", "nul", "\"open", "\"bad \\x escape\"", "\"\\u12\"", "\"\\ud83d\"", "\"\\ude00\"",
        "\"\\ud83d\\u0041\"", "\"tab\tinside\"", "{\"a\":1} x", "[1 2]", "{\"a\":1}{\"b\":2}",
    ])
    func rejectsMalformedJSON(text: String) {
        #expect {
            try parse(text)
        } throws: { error in
            (error as? FieldProblem)?.code == .malformedJSON
        }
    }

    @Test func rejectsNestingDeeperThanTheLimit() throws {
        let depth = JSONParser.maxDepth
        #expect(throws: Never.self) { try parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) }
        #expect { try parse(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)) } throws: {
            ($0 as? FieldProblem)?.code == .malformedJSON
        }
    }

    @Test func reportsWhereParsingFailed() {
        #expect(throws: FieldProblem(.malformedJSON, field: "record", value: "]", expected: "a value at byte 7")) {
            try parse(#"{"a": ]"#)
        }
    }

    @Test(arguments: [8, 40])
    func rejectsDuplicateKeys(memberCount: Int) {
        let members = (0..<memberCount).map { "\"k\($0)\": \($0)" } + ["\"k3\": 0"]
        #expect(throws: FieldProblem(.duplicateKey, field: "k3", expected: "each key once in an object")) {
            try parse("{" + members.joined(separator: ",") + "}")
        }
    }
}
