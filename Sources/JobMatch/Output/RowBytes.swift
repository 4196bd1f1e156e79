/// Text built as UTF-8 bytes in a growing buffer, for writing millions of
/// rows without a `String` per field.
struct RowBytes {
    private let storage = Storage()

    /// The bytes so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// Appends `text`'s UTF-8 bytes.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        storage.append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text`'s UTF-8 bytes.
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { storage.append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) { storage.reserve(1)[0] = byte; storage.count += 1 }

    /// Appends `value` in decimal.
    mutating func append(_ value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumCount: 1)
    }

    /// Appends `value` with exactly `places` decimals (at most 9): the
    /// magnitude scaled by 10^places, rounded half away from zero, then
    /// split into whole and fraction; a value too large for that, or not
    /// finite, as Swift prints it.
    mutating func append(decimal value: Double, places: Int) {
        let scale = Self.powersOfTen[places]
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled < 9e15 else { return append(string: String(value)) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        if value < 0 && units != 0 { append(byte: UInt8(ascii: "-")) }
        appendDigits(units / divisor, minimumCount: 1)
        guard places > 0 else { return }
        append(byte: UInt8(ascii: "."))
        appendDigits(units % divisor, minimumCount: places)
    }

    /// `text` as a CSV field: quoted, with quotes doubled, where it holds a
    /// comma, quote or line break or starts or ends with a space; as
    /// ``TextEscaping/csvField(_:)`` writes it.
    mutating func append(csvField text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || utf8.first == 0x20 || utf8.last == 0x20
            guard needsQuotes else { return storage.append(UnsafeRawBufferPointer(utf8)) }
            append(byte: 0x22)
            for byte in utf8 {
                if byte == 0x22 { append(byte: 0x22) }
                append(byte: byte)
            }
            append(byte: 0x22)
        }
    }

    /// `text` as a JSON string literal, as ``TextEscaping/jsonString(_:)`` writes it.
    mutating func append(jsonString text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            append(byte: 0x22)
            storage.append(UnsafeRawBufferPointer(utf8))
            append(byte: 0x22)
            return true
        }
        if !plain { append(string: TextEscaping.jsonString(text)) }
    }

    /// `value`'s decimal digits, zero-padded to `minimumCount`, written
    /// from the last digit back into room reserved for them, two at a time.
    private mutating func appendDigits(_ value: UInt64, minimumCount: Int) {
        var count = minimumCount
        while count < Self.integerPowersOfTen.count, value >= Self.integerPowersOfTen[count] { count += 1 }
        let room = storage.reserve(count)
        var remaining = value, index = count
        Self.digitPairs.withUnsafeBufferPointer { pairs in
            while index >= 2 {
                let pair = Int(remaining % 100) * 2
                remaining /= 100
                room[index - 1] = pairs[pair + 1]
                room[index - 2] = pairs[pair]
                index -= 2
            }
            if index == 1 { room[0] = UInt8(ascii: "0") + UInt8(remaining % 10) }
        }
        storage.count += count
    }

    /// 10⁰ … 10¹⁹.
    private static let integerPowersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(1) { value, _ in value * 10 } }

    /// "00", "01", … "99" as 200 bytes.
    private static let digitPairs: [UInt8] = (0..<100).flatMap { [UInt8(ascii: "0") + UInt8($0 / 10), UInt8(ascii: "0") + UInt8($0 % 10)] }

    private static let powersOfTen: [Double] = (0...9).map { places in (0..<places).reduce(1.0) { value, _ in value * 10 } }

    /// The buffer: `count` bytes written of `capacity`, doubled when full.
    private final class Storage {
        private(set) var base: UnsafeMutablePointer<UInt8>
        var count = 0
        private var capacity = 1 << 16

        init() { base = .allocate(capacity: capacity) }

        deinit { base.deallocate() }

        /// Room for `extra` more bytes, from `count` on.
        @inline(__always)
        func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
            if count + extra > capacity { grow(to: count + extra) }
            return base + count
        }

        @inline(__always)
        func append(_ bytes: UnsafeRawBufferPointer) {
            let room = reserve(bytes.count)
            if let source = bytes.baseAddress { room.initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
            count += bytes.count
        }

        private func grow(to needed: Int) {
            while capacity < needed { capacity *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.initialize(from: base, count: count)
            base.deallocate()
            base = larger
        }
    }
}
