import Foundation

/// The one input file a fuzz target writes each input to, so that the
/// loaders read it through their real entry points.
///
/// The file lives in a folder of its own under `TMPDIR` (or `/tmp`), made
/// on first use and removed when the process exits.
enum FuzzFile {
    /// The folder holding this process's input files.
    private static let folder: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(base)/jobmatch-fuzz-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { fatalError("cannot make a folder under \(base)") }
        let path = String(cString: template)
        atexit { try? FileManager.default.removeItem(atPath: FuzzFile.folderPath ?? "") }
        folderPath = path
        return path
    }()

    /// The folder's path once made, for the exit handler, which cannot capture.
    nonisolated(unsafe) private static var folderPath: String?

    /// Writes `bytes` to `input.<fileExtension>` and returns its path.
    static func write(_ bytes: UnsafeRawBufferPointer, fileExtension: String) -> String {
        let path = "\(folder)/input.\(fileExtension)"
        guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        defer { fclose(file) }
        if let base = bytes.baseAddress {
            require(fwrite(base, 1, bytes.count, file) == bytes.count, "short write")
        }
        return path
    }
}
