import JobMatch
import Foundation

/// Times each stage of ranking on one data set: vectorising, the pass with
/// each skill kernel, the GEMM alone on the same tiles, and the reference.
package struct ThroughputBenchmark {
    package let taxonomy: SkillTaxonomy
    package let seekers: [Seeker]
    package let posts: [Post]
    package let top: Int
    package let threads: Int
    package let repetitions: Int
    /// Candidates per side for timing assignment, or `nil` to skip it.
    package var assignmentCandidates: Int?

    package init(taxonomy: SkillTaxonomy, seekers: [Seeker], posts: [Post], top: Int, threads: Int, repetitions: Int) {
        self.taxonomy = taxonomy
        self.seekers = seekers
        self.posts = posts
        self.top = top
        self.threads = threads
        self.repetitions = max(1, repetitions)
    }

    /// Runs every stage; `generateSeconds` is the caller's time to make the data.
    package func run(generateSeconds: Double, log: (String) -> Void = { _ in }) throws -> ThroughputReport {
        let pairs = Double(seekers.count) * Double(posts.count)
        let options = EngineOptions(threads: threads)

        log("vectorising")
        var engine: MatchEngine!
        var probes: StageProbes!
        let vectoriseSeconds = try median {
            engine = try MatchEngine(taxonomy: taxonomy, posts: posts, options: options)
            probes = StageProbes(engine: engine, seekers: seekers)
        }
        let kernel = probes.kernel

        log("scoring, automatic kernel (\(kernel.rawValue))")
        let scoreSeconds = median { _ = engine.rank(seekers, direction: .posts, top: top) }
        // Taken before the forced-kernel runs, which build the dense matrix the automatic choice may avoid.
        let peakResident = Self.peakResidentBytes()

        log("scoring, dense kernel")
        let dense = try phases(.dense)
        log("scoring, sparse kernel")
        let sparse = try phases(.sparse)

        log("GEMM only")
        let denseProbes = try StageProbes(engine: engine, seekers: seekers, kernel: .dense)
        let gemmOnlySeconds = median { denseProbes.fillAllTiles() }

        log("reference sample")
        let sampleSeekers = Array(seekers.prefix(100)), samplePosts = Array(posts.prefix(1_000))
        let reference = ReferenceScorer(taxonomy: taxonomy, configuration: engine.configuration)
        let referenceSeconds = median {
            for seeker in sampleSeekers { for post in samplePosts { _ = reference.score(seeker, post) } }
        }

        let assignment = try assignmentCandidates.map { candidates in
            log("candidate graph and assignment")
            return try AssignmentTimings(engine: engine, seekers: seekers, candidates: candidates)
        }

        let flops = 2 * pairs * Double(probes.dimensions)
        let gemmWall = dense.timings.fillSeconds / Double(workers)
        return ThroughputReport(
            seekers: seekers.count, posts: posts.count, top: top, threads: threads,
            dims: probes.dimensions, seekerDensity: probes.seekerDensity, kernel: kernel.rawValue,
            pairsPerSecond: pairs / scoreSeconds,
            densePairsPerSecond: pairs / dense.seconds, sparsePairsPerSecond: pairs / sparse.seconds,
            gemmGflops: flops / gemmWall / 1e9,
            gemmShare: dense.timings.fillSeconds / (dense.timings.fillSeconds + dense.timings.consumeSeconds),
            fusedOverGemm: dense.timings.consumeSeconds / dense.timings.fillSeconds,
            gemmOnlyPairsPerSecond: pairs / gemmOnlySeconds, gemmOnlyGflops: flops / gemmOnlySeconds / 1e9,
            referencePairsPerSecond: Double(sampleSeekers.count * samplePosts.count) / referenceSeconds,
            peakRssBytes: peakResident, peakRssBytesAllStages: Self.peakResidentBytes(),
            stages: .init(
                generateSeconds: generateSeconds, vectoriseSeconds: vectoriseSeconds, scoreSeconds: scoreSeconds,
                denseScoreSeconds: dense.seconds, sparseScoreSeconds: sparse.seconds,
                gemmOnlySeconds: gemmOnlySeconds, referenceSampleSeconds: referenceSeconds),
            assignment: assignment)
    }

    private var workers: Int { max(1, min(threads, (seekers.count + 511) / 512)) }

    /// The pass with `kernel` forced: median seconds end to end, and the
    /// phase times of the last run.
    private func phases(_ kernel: SkillKernel) throws -> (seconds: Double, timings: (fillSeconds: Double, consumeSeconds: Double)) {
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts, options: EngineOptions(threads: threads, skillKernel: kernel))
        var timings = (fillSeconds: 0.0, consumeSeconds: 0.0)
        let seconds = median { timings = StageProbes(engine: engine, seekers: seekers).rankPhases(top: top) }
        return (seconds, timings)
    }

    private func median(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<repetitions {
            let start = ContinuousClock.now
            try body()
            times.append((ContinuousClock.now - start).seconds)
        }
        return times.sorted()[times.count / 2]
    }

    /// The process's peak resident set, from `getrusage` (kilobytes on Linux).
    package static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
