import Foundation

/// Messages for the person at the terminal, never mixed into results.
enum StandardError {
    /// Writes `text` and a line break to stderr.
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stderr is a terminal, where progress is worth showing.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
