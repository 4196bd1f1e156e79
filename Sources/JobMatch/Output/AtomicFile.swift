import Foundation

/// An output file written whole or not at all.
///
/// Text goes to a temporary file beside the destination; ``commit()`` renames
/// it into place, so readers never see a partial file and a failed or
/// interrupted run leaves any existing file untouched.
package final class AtomicFile {
    /// The destination.
    package let path: String
    /// The temporary file being written.
    package let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var isFinished = false

    /// Creates the temporary file beside `path`.
    ///
    /// - Throws: ``OutputError`` if the directory is not writable.
    package init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = ".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: .min ... .max)).tmp"
        temporaryPath = (directory as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath)
        else { throw OutputError(path: path, reason: "cannot create a file in \(directory)") }
        self.handle = handle
        buffer.reserveCapacity(Self.chunk)
    }

    deinit { if !isFinished { discard() } }

    private static let chunk = 1 << 20

    /// Appends `text`.
    package func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Moves the finished file into place, replacing any file there.
    package func commit() throws {
        try flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw OutputError(path: path, reason: "cannot finish writing: \(error.localizedDescription)")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(path: path, reason: "cannot move into place: \(reason)")
        }
        isFinished = true
    }

    /// Abandons the file; the destination is left as it was.
    package func discard() {
        isFinished = true
        try? handle.close()
        unlink(temporaryPath)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw OutputError(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An output file that could not be written.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What went wrong.
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
