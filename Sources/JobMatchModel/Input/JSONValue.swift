/// A JSON value, as read from one line of a JSON Lines file.
///
/// Objects keep their members in file order. Numbers keep their literal
/// text, so that a field read as an integer is checked exactly and none
/// loses precision before it is interpreted.
enum JSONValue: Sendable, Hashable {
    /// An object's members, in file order; keys are unique.
    case object([Member])
    /// An array's elements, in order.
    case array([JSONValue])
    /// A string, escapes resolved.
    case string(String)
    /// A number's literal text, such as `-12.5e3`.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// One key and value of an object.
    struct Member: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    /// The name of the value's type, for messages.
    var typeName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// A short rendering of the value, for messages.
    var excerpt: String {
        switch self {
        case .object: "{…}"
        case .array: "[…]"
        case .string(let text): "\"\(text)\""
        case .number(let literal): literal
        case .bool(let value): String(value)
        case .null: "null"
        }
    }
}
