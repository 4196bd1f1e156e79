import Dispatch
import Foundation

/// Reads the records of a file's text in chunks, on every processor.
///
/// The text is cut into chunks at line breaks and each chunk is read and
/// its records built on its own, assuming a record starts at the chunk's
/// first line. That holds unless a CSV record's quoted field runs across
/// the cut: then the chunk before reports the record still open, and the
/// chunk after is read again from that record's start, in turn. So the
/// records, rejections and their order are those of one reading from the
/// first line to the last, whatever the chunks.
enum ChunkedReading {
    /// How many bytes a chunk holds, about: enough to make a task's
    /// start-up cost small, few enough to share the work evenly.
    static let chunkBytes = 1 << 18

    /// What reading one chunk gave.
    struct Chunk<Record: Sendable>: Sendable {
        /// The records built and the records rejected, in file order.
        var items: [SourceItem<BuiltRecord<Record>>] = []
        /// The unknown fields met, each at the chunk's first line that has it.
        var warnings: [InputWarning] = []
        /// Where a record still open at the chunk's end starts: its first
        /// byte's offset and its line.
        var openRecord: (offset: Int, line: Int)?
    }

    /// Reads `text[range]` chunk by chunk with `read`.
    ///
    /// - Parameters:
    ///   - text: the whole text of the file.
    ///   - range: where records start and end; it starts at a line's start.
    ///   - firstLine: the number of the line at `range.lowerBound`.
    ///   - chunkBytes: about how many bytes a chunk holds.
    ///   - read: reads the records of some lines, given whether they run
    ///     to the end of the file; it must not depend on other chunks.
    /// - Returns: the chunks in file order.
    /// - Complexity: O(`range.count` + cost of `read` ÷ processors).
    static func read<Record>(
        _ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, firstLine: Int, chunkBytes: Int = chunkBytes,
        with read: @Sendable (Lines, _ endsFile: Bool) -> Chunk<Record>
    ) -> [Chunk<Record>] {
        let ends = chunkEnds(text, range: range, chunkBytes: chunkBytes)
        let starts = [range.lowerBound] + ends.dropLast()
        let firstLines = lineNumbers(text, starts: starts, ends: ends, firstLine: firstLine)
        // Tasks only read the text, which outlives them.
        nonisolated(unsafe) let shared = text
        var chunks = parallelMap(count: ends.count) { chunk in
            read(Lines(shared, range: starts[chunk]..<ends[chunk], firstNumber: firstLines[chunk]), chunk == ends.count - 1)
        }
        for chunk in chunks.indices.dropFirst() {
            guard let open = chunks[chunk - 1].openRecord else { continue }
            chunks[chunk] = read(Lines(text, range: open.offset..<ends[chunk], firstNumber: open.line), chunk == ends.count - 1)
        }
        return chunks
    }

    /// Where each chunk of `text[range]` ends: just after a line break, or
    /// at the end of the range for the last one.
    private static func chunkEnds(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, chunkBytes: Int) -> [Int] {
        var ends: [Int] = []
        var start = range.lowerBound
        let base = UnsafeRawPointer(text.baseAddress!)
        while range.upperBound - start > chunkBytes {
            let target = start + chunkBytes - 1
            guard let newline = memchr(base + target, 0x0A, range.upperBound - target) else { break }
            start = UnsafeRawPointer(newline) - base + 1
            if start < range.upperBound { ends.append(start) }
        }
        ends.append(range.upperBound)
        return ends
    }

    /// The number of the first line of each chunk.
    private static func lineNumbers(
        _ text: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int], firstLine: Int
    ) -> [Int] {
        // Tasks only read the text, which outlives them.
        nonisolated(unsafe) let shared = text
        let breaks = parallelMap(count: ends.count) { chunk in
            let base = UnsafeRawPointer(shared.baseAddress!)
            var (count, position) = (0, starts[chunk])
            while position < ends[chunk], let newline = memchr(base + position, 0x0A, ends[chunk] - position) {
                count += 1
                position = UnsafeRawPointer(newline) - base + 1
            }
            return count
        }
        var numbers = [firstLine]
        for count in breaks.dropLast() { numbers.append(numbers.last! + count) }
        return numbers
    }

    /// `body` of each of `0..<count`, computed on every processor.
    private static func parallelMap<Value>(count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<count).map(body) }
        return [Value](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Each iteration initialises its own element of the buffer, so
            // sharing the pointer across threads is safe.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (output.baseAddress! + index).initialize(to: body(index))
            }
            initializedCount = count
        }
    }
}

/// What a reader yields for one record: its content, or its rejection.
enum SourceItem<Content: Sendable>: Sendable {
    /// The content of the record starting on `line`.
    case record(line: Int, Content)
    /// A record that cannot be split into fields, such as a CSV record with
    /// a stray quote or a line that is not JSON.
    case rejected(InputError)

    /// This item with a record's content transformed by `transform`.
    func map<NewContent>(_ transform: (Content) -> NewContent) -> SourceItem<NewContent> {
        switch self {
        case .record(let line, let content): .record(line: line, transform(content))
        case .rejected(let error): .rejected(error)
        }
    }
}
