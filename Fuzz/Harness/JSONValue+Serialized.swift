@testable import JobMatchModel

extension JSONValue {
    /// The value written back as compact JSON, for round-trip checks.
    ///
    /// Numbers keep their literal text; strings escape only what JSON
    /// requires, so parsing the result must give back the same value.
    var serialized: String {
        switch self {
        case .object(let members):
            "{" + members.map { Self.quoted($0.key) + ":" + $0.value.serialized }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(\.serialized).joined(separator: ",") + "]"
        case .string(let text): Self.quoted(text)
        case .number(let literal): literal
        case .bool(let value): String(value)
        case .null: "null"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case ..<" ": result += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
