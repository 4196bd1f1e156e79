@testable import JobMatch
@testable import JobMatchModel
@testable import JobMatchSynthetic
import Testing

@Suite("Cancellation")
struct CancellationTests {
    /// Each worker checks the flag before every tile, so once it is set at
    /// most one more tile per worker starts: one tile's time.
    @Test("a 200,000 × 20,000 rank stops within one tile per worker of its cancellation")
    func largeRankStopsWithinATile() throws {
        let generator = SyntheticDataGenerator(seed: 2026)
        let engine = try MatchEngine(
            taxonomy: generator.taxonomy, posts: Array(generator.posts(count: 20_000)), options: EngineOptions(threads: 2))
        let seekers = Array(generator.seekers(count: 200_000))
        let evaluator = engine.evaluator(for: seekers, weights: engine.configuration.weights, includesBonus: true)
        var scorer = TiledScorer(evaluator: evaluator, options: engine.options, kernel: evaluator.seekers.kernel)
        let timings = SweepTimings(), flag = CancellationFlag(), startedAtCancellation = TileCount()
        scorer.timings = timings
        scorer.cancellation = flag
        _ = scorer.topK(.posts, k: 10) { _ in
            guard !flag.isCancelled else { return }
            startedAtCancellation.set(timings.tilesStarted)
            flag.cancel()
        }
        let blocks = (seekers.count + engine.options.tileRows - 1) / engine.options.tileRows
        let tilesPerBlock = (20_000 + engine.options.tileColumns - 1) / engine.options.tileColumns
        #expect(timings.tilesStarted - startedAtCancellation.value <= engine.options.threads)
        #expect(timings.tilesStarted < blocks * tilesPerBlock / 100)
    }

    @Test("a cancelled task's rank throws CancellationError; an uncancelled one ranks as the sync call does")
    func asyncRankHonoursTheTask() async throws {
        let instance = RandomInstance(seed: 8, seekers: 400, posts: 300)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts, options: EngineOptions(tileRows: 1))
        let task = Task { try await engine.rank(instance.seekers, direction: .posts, top: 5) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        let whole = try await engine.rank(instance.seekers, direction: .posts, top: 5)
        #expect(Array(whole) == Self.serialRanking(engine, instance.seekers))
    }
}

extension CancellationTests {
    /// The synchronous ranking, which an async context cannot name directly.
    static func serialRanking(_ engine: MatchEngine, _ seekers: [Seeker]) -> [RankedList] {
        Array(engine.rank(seekers, direction: .posts, top: 5))
    }
}

/// A tile count set from a worker thread and read by the test.
private final class TileCount: Sendable {
    private let count = Locked(0)

    var value: Int { count.withLock { $0 } }

    func set(_ value: Int) { count.withLock { $0 = value } }
}
