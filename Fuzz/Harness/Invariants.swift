@testable import JobMatchModel

/// Cheap checks of what the input code returns, whatever the input.
///
/// Each one stops the process (``require(_:_:)``) when broken, which
/// libFuzzer reports as a crash and saves the input for.
enum Invariants {
    /// The problem codes that stop a whole file: no record is kept after one.
    static let fileCodes: Set<ProblemCode> = [.unreadableFile, .unsupportedFormat, .emptyFile, .missingColumn, .duplicateColumn]

    /// Checks one problem: a line within the file, a field, and a message.
    static func check(_ problem: FieldProblem, context: String) {
        require(!problem.field.isEmpty, "\(context): a problem without a field: \(problem)")
        require(!problem.expected.isEmpty, "\(context): a problem without an expectation: \(problem)")
        require((problem.value?.count ?? 0) <= 40, "\(context): a value not shortened: \(problem)")
        require(!problem.description.isEmpty, "\(context): an empty description")
    }

    /// Checks one error of the file at `path`, which has `lineCount` lines.
    static func check(_ error: InputError, path: String, lineCount: Int) {
        require(error.file == path, "an error names another file: \(error)")
        require((0...lineCount).contains(error.line), "an error at line \(error.line) of \(lineCount): \(error)")
        check(error.problem, context: "\(path):\(error.line)")
    }

    /// Checks what loading a file of `lineCount` lines gave.
    ///
    /// Kept and rejected records start on distinct lines in increasing order;
    /// every problem is either one of the whole file (line 0, or a header
    /// problem) or belongs to a rejected record; kept records keep the model's
    /// rules and their ids are unique.
    static func check<Record>(
        _ loaded: Loaded<Record>, path: String, lineCount: Int,
        id: (Record) -> String, ruleProblems: (Record) -> [FieldProblem]
    ) {
        require(loaded.records.count == loaded.lines.count, "records and lines differ in count")
        require(loaded.isValid == loaded.problems.isEmpty, "isValid disagrees with problems")
        checkIncreasing(loaded.lines, "kept lines")
        checkIncreasing(loaded.rejected.map(\.line), "rejected lines")
        require(Set(loaded.lines).isDisjoint(with: loaded.rejected.map(\.line)), "a line both kept and rejected")
        require(loaded.lines.allSatisfy { (1...lineCount).contains($0) }, "a kept line outside the file")

        for error in loaded.problems { check(error, path: path, lineCount: lineCount) }
        var recordProblems = 0
        for rejected in loaded.rejected {
            require(rejected.file == path && rejected.line >= 1, "a bad rejection: \(rejected)")
            require(!rejected.problems.isEmpty, "a record rejected for no problem: \(rejected)")
            require(!rejected.description.isEmpty, "an empty rejection description")
            recordProblems += rejected.problems.count
        }
        let fileProblems = loaded.problems.count - recordProblems
        require(fileProblems >= 0, "fewer problems than the rejected records list")
        if loaded.problems.contains(where: { fileCodes.contains($0.problem.code) }) {
            require(loaded.records.isEmpty, "records kept from a file with a problem of the whole file")
        }
        for warning in loaded.warnings {
            require(warning.file == path && (1...lineCount).contains(warning.line), "a bad warning: \(warning)")
            require(!warning.field.isEmpty, "a warning without a field: \(warning)")
        }

        var ids: Set<String> = []
        for record in loaded.records {
            require(ids.insert(id(record)).inserted, "a duplicate id kept: \(id(record))")
            require(isPlainID(id(record)), "an id kept against the id rule: \(id(record).debugDescription)")
            let problems = ruleProblems(record)
            require(problems.isEmpty, "a record kept against the rules: \(problems)")
        }
    }

    /// Loads `bytes` as seekers in chunks of a few bytes, and requires what
    /// one chunk gives: the same records, problems and warnings, in order.
    static func checkChunking(_ bytes: UnsafeRawBufferPointer, format: RecordFileFormat) {
        let text = InputText(bytes: Array(bytes), name: "input.\(format.fileExtension)")
        let schema = RecordSchema(SeekerField.self)
        let whole = InputLoader.read(text, format: format, schema: schema, chunkBytes: .max) {
            RecordBuilder.seeker(from: $0, taxonomy: fuzzTaxonomy)
        }
        for chunkBytes in [1, 7, 64] {
            let chunked = InputLoader.read(text, format: format, schema: schema, chunkBytes: chunkBytes) {
                RecordBuilder.seeker(from: $0, taxonomy: fuzzTaxonomy)
            }
            require(chunked.records == whole.records && chunked.lines == whole.lines, "chunks of \(chunkBytes) bytes: other records")
            require(chunked.problems == whole.problems, "chunks of \(chunkBytes) bytes: other problems")
            require(chunked.rejected == whole.rejected, "chunks of \(chunkBytes) bytes: other rejections")
            require(chunked.warnings == whole.warnings, "chunks of \(chunkBytes) bytes: other warnings")
        }
    }

    /// Loads the file at `path`, which holds `bytes`, and checks the result.
    ///
    /// The kind of record is the one whose fields the bytes name: skills if
    /// `max_level` appears, posts if `wage` or `requirements` does, else
    /// seekers. Loading every file as all three kinds would find little more,
    /// at three times the cost.
    static func checkLoader(path: String, bytes: UnsafeRawBufferPointer) {
        let lineCount = lineCount(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("max_level") {
            let skills = InputLoader.loadTaxonomy(path: path)
            check(skills, path: path, lineCount: lineCount, id: \.id, ruleProblems: RecordValidator.problems(in:))
            // What loadDataSet relies on: the kept skills always make a taxonomy.
            do {
                _ = try SkillTaxonomy(skills: skills.records)
            } catch {
                fatalError("kept skills that SkillTaxonomy refuses: \(error)")
            }
        } else if text.contains("wage") || text.contains("requirements") {
            let posts = InputLoader.loadPosts(path: path, taxonomy: fuzzTaxonomy)
            check(posts, path: path, lineCount: lineCount, id: \.id) {
                RecordValidator.problems(in: $0, taxonomy: fuzzTaxonomy)
            }
        } else {
            let seekers = InputLoader.loadSeekers(path: path, taxonomy: fuzzTaxonomy)
            check(seekers, path: path, lineCount: lineCount, id: \.id) {
                RecordValidator.problems(in: $0, taxonomy: fuzzTaxonomy)
            }
        }
    }

    /// Whether `id` is free of what the id rule forbids that a reader of
    /// the output could trip on: separators by scalar, U+037E (canonically
    /// `;`), control characters and white space at either end.
    static func isPlainID(_ id: String) -> Bool {
        let forbidden: Set<Unicode.Scalar> = [";", ":", ",", "\u{37E}"]
        let scalars = id.unicodeScalars
        return !scalars.isEmpty
            && !scalars.contains { forbidden.contains($0) || $0.properties.generalCategory == .control }
            && !scalars.first!.properties.isWhitespace && !scalars.last!.properties.isWhitespace
    }

    /// The number of lines a line reader finds in `bytes`: a final line
    /// without a break counts.
    static func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        let breaks = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return breaks + (bytes.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
    }

    private static func checkIncreasing(_ lines: [Int], _ what: String) {
        require(zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }, "\(what) not increasing: \(lines)")
    }
}
