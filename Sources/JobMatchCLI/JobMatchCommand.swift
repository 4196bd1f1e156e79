import ArgumentParser

/// The `jobmatch` command: rankings, explanations and checks on data files.
@main
struct JobMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobmatch",
        abstract: "Match job seekers and posts: rank, explain, validate."
    )
}
