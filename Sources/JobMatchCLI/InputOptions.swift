import ArgumentParser
import Foundation
import JobMatch

/// The three input files every data command reads, and what to do with bad records.
struct InputOptions: ParsableArguments {
    @Option(help: "The skill taxonomy (.csv or .jsonl).")
    var taxonomy: String

    @Option(help: "The job seekers (.csv or .jsonl).")
    var seekers: String

    @Option(help: "The posts (.csv or .jsonl).")
    var posts: String

    /// Loads the data set; warnings go to stderr.
    ///
    /// - Parameter rejects: what to do with bad records; without it any bad
    ///   record stops the command before it writes anything.
    /// - Throws: ``CommandFailure`` (exit status 2) listing every problem.
    func load(rejects: RejectPolicy? = nil) throws -> DataSet {
        let data = InputLoader.loadDataSet(taxonomyPath: taxonomy, seekersPath: seekers, postsPath: posts)
        for warning in data.warnings { StandardError.line("warning: \(warning)") }
        guard !data.isValid else { return data }
        guard let rejects else {
            throw CommandFailure.badInput(
                data.problems.map(\.description)
                    + ["\(data.problems.count) problem(s); nothing written (use --skip-invalid to skip bad records)"])
        }
        try rejects.record(data)
        return data
    }
}
