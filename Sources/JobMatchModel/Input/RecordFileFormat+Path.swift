extension RecordFileFormat {
    /// The format of the file at `path`.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unsupportedFormat`` for
    ///   any extension other than `.csv` and `.jsonl` (in any letter case).
    init(path: String) throws(InputError) {
        let name = path.split(separator: "/").last ?? ""
        let suffix = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last
        switch suffix?.lowercased() {
        case "csv": self = .csv
        case "jsonl": self = .jsonl
        default:
            throw InputError(file: path, line: 0, problem: FieldProblem(
                .unsupportedFormat, field: InputError.fileField, value: suffix.map { ".\($0)" },
                expected: "a file ending in .csv or .jsonl"))
        }
    }
}
