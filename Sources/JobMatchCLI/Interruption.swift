import Dispatch
import Foundation
import JobMatch

/// Removes unfinished output files when the process is interrupted, so a
/// stopped run leaves nothing partial behind.
enum Interruption {
    private static let temporaryFiles = Locked<Set<String>>([])

    /// Creates a staged file for `destination` and registers its temporary
    /// file for removal if the process is interrupted.
    ///
    /// The file is created and registered under the lock that the signal
    /// handler takes, so a signal finds the file either registered or not
    /// yet created.
    ///
    /// - Throws: ``FileWriteError`` if the temporary file cannot be created.
    static func stage(_ destination: URL) throws -> StagedTextFile {
        try temporaryFiles.withLock { paths in
            let file = try StagedTextFile(destination: destination)
            paths.insert(file.temporary.path)
            return file
        }
    }

    /// Forgets a temporary file that was committed or removed.
    static func forget(_ path: String) { temporaryFiles.withLock { _ = $0.remove(path) } }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP.
    ///
    /// - Returns: the handlers' dispatch sources, which handle the signals
    ///   only while they live: the caller keeps them for as long as it runs.
    static func removeTemporaryFilesOnSignal() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // The lock is held until the process ends, so no file is staged after the removal.
                temporaryFiles.withLock { paths in
                    for path in paths { unlink(path) }
                    FileHandle.standardError.write(Data("jobmatch: interrupted; no output written\n".utf8))
                    Foundation.exit(128 + signalNumber)
                }
            }
            source.resume()
            return source
        }
    }
}
