import Benchmark
import Foundation
import JobMatch
import JobMatchSynthetic

/// Stage micro benchmarks on one tile, and the whole ranking of
/// `jobmatch bench`'s workload (20,000 seekers × 5,000 posts, top 10).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 50)

    for (format, name) in [(RecordFileFormat.csv, "CSV"), (.jsonl, "JSON Lines")] {
        Benchmark(
            "Load \(name) 20000 seekers + 5000 posts",
            configuration: .init(metrics: [.wallClock, .peakMemoryResident, .recordsPerSecond], maxIterations: 5),
            closure: { (benchmark: Benchmark, folder: URL) in
                func path(_ name: String) -> String { folder.appendingPathComponent(name + "." + format.fileExtension).path }
                benchmark.measureRate(.recordsPerSecond, count: Workload.seekerCount + Workload.postCount) {
                    InputLoader.loadDataSet(
                        taxonomyPath: path("skills"), seekersPath: path("seekers"), postsPath: path("posts"))
                }
            },
            setup: { try Workload.write(format) },
            teardown: { try? FileManager.default.removeItem(at: Workload.folder(format)) })
    }

    for kernel in [SkillKernel.dense, .sparse] {
        Benchmark(
            "Vectorise 20000 seekers + 5000 posts (\(kernel))",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal, .recordsPerSecond], maxIterations: 10),
            closure: { (benchmark: Benchmark, engine: MatchEngine) in
                try benchmark.measureRate(.recordsPerSecond, count: Workload.seekerCount + Workload.postCount) {
                    try StageProbes(engine: engine, seekers: Workload.seekers, kernel: kernel)
                }
            },
            setup: { _ = Workload.seekers; return try Workload.engine() })
    }

    for kernel in [SkillKernel.dense, .sparse] {
        let name = kernel == .dense ? "sgemm" : "sparse kernel"
        Benchmark(
            "Skill tile 512x2048, \(name)",
            configuration: .init(metrics: [.wallClock, .pairsPerSecond]),
            closure: { (benchmark: Benchmark, probes: StageProbes) in
                let (rows, columns) = probes.tileShape
                benchmark.measureRate(.pairsPerSecond, count: rows * columns) { probes.fillTile() }
            },
            setup: { try Workload.probes(kernel: kernel) })

        Benchmark(
            "Tile 512x2048 + fused pass + top 10, \(name)",
            configuration: .init(metrics: [.wallClock, .pairsPerSecond]),
            closure: { (benchmark: Benchmark, probes: StageProbes) in
                let (rows, columns) = probes.tileShape
                benchmark.measureRate(.pairsPerSecond, count: rows * columns) { probes.scoreTile(top: Workload.top) }
            },
            setup: { try Workload.probes(kernel: kernel) })
    }

    Benchmark(
        "Top 10 of 1000000 scores",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .scoresPerSecond]),
        closure: { (benchmark: Benchmark, scores: [Double]) in
            benchmark.measureRate(.scoresPerSecond, count: scores.count) { StageProbes.selectTop(scores, k: Workload.top) }
        },
        setup: { Workload.scores(count: 1_000_000) })

    Benchmark(
        "Explain 1000 pairs",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .explanationsPerSecond]),
        closure: { (benchmark: Benchmark, engine: MatchEngine) in
            let seekers = Workload.seekers, posts = Workload.posts
            try benchmark.measureRate(.explanationsPerSecond, count: 1_000) {
                try (0..<1_000).reduce(0) { count, index in
                    let explanation = try engine.explain(seekers[index], postID: posts[(index * 7) % posts.count].id)
                    return count + explanation.violations.count
                }
            }
        },
        setup: { _ = Workload.seekers; return try Workload.engine() })

    for kernel in [SkillKernel.dense, .automatic] {
        Benchmark(
            "Rank 20000 seekers x 5000 posts top 10 (\(kernel))",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .pairsPerSecond],
                warmupIterations: 0, maxDuration: .seconds(30), maxIterations: kernel == .dense ? 3 : 5),
            closure: { (benchmark: Benchmark, engine: MatchEngine) in
                try benchmark.measureRate(.pairsPerSecond, count: Workload.pairs) {
                    try engine.rank(Workload.seekers, direction: .posts, top: Workload.top)
                }
            },
            setup: { _ = Workload.seekers; return try Workload.engine(kernel: kernel) })
    }
}
