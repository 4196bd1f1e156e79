/// What loading one input file gave: the valid records, and every problem.
///
/// Loading never stops at the first problem: every record is read, the
/// valid ones are kept and each rejected one is listed with all its
/// reasons. Whether any problem stops a run is the caller's choice.
public struct Loaded<Record: Sendable>: Sendable {
    /// The file's path, as given.
    public let file: String
    /// The valid records, in file order.
    public internal(set) var records: [Record] = []
    /// The line where each of `records` starts.
    public internal(set) var lines: [Int] = []
    /// Every problem, of the file and of its records, in file order.
    public internal(set) var problems: [InputError] = []
    /// The records left out, each with all its reasons.
    public internal(set) var rejected: [RejectedRecord] = []
    /// The unknown columns or keys, which were ignored.
    public internal(set) var warnings: [InputWarning] = []

    /// Creates an empty result for `file`.
    init(file: String) {
        self.file = file
    }

    /// Makes room for `count` records.
    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    /// Whether the file loaded without any problem.
    public var isValid: Bool { problems.isEmpty }

    /// Keeps `record`, which starts at `line`.
    mutating func keep(_ record: Record, line: Int) {
        records.append(record)
        lines.append(line)
    }

    /// Leaves out the record at `line` for `problems`.
    mutating func reject(line: Int, id: String?, problems: [FieldProblem]) {
        let rejection = RejectedRecord(file: file, line: line, id: id, problems: problems)
        rejected.append(rejection)
        self.problems += rejection.errors
    }
}

/// The three inputs of a run, loaded together: taxonomy, seekers and posts.
public struct DataSet: Sendable {
    /// The taxonomy built from the valid skills.
    public var taxonomy: SkillTaxonomy
    /// The taxonomy file's skills and problems.
    public var skills: Loaded<Skill>
    /// The seekers file's seekers and problems.
    public var seekers: Loaded<Seeker>
    /// The posts file's posts and problems.
    public var posts: Loaded<Post>

    /// Creates a data set from loaded files.
    public init(taxonomy: SkillTaxonomy, skills: Loaded<Skill>, seekers: Loaded<Seeker>, posts: Loaded<Post>) {
        self.taxonomy = taxonomy
        self.skills = skills
        self.seekers = seekers
        self.posts = posts
    }

    /// Every problem of the three files: taxonomy, seekers, then posts.
    public var problems: [InputError] { skills.problems + seekers.problems + posts.problems }

    /// Every rejected record of the three files.
    public var rejected: [RejectedRecord] { skills.rejected + seekers.rejected + posts.rejected }

    /// Every warning of the three files.
    public var warnings: [InputWarning] { skills.warnings + seekers.warnings + posts.warnings }

    /// Whether all three files loaded without any problem.
    public var isValid: Bool { skills.isValid && seekers.isValid && posts.isValid }
}
