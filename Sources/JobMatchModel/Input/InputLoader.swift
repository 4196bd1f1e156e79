import Foundation

/// Loads the taxonomy, seekers and posts from CSV or JSON Lines files.
///
/// The format follows the extension: `.csv` or `.jsonl` (FORMATS.md). A
/// file is read whole, in one read, then cut into chunks at line breaks
/// whose records are read and built on every processor
/// (``ChunkedReading``); the results do not depend on how many there are.
///
/// ```swift
/// let skills = InputLoader.loadTaxonomy(path: "skills.csv")
/// let taxonomy = try SkillTaxonomy(skills: skills.records)
/// let seekers = InputLoader.loadSeekers(path: "seekers.jsonl", taxonomy: taxonomy)
/// for error in seekers.problems { print(error) }
/// ```
public enum InputLoader {
    /// Loads a skill taxonomy.
    ///
    /// The kept skills satisfy ``SkillTaxonomy/init(skills:)``: unique ids,
    /// a name and group, and `max_level` within 1…8.
    ///
    /// - Parameter path: a `.csv` or `.jsonl` file of skills.
    /// - Returns: the valid skills and every problem found.
    /// - Complexity: O(size of the file).
    public static func loadTaxonomy(path: String) -> Loaded<Skill> {
        load(path: path, schema: RecordSchema(SkillField.self)) { RecordBuilder.skill(from: $0) }
    }

    /// Loads job seekers.
    ///
    /// - Parameters:
    ///   - path: a `.csv` or `.jsonl` file of seekers.
    ///   - taxonomy: the skills that seekers' skill ids and levels must name.
    /// - Returns: the valid seekers and every problem found.
    /// - Complexity: O(size of the file).
    public static func loadSeekers(path: String, taxonomy: SkillTaxonomy) -> Loaded<Seeker> {
        load(path: path, schema: RecordSchema(SeekerField.self)) { RecordBuilder.seeker(from: $0, taxonomy: taxonomy) }
    }

    /// Loads posts.
    ///
    /// - Parameters:
    ///   - path: a `.csv` or `.jsonl` file of posts.
    ///   - taxonomy: the skills that requirements must name.
    /// - Returns: the valid posts and every problem found.
    /// - Complexity: O(size of the file).
    public static func loadPosts(path: String, taxonomy: SkillTaxonomy) -> Loaded<Post> {
        load(path: path, schema: RecordSchema(PostField.self)) { RecordBuilder.post(from: $0, taxonomy: taxonomy) }
    }

    /// Loads districts (REPORTS.md): `id, name, name_zh, lat, lon`, the
    /// centre of each.
    ///
    /// - Parameter path: a `.csv` or `.jsonl` file of districts.
    /// - Returns: the valid districts and every problem found.
    /// - Complexity: O(size of the file).
    public static func loadDistricts(path: String) -> Loaded<District> {
        load(path: path, schema: RecordSchema(DistrictField.self)) { RecordBuilder.district(from: $0) }
    }

    /// Loads skills from bytes in memory, exactly as from a file.
    ///
    /// - Parameters:
    ///   - bytes: the text of a CSV or JSON Lines file.
    ///   - format: which of the two it is.
    ///   - name: what problems name as the file, such as `request body`.
    /// - Returns: the valid skills and every problem found, lines counted as in a file.
    /// - Complexity: O(bytes).
    public static func loadTaxonomy(bytes: [UInt8], format: RecordFileFormat, name: String) -> Loaded<Skill> {
        read(InputText(bytes: bytes, name: name), format: format, schema: RecordSchema(SkillField.self)) {
            RecordBuilder.skill(from: $0)
        }
    }

    /// Loads job seekers from bytes in memory, exactly as from a file.
    ///
    /// - Parameters:
    ///   - bytes: the text of a CSV or JSON Lines file.
    ///   - format: which of the two it is.
    ///   - name: what problems name as the file, such as `request body`.
    ///   - taxonomy: the skills that seekers' skill ids and levels must name.
    /// - Returns: the valid seekers and every problem found, lines counted as in a file.
    /// - Complexity: O(bytes).
    public static func loadSeekers(
        bytes: [UInt8], format: RecordFileFormat, name: String, taxonomy: SkillTaxonomy
    ) -> Loaded<Seeker> {
        read(InputText(bytes: bytes, name: name), format: format, schema: RecordSchema(SeekerField.self)) {
            RecordBuilder.seeker(from: $0, taxonomy: taxonomy)
        }
    }

    /// Loads posts from bytes in memory, exactly as from a file.
    ///
    /// - Parameters:
    ///   - bytes: the text of a CSV or JSON Lines file.
    ///   - format: which of the two it is.
    ///   - name: what problems name as the file, such as `request body`.
    ///   - taxonomy: the skills that requirements must name.
    /// - Returns: the valid posts and every problem found, lines counted as in a file.
    /// - Complexity: O(bytes).
    public static func loadPosts(
        bytes: [UInt8], format: RecordFileFormat, name: String, taxonomy: SkillTaxonomy
    ) -> Loaded<Post> {
        read(InputText(bytes: bytes, name: name), format: format, schema: RecordSchema(PostField.self)) {
            RecordBuilder.post(from: $0, taxonomy: taxonomy)
        }
    }

    /// Loads the taxonomy, then the seekers and posts against it.
    ///
    /// Seekers and posts are checked against the skills that loaded; if the
    /// taxonomy file has problems, skills it failed to define are reported
    /// as unknown where seekers and posts use them.
    ///
    /// - Parameters:
    ///   - taxonomyPath: a `.csv` or `.jsonl` file of skills.
    ///   - seekersPath: a `.csv` or `.jsonl` file of seekers.
    ///   - postsPath: a `.csv` or `.jsonl` file of posts.
    /// - Returns: the three files' records, problems and warnings.
    /// - Complexity: O(total size of the files).
    public static func loadDataSet(taxonomyPath: String, seekersPath: String, postsPath: String) -> DataSet {
        let skills = loadTaxonomy(path: taxonomyPath)
        let taxonomy: SkillTaxonomy
        do {
            taxonomy = try SkillTaxonomy(skills: skills.records)
        } catch {
            // loadTaxonomy rejects every skill that breaks a rule SkillTaxonomy
            // checks (RecordValidator's, and unique ids), so this is a bug.
            preconditionFailure("loadTaxonomy kept a skill that SkillTaxonomy refuses: \(error)")
        }
        return DataSet(
            taxonomy: taxonomy, skills: skills,
            seekers: loadSeekers(path: seekersPath, taxonomy: taxonomy),
            posts: loadPosts(path: postsPath, taxonomy: taxonomy))
    }

    /// Reads every record of the file at `path` and builds it with `build`.
    private static func load<Record>(
        path: String, schema: RecordSchema, build: @Sendable (any RecordFields) -> BuiltRecord<Record>
    ) -> Loaded<Record> {
        do {
            let format = try RecordFileFormat(path: path)
            try checkSize(of: path)
            return read(try InputText(path: path), format: format, schema: schema, build: build)
        } catch {
            var loaded = Loaded<Record>(file: path)
            loaded.problems.append(error)
            return loaded
        }
    }

    /// Refuses a file whose records would not fit in memory, before reading it.
    ///
    /// The file is held whole while its records are built, and a record
    /// takes a few times the bytes of its line; so a file larger than a
    /// quarter of physical memory is refused with a clear error rather
    /// than read until the process is killed.
    private static func checkSize(of path: String) throws(InputError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value ?? 0
        let limit = ProcessInfo.processInfo.physicalMemory / 4
        guard size <= limit else {
            throw InputError(file: path, line: 0, problem: FieldProblem(
                .fileTooLarge, field: InputError.fileField, value: "\(size) bytes",
                expected: "at most \(limit) bytes (a quarter of physical memory); split the file"))
        }
    }

    /// Reads every record of `text` in `format` and builds it with `build`.
    ///
    /// - Parameter chunkBytes: about how many bytes are read as one chunk;
    ///   the result is the same for any value.
    static func read<Record>(
        _ text: InputText, format: RecordFileFormat, schema: RecordSchema,
        chunkBytes: Int = ChunkedReading.chunkBytes, build: @Sendable (any RecordFields) -> BuiltRecord<Record>
    ) -> Loaded<Record> {
        var loaded = Loaded<Record>(file: text.name)
        text.withLines { bytes, range in
            switch format {
            case .csv:
                var reader = CSVReader(path: text.name, lines: Lines(bytes, range: range, firstNumber: 1))
                let header = CSVHeader(reading: &reader, schema: schema)
                loaded.warnings = header.warnings
                guard header.problems.isEmpty else {
                    loaded.problems = header.problems
                    return
                }
                let (offset, number) = reader.nextLine
                let chunks = ChunkedReading.read(
                    bytes, range: offset..<bytes.count, firstLine: number, chunkBytes: chunkBytes
                ) { lines, endsFile in
                    var source = CSVRecordSource(reader: CSVReader(path: text.name, lines: lines, endsFile: endsFile), header: header)
                    var chunk = ChunkedReading.Chunk<Record>()
                    while let item = source.next() { chunk.items.append(item.map(build)) }
                    chunk.openRecord = source.openRecord
                    return chunk
                }
                take(chunks, into: &loaded, ifNone: FieldProblem(
                    .noRecords, field: InputError.fileField, expected: "at least one record after the header"))
            case .jsonl:
                let chunks = ChunkedReading.read(
                    bytes, range: range, firstLine: 1, chunkBytes: chunkBytes
                ) { lines, _ in
                    var source = JSONRecordSource(reader: JSONLinesReader(path: text.name, lines: lines), schema: schema)
                    var chunk = ChunkedReading.Chunk<Record>()
                    while let item = source.next() { chunk.items.append(item.map(build)) }
                    chunk.warnings = source.warnings
                    return chunk
                }
                take(chunks, into: &loaded, ifNone: FieldProblem(
                    .emptyFile, field: InputError.fileField, expected: "one JSON object a line"))
            }
        }
        return loaded
    }

    /// Takes the chunks' items into `loaded` in file order, rejecting
    /// duplicate ids after the first, and their warnings, each field's first.
    ///
    /// - Parameter ifNone: the problem of a file without any record.
    private static func take<Record>(
        _ chunks: [ChunkedReading.Chunk<Record>], into loaded: inout Loaded<Record>, ifNone: FieldProblem
    ) {
        let count = chunks.reduce(0) { $0 + $1.items.count }
        loaded.reserveCapacity(count)
        var firstLineOfID: [String: Int] = [:]
        firstLineOfID.reserveCapacity(count)
        var warned = Set(loaded.warnings.map(\.field))
        for chunk in chunks {
            for warning in chunk.warnings where warned.insert(warning.field).inserted {
                loaded.warnings.append(warning)
            }
            for item in chunk.items {
                switch item {
                case .rejected(let error):
                    loaded.reject(line: error.line, id: nil, problems: [error.problem])
                case .record(let line, var built):
                    if let id = built.id {
                        // Ids of rejected records count too: a second record
                        // with an id is a mistake whatever the first one's fate.
                        if let firstLine = firstLineOfID[id] {
                            built.problems.append(.duplicate(id, firstLine: firstLine))
                        } else {
                            firstLineOfID[id] = line
                        }
                    }
                    if built.problems.isEmpty {
                        loaded.keep(built.record, line: line)
                    } else {
                        loaded.reject(line: line, id: built.id, problems: built.problems)
                    }
                }
            }
        }
        if chunks.allSatisfy(\.items.isEmpty) {
            loaded.problems.append(InputError(file: loaded.file, line: 0, problem: ifNone))
        }
    }
}
