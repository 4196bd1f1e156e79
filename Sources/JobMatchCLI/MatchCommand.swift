import ArgumentParser
import Foundation
import JobMatch

/// `jobmatch match`: who goes where, with openings and one post per seeker.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Assign seekers to posts: optimal (largest total score), stable or greedy.",
        discussion: """
            Rows: seeker, post, score; unplaced seekers are left out. optimal maximises the total score \
            by an ε-scaling auction, exact on the candidate graph (with --candidates all, over every \
            feasible pair); stable is seeker-proposing deferred acceptance under SCORING.md's two-sided \
            preferences; greedy takes the best pairs first.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var rejectOptions: RejectOptions

    @Option(help: "optimal, stable or greedy.")
    var mode: AssignmentMode

    @Option(
        help: """
            Candidates: each seeker's best K posts and each post's best K seekers, \
            or 'all' feasible pairs. (default: 50)
            """)
    var candidates: CandidateLimit?

    @Option(
        parsing: .upToNextOption,
        help: "Assign from these parts (jobmatch candidates --shard, one per shard) instead of scoring.")
    var graph: [String] = []

    @OptionGroup var rows: RowOutputOptions

    @Option(help: "Write the summary as JSON to this file.")
    var summary: String?

    @Option(help: "Subsidy to the shared-employee pool's operator per shared placement, CNY.")
    var subsidy = AssignmentConfiguration().subsidyPerSharedPlacement

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if case .perSide(let k) = candidates, k < 1 {
            throw ValidationError("--candidates must be at least 1 or 'all'")
        }
        if !graph.isEmpty, threading.threads != nil || candidates != nil {
            throw ValidationError("--graph takes the candidates of its parts: no --candidates or --threads with it")
        }
        guard subsidy.isFinite, subsidy >= 0 else { throw ValidationError("--subsidy must be a number ≥ 0") }
    }

    func run() throws {
        let configuration = try scoring.resolved()
        let target = try OutputTarget(path: rows.output)
        let summaryTarget = try summary.map { try OutputTarget(path: $0) }
        let data = try input.load(rejects: rejectOptions.policy)
        let graph = try graph.isEmpty ? score(data, configuration: configuration) : merged(data)
        let assignment = graph.assignment(mode)
        let report = AssignmentSummary(
            assignment, in: graph, configuration: AssignmentConfiguration(subsidyPerSharedPlacement: subsidy))

        let resolvedFormat = rows.resolvedFormat
        try target.write(AssignmentWriter(format: resolvedFormat).text(assignment, in: graph))
        try target.commit()
        if let summaryTarget {
            try summaryTarget.write(try JSONText.text(report, keys: .snakeCase, pretty: true))
            try summaryTarget.commit()
        }
        if resolvedFormat == .table { StandardError.line(report.formatted()) }
    }

    /// The candidate graph from one tiled pass.
    private func score(_ data: DataSet, configuration: ScoringConfiguration) throws -> CandidateGraph {
        let engine = try EngineFactory.engine(for: data, configuration: configuration, options: threading.engineOptions)
        let progress = Progress(label: "scoring candidates")
        defer { progress.finish() }
        return engine.candidateGraph(
            for: data.seekers.records, limit: candidates ?? .perSide(50), progress: progress.report)
    }

    /// The candidate graph merged from the parts of `--graph`.
    private func merged(_ data: DataSet) throws -> CandidateGraph {
        do {
            return try CandidatePart.merge(graph, read: { path in
                guard let bytes = FileManager.default.contents(atPath: path) else {
                    throw CommandFailure.badInput(["\(path): cannot read the part"])
                }
                return [UInt8](bytes)
            }, seekers: data.seekers.records, posts: data.posts.records)
        } catch let error as CandidatePartError {
            throw CommandFailure.badInput([error.description, "nothing written"])
        }
    }
}

extension AssignmentMode: ExpressibleByArgument {}

extension CandidateLimit: ExpressibleByArgument {
    /// `--candidates all`, or a number per side.
    public init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let k = Int(argument) {
            self = .perSide(k)
        } else {
            return nil
        }
    }
}
