/// Reading numbers and lists from text: the rules both file formats share.
///
/// Works on UTF-8 bytes rather than `Character`s: the separators and digits
/// are ASCII, and loading hundreds of thousands of records spends most of
/// its time here.
enum FieldParsing {
    /// Whether `text` is empty or holds only spaces and tabs.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy(isBlank)
    }

    /// Whether `bytes` are none or only spaces and tabs, as on a blank line.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isBlank)
    }

    /// `text` without leading and trailing spaces and tabs; `text` itself,
    /// without copying, if it has none.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, isBlank(first) || isBlank(last) else { return text }
        return withBytes(of: text) { String(decoding: trimmed($0), as: UTF8.self) }
    }

    /// A finite decimal number such as `12`, `-0.5` or `1e3`, spaces around allowed.
    ///
    /// Hexadecimal forms, which `Double(_:)` would accept, are refused.
    ///
    /// - Throws: ``ProblemCode/notFinite`` for `nan`, `inf`, `infinity` (any
    ///   case or sign) or a number too large for a `Double`, and
    ///   ``ProblemCode/notANumber`` for anything else that is not a number.
    static func number(_ text: String, field: String) throws(FieldProblem) -> Double {
        guard let value = withBytes(of: text, decimalValue) else {
            let word = trimmed(text).drop { $0 == "+" || $0 == "-" }.lowercased()
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
        switch withBytes(of: text, integerValue) {
        case .some(.some(let value)):
            return value
        case .some(nil):
            throw FieldProblem(.outOfRange, field: field, value: text, expected: "a whole number within ±9223372036854775807")
        case nil:
            _ = try number(text, field: field)
            throw FieldProblem(.notAnInteger, field: field, value: text, expected: "a whole number")
        }
    }

    /// Calls `body` with each item of a `;`-separated list, trimmed of spaces.
    ///
    /// - Throws: ``ProblemCode/malformedList`` if an item is empty, as in
    ///   `a;;b` or `a;`, and whatever `body` throws.
    static func forEachItem(
        of text: String, field: String, _ body: (String) throws(FieldProblem) -> Void
    ) throws(FieldProblem) {
        // Most lists have one item: it needs no splitting.
        if !text.utf8.contains(UInt8(ascii: ";")) {
            let item = trimmed(text)
            guard !item.isEmpty else {
                throw FieldProblem(.malformedList, field: field, value: text, expected: "items separated by ';', none empty")
            }
            return try body(item)
        }
        let items = split(text, at: ";")
        guard !items.contains(where: { $0.isEmpty }) else {
            throw FieldProblem(.malformedList, field: field, value: text, expected: "items separated by ';', none empty")
        }
        for item in items { try body(item) }
    }

    /// The parts of `text` between the `separator` bytes, each trimmed of
    /// spaces and tabs; empty parts are kept.
    static func split(_ text: String, at separator: Unicode.Scalar) -> [String] {
        let separator = UInt8(ascii: separator)
        return withBytes(of: text) { bytes in
            var parts: [String] = []
            parts.reserveCapacity(bytes.count { $0 == separator } + 1)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                parts.append(String(decoding: trimmed(UnsafeBufferPointer(rebasing: bytes[start..<index])), as: UTF8.self))
                start = index + 1
            }
            return parts
        }
    }

    /// The two parts of `text` around its one `separator` byte, each
    /// trimmed of spaces and tabs; `nil` if there is no such byte or more than one.
    static func splitPair(_ text: String, at separator: Unicode.Scalar) -> (String, String)? {
        let separator = UInt8(ascii: separator)
        return withBytes(of: text) { bytes in
            guard let index = bytes.firstIndex(of: separator),
                  !bytes[(index + 1)...].contains(separator)
            else { return nil }
            return (String(decoding: trimmed(UnsafeBufferPointer(rebasing: bytes[..<index])), as: UTF8.self),
                    String(decoding: trimmed(UnsafeBufferPointer(rebasing: bytes[(index + 1)...])), as: UTF8.self))
        }
    }

    /// The items of a plain list `welding:5;forklift:1`, each a name and a
    /// level of one to four digits, without spaces or empty parts; `nil`
    /// for any other text, which ``forEachItem(of:field:_:)`` and
    /// ``splitPair(_:at:)`` read, or report, as they read any list.
    ///
    /// - Complexity: O(`text`'s length), one string per name.
    static func plainPairs(_ text: String) -> [(name: String, level: Int)]? {
        withBytes(of: text) { bytes in
            var pairs: [(name: String, level: Int)] = []
            pairs.reserveCapacity(8)
            var index = 0
            while true {
                let nameStart = index
                while index < bytes.count, !isPlainPairSeparator(bytes[index]) { index += 1 }
                guard index > nameStart, index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
                index += 1
                var level = 0
                let levelStart = index
                while index < bytes.count, index - levelStart < 4, isDigit(bytes[index]) {
                    level = level * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                guard index > levelStart else { return nil }
                pairs.append((name, level))
                if index == bytes.count { return pairs }
                guard bytes[index] == UInt8(ascii: ";") else { return nil }
                index += 1
            }
        }
    }

    // MARK: - Bytes

    private static func isPlainPairSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || isBlank(byte)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only if the
    /// string is not stored contiguously.
    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var (start, end) = (0, bytes.count)
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The value of `[+-]? digits [. digits] [(e|E) [+-]? digits]`, with at
    /// least one digit before the exponent and spaces around allowed; `nil`
    /// for anything else. Too large a number is infinite.
    private static func decimalValue(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        let bytes = trimmed(text)
        var index = 0
        let isNegative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, significantDigits = 0, decimalExponent = 0
        var isAfterPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
                if mantissa > 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
                if significantDigits <= 19 {
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    if isAfterPoint { decimalExponent -= 1 }
                } else if !isAfterPoint {
                    decimalExponent += 1
                }
            } else if byte == UInt8(ascii: "."), !isAfterPoint {
                isAfterPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            let isNegativeExponent = index < bytes.count && bytes[index] == UInt8(ascii: "-")
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponent = 0
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) {
                exponent = min(exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")), 100_000)
                index += 1
            }
            guard index > exponentStart else { return nil }
            decimalExponent += isNegativeExponent ? -exponent : exponent
        }
        guard index == bytes.count else { return nil }
        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to
        // 10^22 are both exact doubles, so one operation rounds correctly.
        if significantDigits <= 19, mantissa <= 1 << 53, abs(decimalExponent) <= 22 {
            let magnitude = decimalExponent < 0
                ? Double(mantissa) / powersOfTen[-decimalExponent]
                : Double(mantissa) * powersOfTen[decimalExponent]
            return isNegative ? -magnitude : magnitude
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// The value of `[+-]? digits`, spaces around allowed: `nil` for another
    /// form, `.some(nil)` for a whole number beyond `Int`.
    private static func integerValue(_ text: UnsafeBufferPointer<UInt8>) -> Int?? {
        let bytes = trimmed(text)
        var index = 0
        let isNegative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < bytes.count else { return nil }
        var value = 0
        var overflows = false
        for byte in bytes[index...] {
            guard isDigit(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = isNegative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            overflows = overflows || overflow1 || overflow2
            value = sum
        }
        return .some(overflows ? nil : value)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
