import Foundation
import JobMatch

/// Where a command's main output goes: standard output, or a file written
/// atomically.
struct OutputTarget {
    private let file: AtomicFile?
    private var standardOutput = FileHandle.standardOutput

    /// Standard output when `path` is nil, else a temporary file beside `path`.
    init(path: String?) throws {
        guard let path else {
            file = nil
            return
        }
        do {
            file = try AtomicFile(path: path)
        } catch {
            throw CommandFailure.failure("\(error)")
        }
        Interruption.track(file!.temporaryPath)
    }

    /// Appends `text`.
    func write(_ text: String) throws {
        do {
            if let file { try file.write(text) } else { try standardOutput.write(contentsOf: Data(text.utf8)) }
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }

    /// Moves a file into place; nothing to do for standard output.
    func commit() throws {
        guard let file else { return }
        defer { Interruption.forget(file.temporaryPath) }
        do { try file.commit() } catch { throw CommandFailure.failure("\(error)") }
    }
}
