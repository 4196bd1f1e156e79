import ArgumentParser
import JobMatch

/// `jobmatch rank`: the best posts for each seeker, or seekers for each post.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the best posts for each seeker, or the best seekers for each post.",
        discussion: """
            Rows: seeker, post, rank, score, skill, geo, wage, distance_km, bonus. \
            Equal scores are ordered by id. With --direction seekers, --fair-group \
            or --fair-shares re-rank each post's seekers so that key groups keep \
            their place in every prefix; rows then add moved_up and the list's ndcg.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var rejectOptions: RejectOptions
    @OptionGroup var fairness: FairnessOptions

    @Option(help: "How many matches to list per seeker (or post).")
    var top = 10

    @Option(help: "posts: the best posts for each seeker; seekers: the best seekers for each post.")
    var direction: RankingDirection = .posts

    @OptionGroup var rows: RowOutputOptions

    @OptionGroup var threading: ThreadOptions

    @Option(
        help: """
            Rank only the seekers of shard I/N (their id's FNV-1a 64 hash is I modulo N), \
            with an exact score_bits column, for jobmatch merge.
            """)
    var shard: Shard?

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        let policy = try fairness.policy()
        if policy != nil, direction != .seekers {
            throw ValidationError("--fair-group and --fair-shares re-rank posts' lists: they need --direction seekers")
        }
        if shard != nil {
            guard policy == nil else {
                throw ValidationError("--shard cannot be combined with --fair-group or --fair-shares")
            }
            guard rows.resolvedFormat != .table else {
                throw ValidationError(
                    "--shard writes csv or jsonl for jobmatch merge: name the --format or use a .csv or .jsonl --output"
                )
            }
        }
    }

    func run() throws {
        let configuration = try scoring.resolved()
        // Opened first, so an output that cannot be written fails before the work.
        let target = try OutputTarget(path: rows.output)
        let data = try input.load(rejects: rejectOptions.policy)
        let engine = try EngineFactory.engine(
            for: data, configuration: configuration, options: threading.engineOptions)
        let titles = Dictionary(data.posts.records.compactMap { post in post.title.map { (post.id, $0) } }) {
            first, _ in first
        }
        let writer = RankingWriter(
            format: rows.resolvedFormat, postTitles: titles, threads: threading.engineOptions.threads)
        let progress = Progress(label: "ranking")
        if let policy = try fairness.policy() {
            let ranking = try engine.fairRank(data.seekers.records, top: top, policy: policy, progress: progress.report)
            progress.finish()
            try writer.write(ranking, to: target.write(bytes:))
        } else if let shard {
            let seekers = data.seekers.records.filter { shard.contains(seekerID: $0.id) }
            let ranking = engine.rank(seekers, direction: direction, top: top, progress: progress.report)
            progress.finish()
            try writer.writeShard(ranking, to: target.write(bytes:))
        } else {
            let ranking = engine.rank(data.seekers.records, direction: direction, top: top, progress: progress.report)
            progress.finish()
            try writer.write(ranking, to: target.write(bytes:))
        }
        try target.commit()
    }
}

extension RankingDirection: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {
    /// The format asked for, else the one the output file's extension names, else a table.
    static func resolved(_ format: OutputFormat?, output: String?) -> OutputFormat {
        if let format { return format }
        if output?.hasSuffix(".csv") == true { return .csv }
        if output?.hasSuffix(".jsonl") == true { return .jsonl }
        return .table
    }
}
