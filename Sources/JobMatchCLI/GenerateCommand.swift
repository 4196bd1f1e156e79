import ArgumentParser
import Foundation
import JobMatch
import JobMatchSynthetic

/// `jobmatch generate`: deterministic synthetic Huangshi data at any scale.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic skills, districts, employers, seekers and posts with the fixtures' distributions.",
        discussion: """
            The same seed gives the same files; seeker i and post j do not depend on the counts, \
            so smaller data sets are prefixes of larger ones. Records stream out in constant memory.
            """
    )

    @Option(help: "How many seekers.")
    var seekers: Int

    @Option(help: "How many posts.")
    var posts: Int

    @Option(help: "How many posts of a planned project (a new electronics plant) to write as `planned`, for `report --planned`.")
    var planned = 0

    @Option(help: "The random seed.")
    var seed: UInt64 = 2026

    @Option(help: "The folder to write skills, districts, employers, seekers and posts files into.")
    var out: String

    @Option(help: "csv or jsonl.")
    var format: RecordFileFormat = .csv

    func validate() throws {
        guard seekers >= 0, posts >= 0, planned >= 0 else {
            throw ValidationError("--seekers, --posts and --planned must not be negative")
        }
    }

    func run() throws {
        do {
            try SyntheticDataGenerator(seed: seed)
                .write(seekers: seekers, posts: posts, planned: planned, to: URL(fileURLWithPath: out), format: format)
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }
}

extension RecordFileFormat: ExpressibleByArgument {}
