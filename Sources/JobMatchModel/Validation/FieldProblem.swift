/// One rejected value: which field, what it held and what was expected.
public struct FieldProblem: Sendable, Hashable, CustomStringConvertible {
    /// The stable code of the problem.
    public var code: ProblemCode
    /// The field (column or JSON key) the value came from.
    public var field: String
    /// The rejected value as written, shortened for display; `nil` if absent.
    public var value: String?
    /// What the field must hold.
    public var expected: String

    /// Creates a problem; `value` is shortened to at most 40 characters,
    /// its control characters written as `\u{1B}`, so that a problem reads
    /// as one line.
    public init(_ code: ProblemCode, field: String, value: String? = nil, expected: String) {
        self.code = code
        self.field = field
        self.value = value.map(Self.shortened)
        self.expected = expected
    }

    /// `field 'name' 'value': expected … [code]`.
    public var description: String {
        let shown = value.map { " '\($0)'" } ?? ""
        return "field '\(field)'\(shown): expected \(expected) [\(code.rawValue)]"
    }

    private static func shortened(_ value: String) -> String {
        let limit = 40
        let value = escapingControlCharacters(value)
        guard value.count > limit else { return value }
        return String(value.prefix(limit - 1)) + "…"
    }

    private static func escapingControlCharacters(_ value: String) -> String {
        let isControl = { (scalar: Unicode.Scalar) in scalar.properties.generalCategory == .control }
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        var escaped = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if isControl(scalar) {
                escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}

extension FieldProblem {
    /// An id already used by an earlier record.
    package static func duplicate(_ id: String) -> FieldProblem {
        FieldProblem(.duplicateId, field: "id", value: id, expected: "an id not used before")
    }

    /// An id already used by the record starting on `firstLine` of the same file.
    package static func duplicate(_ id: String, firstLine: Int) -> FieldProblem {
        FieldProblem(.duplicateId, field: "id", value: id, expected: "an id not used before (first used on line \(firstLine))")
    }
}
