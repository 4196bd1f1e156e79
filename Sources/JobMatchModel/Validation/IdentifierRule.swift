import Foundation

/// What an id may be: the rule every id of a skill, seeker, post or employer
/// keeps, and every skill id a seeker's skills or a post's requirements name.
///
/// Ids travel inside `;`-separated lists and `skill:level` pairs, in CSV
/// cells, log lines and URL paths, and are ordered byte by byte. Readers
/// split lists at the separator bytes, but other tools (and Swift's own
/// `String`) compare characters under canonical equivalence: an id holding
/// U+037E GREEK QUESTION MARK, which *is* `;` to such a tool, or starting
/// with a combining mark, which fuses with the separator before it into one
/// character, would be read differently by each. So an id
/// - holds at least one character and at most ``maxByteCount`` bytes of UTF-8;
/// - has no control character: C0 (U+0000…U+001F), DEL, C1 (U+0080…U+009F);
/// - has no `;`, `:` or `,`, nor a character canonically equivalent to one;
/// - neither starts nor ends with white space;
/// - does not start with a combining mark;
/// - is in Unicode Normalization Form C, so that two ids are equal exactly
///   when their bytes are (Swift's `==`, a SQLite key and a byte sort agree).
///
/// The checks run in that order and the first broken one is reported.
public enum IdentifierRule {
    /// The longest id accepted, in bytes of UTF-8.
    public static let maxByteCount = 256

    /// The separators of lists and pairs, and of CSV cells.
    private static let separators: Set<Character> = [";", ":", ","]

    /// The problem with `id` as the value of `field`, or `nil` if it keeps
    /// the rule; an empty id is left to the caller (it is a missing field).
    ///
    /// - Complexity: O(n) in the id's bytes; ids of ASCII letters, digits
    ///   and punctuation (the common case) never leave the byte loop.
    public static func problem(with id: String, field: String) -> FieldProblem? {
        guard !id.isEmpty else { return nil }
        var id = id
        let (isASCII, asciiProblem) = id.withUTF8 { bytes -> (Bool, ProblemCode?) in
            for byte in bytes {
                if byte >= 0x80 { return (false, nil) }
                if byte < 0x20 || byte == 0x7F { return (true, .idControlCharacter) }
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") {
                    return (true, .idSeparator)
                }
            }
            return (true, nil)
        }
        if let asciiProblem { return problem(asciiProblem, id, field) }
        if isASCII {
            // Controls are out already, so the space is the only white space left.
            if id.utf8.first == UInt8(ascii: " ") || id.utf8.last == UInt8(ascii: " ") {
                return problem(.idSurroundingSpace, id, field)
            }
        } else if let problem = scalarProblem(with: id, field: field) {
            return problem
        }
        if id.utf8.count > maxByteCount { return problem(.idTooLong, id, field) }
        return nil
    }

    /// The first problem, in the rule's order but for the length, of an id
    /// that is not all ASCII.
    private static func scalarProblem(with id: String, field: String) -> FieldProblem? {
        for scalar in id.unicodeScalars {
            if scalar.properties.generalCategory == .control { return problem(.idControlCharacter, id, field) }
            if separators.contains(Character(scalar)) { return problem(.idSeparator, id, field) }
        }
        let scalars = id.unicodeScalars
        if scalars.first!.properties.isWhitespace || scalars.last!.properties.isWhitespace {
            return problem(.idSurroundingSpace, id, field)
        }
        if scalars.first!.properties.generalCategory.isMark { return problem(.idLeadingMark, id, field) }
        if !id.utf8.elementsEqual(id.precomposedStringWithCanonicalMapping.utf8) {
            return problem(.idNotNormalized, id, field)
        }
        return nil
    }

    private static func problem(_ code: ProblemCode, _ id: String, _ field: String) -> FieldProblem {
        let expected = switch code {
        case .idControlCharacter: "an id without control characters"
        case .idSeparator: "an id without ';', ':' or ',' (or a character equivalent to one)"
        case .idSurroundingSpace: "an id without white space at either end"
        case .idLeadingMark: "an id that does not start with a combining mark"
        case .idNotNormalized: "an id in Unicode Normalization Form C"
        default: "an id of at most \(maxByteCount) bytes of UTF-8"
        }
        return FieldProblem(code, field: field, value: id, expected: expected)
    }
}

extension Unicode.GeneralCategory {
    /// Whether the category is one of the marks (Mn, Mc, Me), which combine
    /// with the character before them.
    fileprivate var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
