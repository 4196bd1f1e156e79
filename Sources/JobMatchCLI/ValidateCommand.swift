import ArgumentParser
import JobMatch

/// `jobmatch validate`: every problem in the three files, and a summary.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the taxonomy, seekers and posts; report every problem with file, line and field.",
        discussion: "Exit status 0 when the data is clean (or every bad record was skipped with --skip-invalid), 2 otherwise."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var rejectOptions: RejectOptions

    func run() throws {
        let data = InputLoader.loadDataSet(taxonomyPath: input.taxonomy, seekersPath: input.seekers, postsPath: input.posts)
        let target = try OutputTarget(path: nil)
        for warning in data.warnings { try target.write("warning: \(warning)\n") }
        if let policy = rejectOptions.policy {
            if !data.isValid { try policy.record(data) }
        } else {
            for problem in data.problems { try target.write("\(problem)\n") }
        }
        let files: [(String, Int, Int)] = [
            (data.skills.file, data.skills.records.count, data.skills.rejected.count),
            (data.seekers.file, data.seekers.records.count, data.seekers.rejected.count),
            (data.posts.file, data.posts.records.count, data.posts.rejected.count),
        ]
        for (file, valid, rejected) in files {
            try target.write("\(file): \(valid) valid record(s), \(rejected) rejected\n")
        }
        let verdict = data.isValid
            ? "clean"
            : "\(data.problems.count) problem(s) in \(data.rejected.count) record(s)"
                + (rejectOptions.skipInvalid ? ", skipped" : "")
        try target.write("\(verdict)\n")
        if !data.isValid, !rejectOptions.skipInvalid { throw CommandFailure(lines: [], status: .badInput) }
    }
}
