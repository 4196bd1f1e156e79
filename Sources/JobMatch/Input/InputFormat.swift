/// The file formats JobMatch reads, told apart by the file's extension.
enum InputFormat: Sendable, Hashable {
    /// RFC 4180 CSV with a header line: `.csv`.
    case csv
    /// One JSON object a line: `.jsonl`.
    case jsonLines

    /// The format of the file at `path`.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unsupportedFormat`` for
    ///   any extension other than `.csv` and `.jsonl` (in any letter case).
    init(path: String) throws(InputError) {
        let name = path.split(separator: "/").last ?? ""
        let suffix = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last
        switch suffix?.lowercased() {
        case "csv": self = .csv
        case "jsonl": self = .jsonLines
        default:
            throw InputError(file: path, line: 0, problem: FieldProblem(
                .unsupportedFormat, field: InputError.fileField, value: suffix.map { ".\($0)" },
                expected: "a file ending in .csv or .jsonl"))
        }
    }
}
