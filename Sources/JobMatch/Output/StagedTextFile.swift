import Foundation

/// A text file written under a temporary name beside its destination and
/// moved into place only when complete, so readers never see half a file.
///
/// Text is buffered and written in chunks of about a megabyte, so memory
/// stays constant however long the file grows.
package struct StagedTextFile {
    /// Where the file goes when complete.
    package let destination: URL
    /// The temporary file being written.
    package let temporary: URL
    private let handle: FileHandle
    private var buffer = ""

    private static let chunkSize = 1 << 20

    /// Creates an empty temporary file in the destination's directory.
    ///
    /// - Throws: ``FileWriteError/cannotCreateFile(path:reason:)``.
    package init(destination: URL) throws(FileWriteError) {
        self.destination = destination
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreateFile(path: destination.path, reason: String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        buffer.reserveCapacity(Self.chunkSize + 4_096)
    }

    /// Writes `records` in `format`, with a header for CSV, to a closed
    /// temporary file for `destination`, ready for ``moveIntoPlace()``; on
    /// failure the temporary file is removed.
    ///
    /// - Throws: ``FileWriteError``.
    /// - Complexity: O(records) time, O(1) memory beyond one record.
    package init<Record: RecordEncodable>(
        writing records: some Sequence<Record>, to destination: URL, format: RecordFileFormat
    ) throws(FileWriteError) {
        try self.init(destination: destination)
        do throws(FileWriteError) {
            if let header = RecordEncoding.header(for: Record.self, in: format) { try append(header) }
            for record in records { try append { RecordEncoding.appendLine(record, in: format, to: &$0) } }
            try close()
        } catch {
            discard()
            throw error
        }
    }

    /// Appends `text`, writing out the buffer when it is full.
    ///
    /// - Throws: ``FileWriteError/cannotWrite(path:reason:)``.
    package mutating func append(_ text: String) throws(FileWriteError) {
        try append { $0 += text }
    }

    /// Appends what `write` adds to the buffer, writing out the buffer when
    /// it is full; encoders write straight into it without a string per line.
    ///
    /// - Throws: ``FileWriteError/cannotWrite(path:reason:)``.
    package mutating func append(_ write: (inout String) -> Void) throws(FileWriteError) {
        write(&buffer)
        if buffer.utf8.count >= Self.chunkSize { try flush() }
    }

    /// Appends raw bytes, after what is buffered.
    ///
    /// - Throws: ``FileWriteError/cannotWrite(path:reason:)``.
    package mutating func append(bytes: [UInt8]) throws(FileWriteError) {
        try flush()
        do { try bytes.withUnsafeBytes { try handle.write(contentsOf: $0) } } catch {
            throw .cannotWrite(path: destination.path, reason: "\(error)")
        }
    }

    /// Writes what is buffered and closes the temporary file.
    ///
    /// - Throws: ``FileWriteError/cannotWrite(path:reason:)``.
    package mutating func close() throws(FileWriteError) {
        try flush()
        do { try handle.close() } catch { throw .cannotWrite(path: destination.path, reason: "\(error)") }
    }

    /// Renames the closed temporary file to the destination, replacing any
    /// file there.
    ///
    /// - Throws: ``FileWriteError/cannotMoveIntoPlace(path:reason:)``.
    package func moveIntoPlace() throws(FileWriteError) {
        guard rename(temporary.path, destination.path) == 0 else {
            throw .cannotMoveIntoPlace(path: destination.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Closes and deletes the temporary file, ignoring errors: it is
    /// called on the way out of a failure that is already being reported.
    package func discard() {
        try? handle.close()
        unlink(temporary.path)
    }

    private mutating func flush() throws(FileWriteError) {
        guard !buffer.isEmpty else { return }
        let handle = handle
        do { try buffer.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) } } catch {
            throw .cannotWrite(path: destination.path, reason: "\(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
