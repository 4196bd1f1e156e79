@testable import JobMatch
@testable import JobMatchModel
import Testing

/// Writers and readers at once on one index: a query never sees part of a
/// change, and sees every change that returned before it began.
@Suite("Live index under concurrent writers and readers")
struct IndexConcurrencyTests {
    static let taxonomy = try! SkillTaxonomy(skills: [Skill(id: "welding", name: "Welding", group: "metalwork", maxLevel: 8)])
    static let centre = Coordinate(latitude: 30.2, longitude: 115.0)
    static let steps = 300
    /// Pair `i` is removed at step `i + removalLag`.
    static let removalLag = 15

    /// A post every probe seeker can take, near the centre.
    static func post(_ id: String, step: Int) -> Post {
        Post(
            id: id, employer: "E\(step % 7)", location: Coordinate(latitude: 30.2 + Double(step % 11) * 0.001, longitude: 115.0),
            wageMin: 4000, wageMax: 6000)
    }

    /// A seeker every probe post can take.
    static func seeker(_ id: String, step: Int) -> Seeker {
        Seeker(id: id, location: Coordinate(latitude: 30.2, longitude: 115.0 + Double(step % 13) * 0.001))
    }

    @Test("pairs written together are read together; a change that returned is always seen")
    func noTornSnapshotAndReadYourWrites() async throws {
        let index = try MatchIndex(
            taxonomy: Self.taxonomy, posts: [Self.post("probe-post", step: 0)], seekers: [Self.seeker("probe-seeker", step: 0)],
            configuration: .init(), options: .init(threads: 2), policy: SegmentPolicy(freshCapacity: 4, mergeFactor: 2))
        let completed = LastStep()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for step in 0..<Self.steps {
                    try index.upsert(posts: [Self.post("P\(step)a", step: step), Self.post("P\(step)b", step: step)])
                    try index.upsert(seekers: [Self.seeker("S\(step)a", step: step), Self.seeker("S\(step)b", step: step)])
                    if step >= Self.removalLag {
                        let old = step - Self.removalLag
                        index.removePosts(ids: ["P\(old)a", "P\(old)b"])
                        index.removeSeekers(ids: ["S\(old)a", "S\(old)b"])
                    }
                    // Read-your-writes for the writer itself.
                    let seen = try index.snapshot.bestPosts(forSeekerID: "probe-seeker", top: 1_000).matches.map(\.postID)
                    #expect(seen.contains("P\(step)a") && seen.contains("P\(step)b"))
                    completed.set(step)
                }
            }
            for reader in 0..<3 {
                group.addTask {
                    var rounds = 0
                    while completed.value < Self.steps - 1 || rounds == 0 {
                        rounds += 1
                        let before = completed.value
                        // One reader through the async forms, the others on the calling thread.
                        let posts = reader == 0
                            ? try await index.bestPosts(forSeekerID: "probe-seeker", top: 1_000).matches.map(\.postID)
                            : try index.snapshot.bestPosts(forSeekerID: "probe-seeker", top: 1_000).matches.map(\.postID)
                        let seekers = reader == 0
                            ? try await index.bestSeekers(forPostID: "probe-post", top: 1_000).matches.map(\.seekerID)
                            : try index.snapshot.bestSeekers(forPostID: "probe-post", top: 1_000).matches.map(\.seekerID)
                        let after = completed.value
                        Self.check(Set(posts), prefix: "P", before: before, after: after)
                        Self.check(Set(seekers), prefix: "S", before: before, after: after)
                    }
                }
            }
            try await group.waitForAll()
        }
        index.waitForMerges()
        #expect(index.snapshot.postCount == 1 + 2 * Self.removalLag)
    }

    /// Pair `i` is in `ids` whole or not at all; present if its step had
    /// completed before the query began and its removal's step had not
    /// begun when the query ended; absent if its step had not begun when the
    /// query ended, or its removal had completed before the query began.
    /// (Steps up to `before` had completed at the start, up to `after` at
    /// the end, and step `after + 1` may have been under way.)
    static func check(_ ids: Set<String>, prefix: String, before: Int, after: Int) {
        for step in 0..<steps {
            let a = ids.contains("\(prefix)\(step)a"), b = ids.contains("\(prefix)\(step)b")
            #expect(a == b, "pair \(prefix)\(step) torn")
            let removedAt = step + removalLag
            if step <= before && removedAt > after + 1 {
                #expect(a, "pair \(prefix)\(step), written at \(step) before the query (\(before)), missing")
            }
            if step > after + 1 || (removedAt <= before && removedAt < steps) {
                #expect(!a, "pair \(prefix)\(step) present outside its life (query between \(before) and \(after))")
            }
        }
    }
}

/// The last step the writer completed, shared with the readers.
private final class LastStep: Sendable {
    private let step = Locked<Int>(-1)

    var value: Int { step.withLock { $0 } }

    func set(_ value: Int) { step.withLock { $0 = value } }
}
