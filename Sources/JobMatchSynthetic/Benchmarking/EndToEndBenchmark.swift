import Foundation
import JobMatch

/// Times what users wait for, on files: loading CSV and JSON Lines,
/// writing ranking rows, the candidate graph, and `jobmatch rank` and
/// `jobmatch match` run whole as child processes (wall time and peak memory).
package struct EndToEndBenchmark {
    /// The generator's seed and the data set's size.
    package let seed: UInt64
    package let seekers: Int
    package let posts: Int
    /// The list length of `rank`.
    package let top: Int
    package let threads: Int
    /// Candidates per side for the graph and `match`.
    package let candidates: Int
    /// The `jobmatch` executable the child processes run.
    package let executable: String

    package init(seed: UInt64, seekers: Int, posts: Int, top: Int, threads: Int, candidates: Int, executable: String) {
        (self.seed, self.seekers, self.posts, self.top) = (seed, seekers, posts, top)
        (self.threads, self.candidates, self.executable) = (threads, candidates, executable)
    }

    /// Writes the data set into a temporary folder in both formats and times each step there.
    ///
    /// `jobmatch rank` and `match` run first: Linux counts a child's peak
    /// memory from at least the parent's resident set when it was spawned,
    /// so they are spawned before this process holds any data, as the
    /// caller must ensure too (writing the files streams, in constant memory).
    package func run(log: (String) -> Void = { _ in }) throws -> EndToEndReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        log("writing the data set as CSV and JSON Lines")
        let generator = SyntheticDataGenerator(seed: seed)
        for format in [RecordFileFormat.csv, .jsonl] {
            try generator.write(seekers: seekers, posts: posts, to: folder.appendingPathComponent(format.fileExtension), format: format)
        }
        func path(_ name: String, _ format: RecordFileFormat) -> String {
            folder.appendingPathComponent(format.fileExtension).appendingPathComponent(name)
                .appendingPathExtension(format.fileExtension).path
        }
        let inputs = ["--taxonomy", path("skills", .csv), "--seekers", path("seekers", .csv), "--posts", path("posts", .csv),
                      "--threads", String(threads)]
        log("jobmatch rank")
        let rank = try ChildRun(
            executable: executable,
            arguments: ["rank"] + inputs + ["--top", String(top), "--output", folder.appendingPathComponent("rank.csv").path])
        log("jobmatch match --mode optimal")
        let match = try ChildRun(
            executable: executable,
            arguments: ["match"] + inputs + ["--mode", "optimal", "--candidates", String(candidates),
                                             "--output", folder.appendingPathComponent("match.csv").path])
        func load(_ format: RecordFileFormat) throws -> (data: DataSet, seconds: Double, records: Int) {
            log("loading \(format.fileExtension)")
            let started = ContinuousClock.now
            let data = InputLoader.loadDataSet(
                taxonomyPath: path("skills", format), seekersPath: path("seekers", format), postsPath: path("posts", format))
            let seconds = (ContinuousClock.now - started).seconds
            guard data.isValid else { throw ChildRunError(command: "load", status: data.problems.first.map(\.description) ?? "") }
            return (data, seconds, data.skills.records.count + data.seekers.records.count + data.posts.records.count)
        }
        let csv = try load(.csv), jsonl = try load(.jsonl)

        let engine = try MatchEngine(
            taxonomy: csv.data.taxonomy, posts: csv.data.posts.records,
            options: EngineOptions(threads: threads))
        let ranking = engine.rank(csv.data.seekers.records, direction: .posts, top: top)
        let rows = ranking.reduce(0) { $0 + $1.matches.count }
        func writeSeconds(_ format: OutputFormat) throws -> Double {
            log("writing \(rows) rows as \(format.rawValue)")
            var file = try StagedTextFile(destination: folder.appendingPathComponent("rows.\(format.rawValue)"))
            defer { file.discard() }
            let started = ContinuousClock.now
            try RankingWriter(format: format, threads: threads).write(ranking) { try file.append(bytes: $0) }
            try file.close()
            return (ContinuousClock.now - started).seconds
        }
        let writeCSV = try writeSeconds(.csv), writeJSONL = try writeSeconds(.jsonl)

        log("candidate graph, k = \(candidates)")
        let graphStarted = ContinuousClock.now
        let edges = engine.candidateGraph(for: csv.data.seekers.records, limit: .perSide(candidates)).edges.count
        let graphSeconds = (ContinuousClock.now - graphStarted).seconds

        return EndToEndReport(
            loadSeconds: csv.seconds, loadRecordsPerSecond: Double(csv.records) / csv.seconds,
            loadJsonlRecordsPerSecond: Double(jsonl.records) / jsonl.seconds,
            writeRowsPerSecond: Double(rows) / writeCSV, writeJsonlRowsPerSecond: Double(rows) / writeJSONL,
            candidateGraphK: candidates, candidateGraphEdges: edges, candidateGraphSeconds: graphSeconds,
            rankWallSeconds: rank.wallSeconds, rankPeakRssBytes: rank.peakResidentBytes,
            matchWallSeconds: match.wallSeconds, matchPeakRssBytes: match.peakResidentBytes)
    }
}

/// What ``EndToEndBenchmark`` measured.
package struct EndToEndReport: Codable, Sendable {
    /// Loading the CSV files (taxonomy, seekers, posts), and the rate in records per second.
    package var loadSeconds: Double
    package var loadRecordsPerSecond: Double
    /// The same files as JSON Lines.
    package var loadJsonlRecordsPerSecond: Double
    /// Ranking rows written to a file per second, CSV and JSON Lines.
    package var writeRowsPerSecond: Double
    package var writeJsonlRowsPerSecond: Double
    /// The candidate graph in process: candidates per side, edges, seconds.
    package var candidateGraphK: Int
    package var candidateGraphEdges: Int
    package var candidateGraphSeconds: Double
    /// `jobmatch rank --top N --output FILE.csv`, whole.
    package var rankWallSeconds: Double
    package var rankPeakRssBytes: Int
    /// `jobmatch match --mode optimal --candidates K --output FILE.csv`, whole.
    package var matchWallSeconds: Double
    package var matchPeakRssBytes: Int
}
