/// Text built as UTF-8 bytes, for writing millions of rows without a
/// `String` per field.
struct RowBytes {
    /// The bytes so far.
    var bytes: [UInt8] = []

    /// Appends `text`'s UTF-8 bytes.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text`'s UTF-8 bytes.
    mutating func append(string text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends `value` in decimal.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1)
    }

    /// Appends `value` with exactly `places` decimals, byte for byte as
    /// ``RankingWriter/decimal(_:places:)`` writes it.
    mutating func append(decimal value: Double, places: Int) {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled < 9e15 else { return append(string: String(value)) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(units / divisor, minimumCount: 1)
        guard places > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        appendDigits(units % divisor, minimumCount: places)
    }

    /// `text` as a CSV field: quoted, with quotes doubled, where it holds a
    /// comma, quote or line break or starts or ends with a space; as
    /// ``TextEscaping/csvField(_:)`` writes it.
    mutating func append(csvField text: String) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else { return bytes.append(contentsOf: utf8) }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    /// `text` as a JSON string literal, as ``TextEscaping/jsonString(_:)`` writes it.
    mutating func append(jsonString text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            return bytes.append(0x22)
        }
        append(string: TextEscaping.jsonString(text))
    }

    /// `value`'s decimal digits, zero-padded to `minimumCount`.
    private mutating func appendDigits(_ value: some UnsignedInteger, minimumCount: Int) {
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var remaining = UInt64(value), count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[31 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0
            while count < minimumCount {
                buffer[31 - count] = UInt8(ascii: "0")
                count += 1
            }
            bytes.append(contentsOf: buffer[(32 - count)...])
        }
    }
}
