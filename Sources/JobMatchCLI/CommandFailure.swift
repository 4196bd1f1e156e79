import Foundation
import JobMatch

/// A failure that ends a command with a message on stderr, one line per problem.
struct CommandFailure: Error {
    /// The lines to print.
    var lines: [String]
    /// The exit status.
    var status: ExitStatus

    /// Bad input or usage: exit status 2.
    static func badInput(_ lines: [String]) -> CommandFailure { CommandFailure(lines: lines, status: .badInput) }

    /// A record that `file` does not hold: exit status 2, with the code the
    /// service answers an unknown id with, `not-found`.
    static func unknownRecord(_ error: UnknownRecordError, in file: String) -> CommandFailure {
        badInput(["\(file): \(error) [not-found]"])
    }

    /// A runtime failure: exit status 1.
    static func failure(_ line: String) -> CommandFailure { CommandFailure(lines: [line], status: .failure) }

    func report() {
        let text = lines.map { "jobmatch: \($0)\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }
}
