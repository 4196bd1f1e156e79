import ArgumentParser
import JobMatch

/// `jobmatch candidates`: one shard's candidate graph, for `match --graph`.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Write the candidate graph of one shard of the seekers, for match --graph.",
        discussion: """
            The part holds the shard's seekers' edges with exact scores, versioned and \
            checksummed (README: Sharded runs). match --graph with the parts of every shard \
            places exactly as match on one machine.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var rejectOptions: RejectOptions

    @Option(help: "The shard of the seekers, I/N: those whose id's FNV-1a 64 hash is I modulo N.")
    var shard: Shard

    @Option(help: "Candidates: each seeker's best K posts and each post's best K seekers, or 'all' feasible pairs.")
    var candidates: CandidateLimit = .perSide(50)

    @Option(help: "The part file, written whole or not at all.")
    var output: String

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if case .perSide(let k) = candidates, k < 1 {
            throw ValidationError("--candidates must be at least 1 or 'all'")
        }
    }

    func run() throws {
        let configuration = try scoring.resolved()
        let target = try OutputTarget(path: output)
        let data = try input.load(rejects: rejectOptions.policy)
        let engine = try EngineFactory.engine(for: data, configuration: configuration, options: threading.engineOptions)
        let progress = Progress(label: "scoring candidates")
        let seekers = data.seekers.records.filter { shard.contains(seekerID: $0.id) }
        let graph = engine.candidateGraph(for: seekers, limit: candidates, progress: progress.report)
        progress.finish()
        try target.write(bytes: CandidatePart.encode(graph, shard: shard))
        try target.commit()
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
