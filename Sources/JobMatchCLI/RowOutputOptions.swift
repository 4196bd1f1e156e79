import ArgumentParser
import JobMatch

/// `--format` and `--output`: where a command writes its rows, and how.
struct RowOutputOptions: ParsableArguments {
    @Option(help: "table, csv or jsonl (default: from the --output extension, else table).")
    var format: OutputFormat?

    @Option(help: "Write the rows to this file, whole or not at all (default: standard output).")
    var output: String?

    /// The format asked for, else the one the output file's extension names, else a table.
    var resolvedFormat: OutputFormat { OutputFormat.resolved(format, output: output) }
}
