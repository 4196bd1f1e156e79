extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are well-formed UTF-8.
    ///
    /// Rejects what RFC 3629 forbids: stray continuation bytes, truncated
    /// sequences, overlong forms, surrogates and code points above U+10FFFF.
    ///
    /// - Complexity: O(`count`), with a fast path for ASCII.
    var isValidUTF8: Bool {
        guard let base = baseAddress else { return true }
        var index = 0
        while index < count {
            // Input is mostly ASCII: skip eight such bytes at a time.
            while index + 8 <= count,
                  UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = self[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte excludes overlong forms,
            // surrogates and values above U+10FFFF (RFC 3629, section 4).
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return false
            }
            guard index + length <= count, second.contains(self[index + 1]) else { return false }
            for continuation in (index + 2)..<(index + length) where !(0x80...0xBF).contains(self[continuation]) {
                return false
            }
            index += length
        }
        return true
    }
}
