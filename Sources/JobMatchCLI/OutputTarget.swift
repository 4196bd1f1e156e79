import Foundation
import JobMatch

/// Where a command's main output goes: standard output, or a file written
/// under a temporary name and moved into place only when complete.
final class OutputTarget {
    private var file: StagedTextFile?

    /// Standard output when `path` is nil, else a temporary file beside `path`.
    init(path: String?) throws {
        guard let path else { return }
        do {
            file = try Interruption.stage(URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }

    deinit {
        // Reached with the file still open only when the command failed midway.
        if let file {
            file.discard()
            Interruption.forget(file.temporary.path)
        }
    }

    /// Appends `text`.
    func write(_ text: String) throws {
        do {
            if file != nil {
                try file!.append(text)
            } else {
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            }
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }

    /// Appends raw bytes.
    func write(bytes: [UInt8]) throws {
        do {
            if file != nil {
                try file!.append(bytes: bytes)
            } else {
                try FileHandle.standardOutput.write(contentsOf: Data(bytes))
            }
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }

    /// Appends `records` in `format`, with a header for CSV.
    func write<Record: RecordEncodable>(records: some Sequence<Record>, format: RecordFileFormat) throws {
        var text = RecordEncoding.header(for: Record.self, in: format) ?? ""
        for record in records { RecordEncoding.appendLine(record, in: format, to: &text) }
        try write(text)
    }

    /// Moves a file into place; nothing to do for standard output.
    func commit() throws {
        guard var finished = file else { return }
        file = nil
        defer { Interruption.forget(finished.temporary.path) }
        do {
            try finished.close()
            try finished.moveIntoPlace()
        } catch {
            finished.discard()
            throw CommandFailure.failure("\(error)")
        }
    }
}
