import ArgumentParser
import JobMatch

/// `--skip-invalid` and `--rejects`: skip bad records, list them, go on.
struct RejectOptions: ParsableArguments {
    @Flag(help: "Skip bad records instead of stopping; they are listed and counted.")
    var skipInvalid = false

    @Option(help: "With --skip-invalid, write the rejected records here (CSV: file,line,id,field,code,problem).")
    var rejects: String?

    func validate() throws {
        if rejects != nil, !skipInvalid { throw ValidationError("--rejects needs --skip-invalid") }
    }

    /// The policy, if bad records are to be skipped.
    var policy: RejectPolicy? { skipInvalid ? RejectPolicy(rejectsPath: rejects) : nil }
}

/// Lists skipped records on stderr or in a rejects file, and counts them.
struct RejectPolicy {
    let rejectsPath: String?

    /// The rejects file's columns.
    static let columns = ["file", "line", "id", "field", "code", "problem"]

    /// Reports the rejected records of `data`.
    func record(_ data: DataSet) throws {
        let rejected = data.rejected
        let fileProblems = data.problems.count - rejected.reduce(0) { $0 + $1.problems.count }
        if let rejectsPath {
            let output = try OutputTarget(path: rejectsPath)
            try output.write(TextEscaping.csvRecord(Self.columns) + "\n")
            for record in rejected {
                for problem in record.problems {
                    try output.write(TextEscaping.csvRecord([
                        record.file, String(record.line), record.id ?? "", problem.field, problem.code.rawValue,
                        problem.description,
                    ]) + "\n")
                }
            }
            try output.commit()
        } else {
            for record in rejected { StandardError.line("skipped: \(record)") }
        }
        if fileProblems > 0 {
            for problem in data.problems where !rejected.contains(where: { $0.file == problem.file && $0.line == problem.line }) {
                StandardError.line("skipped: \(problem)")
            }
        }
        let listed = rejectsPath.map { " (listed in \($0))" } ?? ""
        StandardError.line("skipped \(rejected.count) invalid record(s)\(listed)")
    }
}
