import Foundation
import JobMatch
import JobMatchSynthetic

/// The data every benchmark draws from: `jobmatch bench`'s default workload,
/// generated with the same seed, so figures compare with its report.
///
/// Static properties are built on first use, inside a benchmark's setup, so
/// a run filtered to one benchmark makes only what that one needs.
enum Workload {
    static let seed: UInt64 = 2026
    static let seekerCount = 20_000
    static let postCount = 5_000
    static let top = 10

    static let generator = SyntheticDataGenerator(seed: seed)
    static let seekers = Array(generator.seekers(count: seekerCount))
    static let posts = Array(generator.posts(count: postCount))

    /// Seekers × posts of the full workload.
    static var pairs: Int { seekerCount * postCount }

    /// An engine over the workload's posts with default options.
    static func engine(kernel: SkillKernel = .automatic) throws -> MatchEngine {
        try MatchEngine(taxonomy: generator.taxonomy, posts: posts, options: EngineOptions(skillKernel: kernel))
    }

    /// Stage probes over the first tile: one tile of rows, so the probe's
    /// per-call lists stay tile-sized.
    static func probes(kernel: SkillKernel) throws -> StageProbes {
        let engine = try engine()
        return try StageProbes(engine: engine, seekers: Array(seekers.prefix(engine.options.tileRows)), kernel: kernel)
    }

    /// A temporary folder of this process for the workload's files in `format`.
    static func folder(_ format: RecordFileFormat) -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("jobmatch-benchmarks-\(ProcessInfo.processInfo.processIdentifier)-\(format.rawValue)")
    }

    /// Writes the workload as files in `format` into ``folder(_:)``.
    static func write(_ format: RecordFileFormat) throws -> URL {
        try generator.write(seekers: seekerCount, posts: postCount, to: folder(format), format: format)
        return folder(format)
    }

    /// `count` scores in [0, 1) in a fixed scrambled order, as a pass offers them.
    static func scores(count: Int) -> [Double] {
        let modulus = 1_000_003
        return (0..<count).map { Double(($0 &* 2_654_435_761) % modulus) / Double(modulus) }
    }
}
