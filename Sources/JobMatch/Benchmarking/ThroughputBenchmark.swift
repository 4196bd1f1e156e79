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
        var evaluator: PairEvaluator!
        let vectoriseSeconds = try median {
            engine = try MatchEngine(taxonomy: taxonomy, posts: posts, options: options)
            evaluator = try engine.evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
        }
        let kernel = evaluator.seekers.kernel

        log("scoring, automatic kernel (\(kernel.rawValue))")
        let scoreSeconds = try median { _ = try engine.rank(seekers, direction: .posts, top: top) }
        // Taken before the forced-kernel runs, which build the dense matrix the automatic choice may avoid.
        let peakResident = Self.peakResidentBytes()

        log("scoring, dense kernel")
        let dense = try phases(.dense)
        log("scoring, sparse kernel")
        let sparse = try phases(.sparse)

        log("GEMM only")
        let denseEvaluator = try denseEngine().evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
        let gemmOnlySeconds = median {
            _ = TiledScorer(evaluator: denseEvaluator, options: options, kernel: .dense).sweep(.posts).run { _ in IdleConsumer() }
        }

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

        let flops = 2 * pairs * Double(evaluator.seekers.dimensions)
        let gemmWall = dense.timings.fillSeconds / Double(workers)
        return ThroughputReport(
            seekers: seekers.count, posts: posts.count, top: top, threads: threads,
            dims: evaluator.seekers.dimensions, seekerDensity: density(evaluator), kernel: kernel.rawValue,
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

    private func denseEngine() throws -> MatchEngine {
        try MatchEngine(taxonomy: taxonomy, posts: posts, options: EngineOptions(threads: threads, skillKernel: .dense))
    }

    /// The pass with `kernel` forced: median seconds end to end, and the
    /// phase times of the last run.
    private func phases(_ kernel: SkillKernel) throws -> (seconds: Double, timings: SweepTimings) {
        let engine = try MatchEngine(taxonomy: taxonomy, posts: posts, options: EngineOptions(threads: threads, skillKernel: kernel))
        var timings = SweepTimings()
        let seconds = try median {
            timings = SweepTimings()
            let evaluator = try engine.evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
            var scorer = TiledScorer(evaluator: evaluator, options: engine.options, kernel: kernel)
            scorer.timings = timings
            _ = scorer.topK(.posts, k: top)
        }
        return (seconds, timings)
    }

    private func density(_ evaluator: PairEvaluator) -> Double {
        let ones = (0..<seekers.count).reduce(0) { total, s in
            let skills = (0..<taxonomy.skills.count).reduce(0) { $0 + Int(evaluator.seekers.levels[s * taxonomy.skills.count + $1]) }
            let groups = (0..<taxonomy.groups.count).reduce(0) { $0 + Int(evaluator.seekers.groupLevels[s * taxonomy.groups.count + $1]) }
            return total + skills + groups + 1
        }
        return Double(ones) / Double(max(1, seekers.count)) / Double(evaluator.seekers.dimensions)
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

/// A consumer that ignores its tiles, to time the skill phase alone.
private struct IdleConsumer: TileConsumer {
    func begin(owners: Range<Int>) {}
    func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>) {}
    func end(owners: Range<Int>) {}
}
