import Foundation
import JobMatch
import Synchronization

/// Times a live index as a service uses it: single-seeker and single-post
/// queries, single-post upserts, and seeker queries while another thread
/// writes.
package struct LiveBenchmark {
    package let taxonomy: SkillTaxonomy
    package let seekers: [Seeker]
    package let posts: [Post]
    package let top: Int
    package let threads: Int
    /// Queries timed per kind, after a warm-up of a tenth as many.
    package var queries = 2_000
    /// Post upserts a second that the writer applies during the last section.
    package var writesPerSecond = 1_000

    package init(taxonomy: SkillTaxonomy, seekers: [Seeker], posts: [Post], top: Int, threads: Int) {
        self.taxonomy = taxonomy
        self.seekers = seekers
        self.posts = posts
        self.top = top
        self.threads = threads
    }

    /// Builds the index and runs every section, on the calling thread but
    /// for the writer.
    package func run(log: (String) -> Void = { _ in }) throws -> LiveReport {
        log("live: building the index")
        let started = ContinuousClock.now
        let index = try MatchIndex(taxonomy: taxonomy, posts: posts, seekers: seekers, options: EngineOptions(threads: threads))
        let buildSeconds = (ContinuousClock.now - started).seconds
        var random = Xoshiro256StarStar(seed: 2026, stream: 0, index: 0)

        log("live: seeker queries")
        let seekerQueries = latencies(queries, &random) { random in
            _ = try? index.snapshot.bestPosts(forSeekerID: seekers[random.below(seekers.count)].id, top: top)
        }
        log("live: post queries")
        let postQueries = latencies(max(20, queries / 10), &random) { random in
            _ = try? index.snapshot.bestSeekers(forPostID: posts[random.below(posts.count)].id, top: top)
        }
        log("live: post upserts")
        let upserts = latencies(max(100, queries / 2), &random) { random in
            _ = try? index.upsert(changedPost(&random))
        }
        index.waitForMerges()

        log("live: seeker queries under \(writesPerSecond) post upserts a second")
        let writer = PacedWriter(index: index, posts: posts, perSecond: writesPerSecond)
        let underWrites = latencies(queries, atLeast: .seconds(2), &random) { random in
            _ = try? index.snapshot.bestPosts(forSeekerID: seekers[random.below(seekers.count)].id, top: top)
        }
        let written = writer.stop()
        index.waitForMerges()

        return LiveReport(
            seekers: seekers.count, posts: posts.count, top: top, indexBuildSeconds: buildSeconds,
            seekerQueryP50Us: seekerQueries.percentile(0.5), seekerQueryP99Us: seekerQueries.percentile(0.99),
            postQueryP50Us: postQueries.percentile(0.5), postQueryP99Us: postQueries.percentile(0.99),
            postUpsertP50Us: upserts.percentile(0.5), postUpsertP99Us: upserts.percentile(0.99),
            seekerQueryP50UsUnderWrites: underWrites.percentile(0.5),
            seekerQueryP99UsUnderWrites: underWrites.percentile(0.99),
            upsertsDuringQueries: written)
    }

    /// A stored post with its offer raised a little, or now and then a new one.
    private func changedPost(_ random: inout Xoshiro256StarStar) -> Post {
        var post = posts[random.below(posts.count)]
        post.wageMax += 1
        if random.below(2) == 0 { post.id += "-new" }
        return post
    }

    /// Runs `body` a tenth of `count` times to warm up, then timed, `count`
    /// times and for at least `minimum`.
    private func latencies(
        _ count: Int, atLeast minimum: Duration = .zero, _ random: inout Xoshiro256StarStar,
        _ body: (inout Xoshiro256StarStar) -> Void
    ) -> Latencies {
        for _ in 0..<max(1, count / 10) { body(&random) }
        var microseconds: [Double] = []
        microseconds.reserveCapacity(count)
        let started = ContinuousClock.now
        while microseconds.count < count || ContinuousClock.now - started < minimum {
            let start = ContinuousClock.now
            body(&random)
            microseconds.append((ContinuousClock.now - start).seconds * 1e6)
        }
        return Latencies(sorted: microseconds.sorted())
    }
}

/// Timed calls, in microseconds, sorted.
private struct Latencies {
    let sorted: [Double]

    /// The value below which a share `q` of the calls fall.
    func percentile(_ q: Double) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.down)))]
    }
}

/// A thread applying single-post upserts at a steady rate until stopped.
private final class PacedWriter: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let count = Atomic<Int>(0)
    private let finished = DispatchSemaphore(value: 0)

    init(index: MatchIndex, posts: [Post], perSecond: Int) {
        let interval = Duration.seconds(1) / perSecond
        Thread.detachNewThread { [self] in
            var next = ContinuousClock.now
            var written = 0
            while !stopped.load(ordering: .relaxed) {
                var post = posts[written % posts.count]
                post.wageMin = max(0, post.wageMin - 1)
                _ = try? index.upsert(post)
                written += 1
                count.store(written, ordering: .relaxed)
                next += interval
                let now = ContinuousClock.now
                if next > now { Thread.sleep(forTimeInterval: (next - now).seconds) }
            }
            finished.signal()
        }
    }

    /// Stops the writer; returns how many upserts it applied.
    func stop() -> Int {
        stopped.store(true, ordering: .relaxed)
        finished.wait()
        return count.load(ordering: .relaxed)
    }
}
