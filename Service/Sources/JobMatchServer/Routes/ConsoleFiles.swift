import Foundation
import Hummingbird
import NIOCore

/// The browser console's files, read into memory once at start: every
/// regular file of a folder, by its name, with its content type.
///
/// Only the folder's top level is read, since a console path names one file;
/// hidden files (an editor's `.index.html.swp`) are left out.
struct ConsoleFiles: Sendable {
    /// One file, ready to answer.
    struct File: Sendable {
        /// The file's bytes.
        var body: ByteBuffer
        /// Its `Content-Type`, from its extension.
        var contentType: String
    }

    /// The files by name, such as `console.js`.
    let files: [String: File]

    /// Reads every regular, not hidden file at the top of `folder`.
    ///
    /// - Throws: the file system's error if the folder or a file cannot be read.
    /// - Complexity: O(total size of the files).
    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        var files: [String: File] = [:]
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[name] = File(
                body: ByteBuffer(bytes: try Data(contentsOf: url)), contentType: Self.contentType(ofName: name))
        }
        self.files = files
    }

    /// The file called `name` exactly, if the console has one.
    subscript(name: String) -> File? { files[name] }

    /// The console bundled with the service, which holds `index.html`.
    static func bundled() -> ConsoleFiles {
        guard let folder = Bundle.module.url(forResource: "console", withExtension: nil),
            let console = try? ConsoleFiles(folder: folder), console["index.html"] != nil
        else { preconditionFailure("console/index.html is missing from the service's resources") }
        return console
    }

    /// The `Content-Type` of a file called `name`, by its extension as
    /// Hummingbird maps it, text as UTF-8; `application/octet-stream` for
    /// an extension it does not know.
    static func contentType(ofName name: String) -> String {
        guard let type = MediaType.getMediaType(forExtension: (name as NSString).pathExtension.lowercased()) else {
            return "application/octet-stream"
        }
        return (type.type == .text ? type.withParameter(name: "charset", value: "utf-8") : type).description
    }
}
