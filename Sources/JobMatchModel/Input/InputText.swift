import Foundation

/// The text of one input file, read whole, and its physical lines.
///
/// Both file formats read through this type, so they share its rules: a
/// leading UTF-8 byte order mark is dropped, lines end at LF (a CR before
/// it is dropped too), and a line longer than ``maxLineBytes`` is reported
/// rather than read.
struct InputText: Sendable {
    /// The longest line accepted, in bytes without the line break.
    static let maxLineBytes = 1 << 20

    /// The file's path, as given, or the name given to bytes in memory.
    let name: String
    /// The bytes of the file.
    let bytes: [UInt8]

    /// Reads the file at `path` in one read.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unreadableFile`` if the
    ///   file cannot be opened or read.
    /// - Complexity: O(size of the file).
    init(path: String) throws(InputError) {
        guard let file = fopen(path, "rb") else {
            throw .unreadable(path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var status = stat()
        let size = fstat(fileno(file), &status) == 0 ? max(Int(status.st_size), 0) : 0
        // The size is a hint: one byte more sees the end, and a file that
        // grows while it is read is read to its end.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { fread($0.baseAddress! + filled, 1, $0.count - filled, file) }
            filled += count
            if filled < bytes.count {
                guard ferror(file) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
                break
            }
        }
        bytes.removeSubrange(filled...)
        self.init(bytes: bytes, name: path)
    }

    /// The text `bytes`, which problems will name `name` (a request, say).
    init(bytes: [UInt8], name: String) {
        self.name = name
        self.bytes = bytes
    }

    /// Calls `body` with the bytes and the range of them that holds the
    /// lines: all but a leading byte order mark.
    func withLines<Result>(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Result) -> Result {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { body($0, start..<$0.count) }
    }
}

/// The physical lines of a range of an ``InputText``'s bytes.
///
/// The range starts at the start of a line; line numbers count from the
/// number given to that line. A final line without a line break still
/// counts; an empty range has no lines.
struct Lines {
    /// One physical line.
    enum Line {
        /// The bytes of line `number`, without its line break.
        case text(number: Int, bytes: UnsafeBufferPointer<UInt8>)
        /// Line `number` is longer than ``InputText/maxLineBytes``.
        case tooLong(number: Int)
    }

    /// The whole text, so that offsets mean the same in every range of it.
    private let text: UnsafeBufferPointer<UInt8>
    /// The offset of the next line's first byte.
    private(set) var position: Int
    private let end: Int
    /// The number of the next line.
    private(set) var nextNumber: Int

    /// The lines of `text[range]`, the first of them numbered `firstNumber`.
    init(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, firstNumber: Int) {
        self.text = text
        position = range.lowerBound
        end = range.upperBound
        nextNumber = firstNumber
    }

    /// The next line, or `nil` after the last one.
    ///
    /// - Complexity: O(length of the line).
    mutating func next() -> Line? {
        guard position < end else { return nil }
        let base = UnsafeRawPointer(text.baseAddress!)
        let lineEnd = memchr(base + position, 0x0A, end - position).map { UnsafeRawPointer($0) - base } ?? end
        let start = position
        position = min(lineEnd + 1, end)
        let number = nextNumber
        nextNumber += 1
        var contentEnd = lineEnd
        if contentEnd > start, text[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        guard contentEnd - start <= InputText.maxLineBytes else { return .tooLong(number: number) }
        return .text(number: number, bytes: UnsafeBufferPointer(rebasing: text[start..<contentEnd]))
    }
}

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
