import Foundation

/// Reads the physical lines of a file, or of bytes in memory, a chunk at a
/// time, in bounded memory.
///
/// Drops a leading UTF-8 byte order mark and each line's break (LF or
/// CRLF). A line longer than ``maxLineBytes`` is skipped and reported rather
/// than buffered, so the reader holds one fixed buffer of about two chunks
/// whatever the input. Both file formats read through this type, so they
/// share these rules.
struct LineReader: ~Copyable {
    /// One physical line.
    enum Line {
        /// The bytes of line `number`, without its line break.
        ///
        /// The bytes live in the reader's buffer and are valid only until
        /// the next call to ``LineReader/next()``.
        case text(number: Int, bytes: UnsafeBufferPointer<UInt8>)
        /// Line `number` is longer than ``maxLineBytes``; its bytes were dropped.
        case tooLong(number: Int)
    }

    /// How many bytes one read takes from the file.
    static let chunkSize = 1 << 20
    /// The longest line accepted, in bytes without the line break.
    static let maxLineBytes = 1 << 20

    /// Where the bytes come from.
    private enum Source {
        case file(UnsafeMutablePointer<FILE>)
        /// Bytes in memory, read from `position` on.
        case memory([UInt8], position: Int)
    }

    /// The file's path, as given, or the name given to bytes in memory.
    let path: String
    private var source: Source
    /// Room for an unfinished line of up to ``maxLineBytes`` plus one chunk.
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The bytes read but not yet returned are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var hasStarted = false
    private var isAtEnd = false

    /// Opens the file at `path`.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unreadableFile`` if the
    ///   file cannot be opened.
    init(path: String) throws(InputError) {
        guard let file = fopen(path, "rb") else {
            throw .unreadable(path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        source = .file(file)
        buffer = .allocate(capacity: Self.maxLineBytes + 1 + Self.chunkSize)
    }

    /// Reads `bytes`, which problems will name `name` (a request, say).
    init(bytes: [UInt8], name: String) {
        path = name
        source = .memory(bytes, position: 0)
        buffer = .allocate(capacity: Self.maxLineBytes + 1 + Self.chunkSize)
    }

    deinit {
        if case .file(let file) = source { fclose(file) }
        buffer.deallocate()
    }

    /// The next line, or `nil` after the last one.
    ///
    /// A final line without a line break still counts; an empty file has no lines.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unreadableFile`` if reading fails.
    /// - Complexity: O(length of the line), amortised.
    mutating func next() throws(InputError) -> Line? {
        if !hasStarted {
            hasStarted = true
            try readChunk()
            if buffer[..<end].starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        }
        var searchFrom = start
        while true {
            if let newline = firstNewline(from: searchFrom) {
                defer { start = newline + 1 }
                return line(endingAt: newline)
            }
            if end - start > Self.maxLineBytes {
                lineNumber += 1
                try skipPastNewline()
                return .tooLong(number: lineNumber)
            }
            if isAtEnd {
                guard start < end else { return nil }
                defer { start = end }
                return line(endingAt: end)
            }
            // Move the unfinished line to the front to make room for a chunk.
            let pending = end - start
            buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: pending)
            (start, end, searchFrom) = (0, pending, pending)
            try readChunk()
        }
    }

    /// The line from `start` to `lineEnd`, counted, without a trailing CR.
    private mutating func line(endingAt lineEnd: Int) -> Line {
        lineNumber += 1
        var lineEnd = lineEnd
        if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        guard lineEnd - start <= Self.maxLineBytes else { return .tooLong(number: lineNumber) }
        return .text(number: lineNumber, bytes: UnsafeBufferPointer(rebasing: buffer[start..<lineEnd]))
    }

    private func firstNewline(from index: Int) -> Int? {
        guard index < end else { return nil }
        let base = UnsafeRawPointer(buffer.baseAddress!)
        return memchr(base + index, 0x0A, end - index).map { UnsafeRawPointer($0) - base }
    }

    /// Drops bytes up to and including the next line break, or to the end.
    private mutating func skipPastNewline() throws(InputError) {
        while true {
            if let newline = firstNewline(from: start) {
                start = newline + 1
                return
            }
            (start, end) = (0, 0)
            if isAtEnd { return }
            try readChunk()
        }
    }

    /// Reads up to ``chunkSize`` bytes from the source to the end of the buffer.
    private mutating func readChunk() throws(InputError) {
        let count: Int
        switch source {
        case .file(let file):
            count = fread(buffer.baseAddress! + end, 1, Self.chunkSize, file)
            if count < Self.chunkSize, ferror(file) != 0 {
                throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
        case .memory(let bytes, let position):
            count = min(Self.chunkSize, bytes.count - position)
            bytes.withUnsafeBufferPointer { source in
                if count > 0 { (buffer.baseAddress! + end).update(from: source.baseAddress! + position, count: count) }
            }
            self.source = .memory(bytes, position: position + count)
        }
        end += count
        if count < Self.chunkSize { isAtEnd = true }
    }
}
