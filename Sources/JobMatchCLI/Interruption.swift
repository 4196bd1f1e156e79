import Dispatch
import Foundation
import JobMatch

/// Removes unfinished output files when the process is interrupted, so a
/// stopped run leaves nothing partial behind.
enum Interruption {
    private static let temporaryFiles = Locked<Set<String>>([])
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Registers a temporary file to remove if the process is interrupted.
    static func track(_ path: String) { temporaryFiles.withLock { _ = $0.insert(path) } }

    /// Forgets a temporary file that was committed or removed.
    static func forget(_ path: String) { temporaryFiles.withLock { _ = $0.remove(path) } }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP.
    static func removeTemporaryFilesOnSignal() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                temporaryFiles.withLock { paths in paths.forEach { unlink($0) } }
                FileHandle.standardError.write(Data("jobmatch: interrupted; no output written\n".utf8))
                Foundation.exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
