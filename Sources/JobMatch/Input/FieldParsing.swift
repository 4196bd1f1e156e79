/// Reading numbers and lists from text: the rules both file formats share.
enum FieldParsing {
    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> Substring {
        let isBlank = { (character: Character) in character == " " || character == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
              let last = text.lastIndex(where: { !isBlank($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// A finite decimal number such as `12`, `-0.5` or `1e3`, spaces around allowed.
    ///
    /// Hexadecimal forms, which `Double(_:)` would accept, are refused.
    ///
    /// - Throws: ``ProblemCode/notFinite`` for `nan`, `inf`, `infinity` (any
    ///   case or sign) or a number too large for a `Double`, and
    ///   ``ProblemCode/notANumber`` for anything else that is not a number.
    static func number(_ text: String, field: String) throws(FieldProblem) -> Double {
        let number = trimmed(text[...])
        guard isDecimal(number.utf8), let value = Double(number) else {
            let word = number.drop { $0 == "+" || $0 == "-" }.lowercased()
            if ["nan", "inf", "infinity"].contains(word) {
                throw FieldProblem(.notFinite, field: field, value: text, expected: "a finite number")
            }
            throw FieldProblem(.notANumber, field: field, value: text, expected: "a decimal number")
        }
        guard value.isFinite else {
            throw FieldProblem(.notFinite, field: field, value: text, expected: "a finite number")
        }
        return value
    }

    /// A whole number written with digits only, such as `5` or `-3`.
    ///
    /// - Throws: ``ProblemCode/notAnInteger`` for a number with a fraction
    ///   or exponent (`5.5`, `1e3`), ``ProblemCode/outOfRange`` for one
    ///   beyond `Int`, and the problems of ``number(_:field:)``.
    static func integer(_ text: String, field: String) throws(FieldProblem) -> Int {
        let number = trimmed(text[...])
        let digits = number.utf8.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        if number.utf8.count - digits.count <= 1, !digits.isEmpty, digits.allSatisfy(isDigit) {
            guard let value = Int(number) else {
                throw FieldProblem(.outOfRange, field: field, value: text, expected: "a whole number within ±9223372036854775807")
            }
            return value
        }
        _ = try self.number(text, field: field)
        throw FieldProblem(.notAnInteger, field: field, value: text, expected: "a whole number")
    }

    /// The items of a `;`-separated list, each trimmed of spaces.
    ///
    /// - Throws: ``ProblemCode/malformedList`` if an item is empty, as in
    ///   `a;;b` or `a;`.
    static func items(of text: String, field: String) throws(FieldProblem) -> [Substring] {
        let items = text.split(separator: ";", omittingEmptySubsequences: false).map(trimmed)
        guard !items.contains(where: \.isEmpty) else {
            throw FieldProblem(.malformedList, field: field, value: text, expected: "items separated by ';', none empty")
        }
        return items
    }

    /// Whether `text` is `[+-]? digits [. digits] [(e|E) [+-]? digits]` with
    /// at least one digit before the exponent.
    private static func isDecimal(_ text: Substring.UTF8View) -> Bool {
        var rest = text[...]
        func skipSign() { if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest.removeFirst() } }
        func skipDigits() -> Int {
            let count = rest.prefix(while: isDigit).count
            rest.removeFirst(count)
            return count
        }
        skipSign()
        var digits = skipDigits()
        if rest.first == UInt8(ascii: ".") {
            rest.removeFirst()
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
            rest.removeFirst()
            skipSign()
            guard skipDigits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
