/// A strict RFC 8259 JSON parser over bytes known to be valid UTF-8.
///
/// Hand-written rather than Foundation's `JSONSerialization` so that numbers
/// keep their literal text, object keys keep their order, duplicate keys are
/// caught, and errors say where a line went wrong.
struct JSONParser {
    /// The deepest nesting accepted; records need three levels.
    static let maxDepth = 32

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses one JSON value, with optional whitespace around it.
    ///
    /// - Parameter bytes: valid UTF-8, such as one line of a file.
    /// - Throws: ``FieldProblem`` with ``ProblemCode/malformedJSON`` and the
    ///   byte where parsing failed, or ``ProblemCode/duplicateKey``.
    /// - Complexity: O(`bytes.count`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(FieldProblem) -> JSONValue {
        var parser = JSONParser(bytes)
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure("the end of the line") }
        return value
    }

    private mutating func parseValue() throws(FieldProblem) -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw failure("a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        default: throw failure("a value")
        }
    }

    private mutating func parseObject() throws(FieldProblem) -> JSONValue {
        try enterContainer()
        var members: [JSONValue.Member] = []
        // A record has about a dozen keys: reserving room spares four regrowths.
        members.reserveCapacity(depth == 1 ? 16 : 4)
        // Small objects are checked for duplicates by a scan; large ones by a set,
        // so that a line of many keys cannot take quadratic time.
        var keys: Set<String> = []
        // Bit i is set if the key of member i is ASCII: two ASCII keys are
        // equal only if their bytes are, so keys of other lengths differ.
        var asciiKeys: UInt16 = 0
        skipWhitespace()
        if consume("}") {
            depth -= 1
            return .object(members)
        }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("a key in quotes") }
            let isASCII = isASCIIString()
            let key = try parseString()
            let isDuplicate: Bool
            if members.count < 16 {
                isDuplicate = members.indices.contains { index in
                    let other = members[index].key
                    let canDiffer = isASCII && asciiKeys & 1 << index != 0 && other.utf8.count != key.utf8.count
                    return !canDiffer && other == key
                }
                if isASCII { asciiKeys |= 1 << members.count }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.key)) }
                isDuplicate = !keys.insert(key).inserted
            }
            guard !isDuplicate else {
                // The empty key goes by its JSON literal, so that the message names a field.
                throw FieldProblem(.duplicateKey, field: key.isEmpty ? #""""# : key, expected: "each key once in an object")
            }
            skipWhitespace()
            guard consume(":") else { throw failure("':' after the key") }
            members.append(JSONValue.Member(key: key, value: try parseValue()))
            skipWhitespace()
        } while consume(",")
        guard consume("}") else { throw failure("',' or '}'") }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(FieldProblem) -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume("]") {
            depth -= 1
            return .array(elements)
        }
        repeat {
            elements.append(try parseValue())
            skipWhitespace()
        } while consume(",")
        guard consume("]") else { throw failure("',' or ']'") }
        depth -= 1
        return .array(elements)
    }

    /// Consumes the opening bracket of an object or array.
    private mutating func enterContainer() throws(FieldProblem) {
        depth += 1
        guard depth <= Self.maxDepth else { throw failure("nesting at most \(Self.maxDepth) deep") }
        position += 1
    }

    /// Whether the string literal from the current position on holds only
    /// ASCII, without escapes, which would need reading to tell.
    private func isASCIIString() -> Bool {
        var index = position + 1
        while index < bytes.count, bytes[index] < 0x80, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: "\"")
    }

    /// Reads a string literal from its opening quote on.
    private mutating func parseString() throws(FieldProblem) -> String {
        let start = position + 1
        // Most strings have no escapes: take their bytes as they are. The
        // scan uses a local index, which the compiler keeps in a register.
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
            end += 1
        }
        position = end
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var unescaped = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &unescaped)
            case ..<0x20:
                position -= 1
                throw failure("a control character escaped")
            default:
                unescaped.append(byte)
            }
        }
        throw failure("a closing quote")
    }

    /// Reads the escape after a backslash and appends its UTF-8 bytes.
    private mutating func appendEscape(to unescaped: inout [UInt8]) throws(FieldProblem) {
        guard position < bytes.count else { throw failure("an escape") }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            var value = try parseHexQuad()
            if (0xD800...0xDBFF).contains(value) {
                // A high surrogate must be followed by an escaped low one.
                guard consume("\\"), consume("u") else { throw failure("a low surrogate \\uDC00…\\uDFFF") }
                let low = try parseHexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a low surrogate \\uDC00…\\uDFFF") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(value) {
                throw failure("a high surrogate before a low one")
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("a Unicode scalar") }
            UTF8.encode(scalar) { unescaped.append($0) }
        default:
            position -= 1
            throw failure("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
        }
    }

    private mutating func parseHexQuad() throws(FieldProblem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
                throw failure("four hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Reads a number literal: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() throws(FieldProblem) -> String {
        let start = position
        _ = consume("-")
        if !consume("0") {
            guard skipDigits() else { throw failure("a digit") }
        }
        if consume(".") {
            guard skipDigits() else { throw failure("a digit after '.'") }
        }
        if consume("e") || consume("E") {
            _ = consume("+") || consume("-")
            guard skipDigits() else { throw failure("a digit in the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Skips a run of decimal digits; whether there was at least one.
    private mutating func skipDigits() -> Bool {
        var index = position
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        let hasDigits = index > position
        position = index
        return hasDigits
    }

    private mutating func expectWord(_ word: StaticString) throws(FieldProblem) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[position..<position + length])
                .elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: length))
        else { throw failure("a value") }
        position += length
    }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        position = index
    }

    /// A syntax error at the current position.
    private func failure(_ expected: String) -> FieldProblem {
        let found = position < bytes.count
            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(position + 12, bytes.count)]), as: UTF8.self)
            : nil
        return FieldProblem(
            .malformedJSON, field: InputError.recordField, value: found,
            expected: "\(expected) at byte \(position + 1)")
    }
}
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
