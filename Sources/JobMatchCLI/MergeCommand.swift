import ArgumentParser
import Foundation
import JobMatch

/// `jobmatch merge`: the shards' rankings as one run writes them.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the rankings of every shard (rank --shard) into the file one run writes.",
        discussion: """
            Give the input files and options the parts were ranked with. posts: each seeker's \
            rows, in the order of the seekers file. seekers: each post's \
            rows of every shard, merged by exact score (ties by seeker id) and ranked again, \
            in the order of the posts file. The result is byte for byte what rank writes on \
            one machine.
            """
    )

    @Option(help: "posts or seekers, as the parts were ranked.")
    var direction: RankingDirection = .posts

    @Option(help: "The list length the parts were ranked with.")
    var top: Int

    @OptionGroup(title: "The input files the parts were ranked from") var input: InputOptions
    @OptionGroup var rejectOptions: RejectOptions

    @Option(help: "csv or jsonl (default: from the --output extension).")
    var format: OutputFormat?

    @Option(help: "The merged file, written whole or not at all.")
    var output: String

    @Argument(help: "The parts: one rank --shard output per shard.")
    var parts: [String]

    private var resolvedFormat: OutputFormat { OutputFormat.resolved(format, output: output) }

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard resolvedFormat != .table else { throw ValidationError("merge writes csv or jsonl: name the --format or use a .csv or .jsonl --output") }
        guard !parts.isEmpty else { throw ValidationError("no part given") }
    }

    func run() throws {
        let target = try OutputTarget(path: output)
        let data = try input.load(rejects: rejectOptions.policy)
        let (seekerIDs, postIDs) = (data.seekers.records.map(\.id), data.posts.records.map(\.id))
        let texts = try parts.map { path in
            do {
                return (name: path, text: try String(contentsOfFile: path, encoding: .utf8))
            } catch {
                throw CommandFailure.badInput(["\(path): cannot read: \(error.localizedDescription)"])
            }
        }
        let merge = RankingMerge(direction: direction, top: top, format: resolvedFormat, seekerIDs: seekerIDs, postIDs: postIDs)
        do {
            try merge.merge(texts, to: target.write)
        } catch let error as RankingMergeError {
            throw CommandFailure.badInput([error.description, "nothing written"])
        }
        try target.commit()
    }
}
