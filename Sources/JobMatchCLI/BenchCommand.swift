import ArgumentParser
import Foundation
import JobMatch
import JobMatchSynthetic

/// `jobmatch bench`: throughput of every stage on generated data.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate data in memory (fixed seed) and time each stage of ranking.",
        discussion: "Timings are figures for comparison within one run, not guarantees: shared machines are noisy."
    )

    @Option(help: "How many seekers.")
    var seekers = 20_000

    @Option(help: "How many posts.")
    var posts = 5_000

    @Option(help: "List length per seeker.")
    var top = 10

    @Option(help: "Worker threads.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("repeat"), help: "Runs per stage; the median counts.")
    var repetitions = 3

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 2026

    @Option(help: "Also time a candidate graph with K per side and each assignment mode on it.")
    var assignment: Int?

    @Flag(inversion: .prefixedNo, help: "Time the scoring stages: each kernel, the GEMM alone, the reference.")
    var stages = true

    @Flag(inversion: .prefixedNo, help: "Time what users wait for on files: loading CSV and JSON Lines, writing rows, the candidate graph (K from --assignment, else 50), and jobmatch rank and match run whole.")
    var endToEnd = true

    @Flag(help: "Also time the live index: single-seeker and single-post queries, upserts, queries under writes.")
    var live = false

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func validate() throws {
        guard seekers >= 1, posts >= 1, top >= 1, threads >= 1, repetitions >= 1, (assignment ?? 1) >= 1 else {
            throw ValidationError("--seekers, --posts, --top, --threads, --repeat and --assignment must be at least 1")
        }
    }

    func run() throws {
        let log: (String) -> Void = { StandardError.line("bench: \($0)") }
        var report = BenchReport(stages: nil, endToEnd: nil, live: nil)
        // First, while this process is small: its children's peak memory counts from its size.
        if endToEnd {
            report.endToEnd = try EndToEndBenchmark(
                seed: seed, seekers: seekers, posts: posts, top: top, threads: threads, candidates: assignment ?? 50,
                executable: Self.executable
            ).run(log: log)
        }
        let started = ContinuousClock.now
        let generator = SyntheticDataGenerator(seed: seed)
        let seekerList = Array(generator.seekers(count: seekers))
        let postList = Array(generator.posts(count: posts))
        let generateSeconds = (ContinuousClock.now - started).seconds
        if stages {
            var benchmark = ThroughputBenchmark(
                taxonomy: generator.taxonomy, seekers: seekerList, posts: postList,
                top: top, threads: threads, repetitions: repetitions)
            benchmark.assignmentCandidates = assignment
            report.stages = try benchmark.run(generateSeconds: generateSeconds, log: log)
        }
        if live {
            report.live = try LiveBenchmark(
                taxonomy: generator.taxonomy, seekers: seekerList, posts: postList, top: top, threads: threads
            ).run(log: log)
        }
        if json {
            print(try JSONText.text(report, keys: .snakeCase), terminator: "")
        } else {
            print([
                report.stages.map(ThroughputTable.render),
                report.endToEnd.map { EndToEndTable.render($0, stages: report.stages) },
                report.live.map(LiveTable.render),
            ]
                .compactMap { $0 }.joined(separator: "\n"), terminator: "")
        }
    }

    /// This very executable, which the end-to-end runs start as children.
    private static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
