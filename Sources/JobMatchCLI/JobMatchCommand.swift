import ArgumentParser
import Foundation

/// The `jobmatch` command: rankings, explanations and checks on data files.
///
/// Exit status: 0 success, 1 runtime failure, 2 bad usage or bad input.
@main
struct JobMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobmatch",
        abstract: "Match job seekers and posts: rank, assign, explain, report, validate, generate data, serve.",
        discussion: "Exit status: 0 success, 1 runtime failure, 2 bad usage or bad input.",
        subcommands: [
            RankCommand.self, MatchCommand.self, ExplainCommand.self, ReportCommand.self, ValidateCommand.self,
            GenerateCommand.self, BenchCommand.self, ServeCommand.self, CandidatesCommand.self, MergeCommand.self,
        ]
    )

    static func main() {
        let signalSources = Interruption.removeTemporaryFilesOnSignal()
        defer { withExtendedLifetime(signalSources) {} }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            failure.report()
            Foundation.exit(failure.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? ExitStatus.badInput.rawValue : ExitStatus.failure.rawValue)
        }
    }
}
