@testable import JobMatch
@testable import JobMatchModel
import Testing

/// A live index after random changes answers as a ``MatchEngine`` built
/// fresh from the same records, and as the reference scorer.
@Suite("Live index agrees with a fresh engine")
struct IndexAgreementTests {
    /// Tiny segments, so that a short sequence seals and merges again and again.
    static let policy = SegmentPolicy(freshCapacity: 3, mergeFactor: 2)
    static let k = 5

    @Test("after every change of a random sequence, in both directions", arguments: [1, 2, 3] as [UInt64])
    func randomChanges(seed: UInt64) throws {
        let pool = RandomInstance(seed: seed, seekers: 60, posts: 45)
        var random = SeededGenerator(seed: seed &+ 1_000)
        var model = Model(posts: Array(pool.posts.prefix(12)), seekers: Array(pool.seekers.prefix(12)))
        let index = try MatchIndex(
            taxonomy: pool.taxonomy, posts: model.posts, seekers: model.seekers, configuration: .init(),
            options: EngineOptions(threads: 2), policy: Self.policy)
        for step in 0..<60 {
            switch Int.random(in: 0..<8, using: &random) {
            case 0, 1:
                let batch = Self.batch(from: pool.posts, id: \.id, existing: model.postIDs, using: &random)
                #expect(try index.upsert(posts: batch) == Set(batch.map(\.id)).subtracting(model.postIDs))
                model.upsert(posts: batch)
            case 2:
                let ids = Self.ids(model.postIDs, using: &random)
                #expect(index.removePosts(ids: ids) == Set(ids).intersection(model.postIDs))
                model.removePosts(ids)
            case 3, 4:
                let batch = Self.batch(from: pool.seekers, id: \.id, existing: model.seekerIDs, using: &random)
                #expect(try index.upsert(seekers: batch) == Set(batch.map(\.id)).subtracting(model.seekerIDs))
                model.upsert(seekers: batch)
            case 5:
                let ids = Self.ids(model.seekerIDs, using: &random)
                #expect(index.removeSeekers(ids: ids) == Set(ids).intersection(model.seekerIDs))
                model.removeSeekers(ids)
            case 6:
                index.waitForMerges()
            default:
                if step.isMultiple(of: 3) { index.compact() }
            }
            try check(index.snapshot, model, pool: pool, using: &random)
        }
    }

    /// The snapshot against an engine of the model's records, and one seeker
    /// and one post against the reference scorer.
    private func check(_ snapshot: IndexSnapshot, _ model: Model, pool: RandomInstance, using random: inout SeededGenerator) throws {
        #expect(snapshot.posts == model.posts)
        #expect(snapshot.seekers == model.seekers)
        let engine = try MatchEngine(taxonomy: pool.taxonomy, posts: model.posts)
        let byPosts = engine.rank(model.seekers, direction: .posts, top: Self.k)
        let bySeekers = engine.rank(model.seekers, direction: .seekers, top: Self.k)
        for (seeker, expected) in zip(model.seekers, byPosts) {
            #expect(try snapshot.bestPosts(forSeekerID: seeker.id, top: Self.k) == expected)
        }
        for (post, expected) in zip(model.posts, bySeekers) {
            #expect(try snapshot.bestSeekers(forPostID: post.id, top: Self.k) == expected)
        }
        #expect(Array(snapshot.rank(direction: .posts, top: Self.k)) == Array(byPosts))
        #expect(Array(snapshot.rank(direction: .seekers, top: Self.k)) == Array(bySeekers))

        let visitor = pool.seekers.randomElement(using: &random)!
        let reference = ReferenceRanking.rank(
            seekers: [visitor], posts: model.posts, taxonomy: pool.taxonomy, direction: .posts, top: Self.k)
        let answer = try snapshot.bestPosts(for: visitor, top: Self.k)
        #expect(answer.matches.map(\.postID) == reference[0].map(\.id))
        #expect(zip(answer.matches, reference[0]).allSatisfy { abs($0.score.total - $1.score) <= 1e-9 })
        // An unstored seeker's explanation agrees with its list, and a stored one's with its own.
        for match in answer.matches {
            let why = try #require(try snapshot.explain(visitor, postID: match.postID))
            #expect(why.violations.isEmpty && abs(why.score!.total - match.score.total) <= 1e-9)
        }
        if let post = model.posts.randomElement(using: &random), let seeker = model.seekers.randomElement(using: &random) {
            #expect(try snapshot.explain(seeker, postID: post.id) == snapshot.explain(seekerID: seeker.id, postID: post.id))
        }
        if let post = model.posts.randomElement(using: &random) {
            let expected = ReferenceRanking.rank(
                seekers: model.seekers, posts: [post], taxonomy: pool.taxonomy, direction: .seekers, top: Self.k)
            #expect(try snapshot.bestSeekers(forPostID: post.id, top: Self.k).matches.map(\.seekerID) == expected[0].map(\.id))
        }
    }

    @Test("unknown ids, invalid records and batches with a repeated id change nothing")
    func refusals() throws {
        let pool = RandomInstance(seed: 9, seekers: 10, posts: 10)
        let index = try MatchIndex(taxonomy: pool.taxonomy, posts: pool.posts, seekers: pool.seekers)
        #expect(throws: UnknownRecordError(kind: .seeker, id: "nobody")) { try index.bestPosts(forSeekerID: "nobody", top: 3) }
        #expect(throws: UnknownRecordError(kind: .post, id: "nothing")) { try index.bestSeekers(forPostID: "nothing", top: 3) }
        #expect(try index.explain(pool.seekers[0], postID: "nothing") == nil)
        var lost = pool.seekers[0]
        lost.location = Coordinate(latitude: 0, longitude: 181)
        let refused = try #require(throws: RecordError.self) { try index.explain(lost, postID: pool.posts[0].id) }
        #expect(refused.problems.map(\.code) == [.outOfRange])
        var bad = pool.posts[0]
        bad.location = Coordinate(latitude: 91, longitude: 0)
        let twice = [pool.posts[1], pool.posts[1]]
        let before = index.snapshot
        let error = try #require(throws: InvalidRecordsError.self) { try index.upsert(posts: [pool.posts[2], bad] + twice) }
        #expect(error.errors.map(\.id) == [bad.id, pool.posts[1].id])
        #expect(error.errors.map { $0.problems.map(\.code) } == [[.outOfRange], [.duplicateId]])
        #expect(index.snapshot.generation == before.generation)
        #expect(index.snapshot.posts == before.posts)
        let lowered = pool.taxonomy.skills.map { Skill(id: $0.id, name: $0.name, group: $0.group, maxLevel: 1) }
        let conflict = try #require(throws: InvalidRecordsError.self) { try index.upsert(skills: lowered) }
        #expect(conflict.errors.allSatisfy { $0.problems.contains { $0.code == .levelOutOfRange } })
        #expect(index.snapshot.taxonomy.skills == pool.taxonomy.skills)
    }

    @Test("a taxonomy change re-vectorises every record and agrees with a fresh engine")
    func taxonomyChange() throws {
        let pool = RandomInstance(seed: 4, seekers: 30, posts: 25)
        let index = try MatchIndex(
            taxonomy: pool.taxonomy, posts: pool.posts, seekers: pool.seekers, configuration: .init(),
            options: .init(), policy: Self.policy)
        var skills = pool.taxonomy.skills
        skills[0].group = "catering"
        let added = Skill(id: "baking", name: "Baking", chineseName: "烘焙", group: "catering", maxLevel: 5)
        #expect(try index.upsert(skills: [skills[0], added]) == ["baking"])
        let taxonomy = try SkillTaxonomy(skills: skills + [added])
        #expect(index.snapshot.taxonomy.skills == taxonomy.skills)
        let engine = try MatchEngine(taxonomy: taxonomy, posts: index.snapshot.posts)
        let expected = engine.rank(index.snapshot.seekers, direction: .posts, top: 4)
        for (seeker, list) in zip(index.snapshot.seekers, expected) {
            #expect(try index.bestPosts(forSeekerID: seeker.id, top: 4) == list)
        }
    }

    /// 1 to 4 records drawn from `pool`; some take the id of a stored record, to replace it.
    private static func batch<Record>(
        from pool: [Record], id: WritableKeyPath<Record, String>, existing: Set<String>,
        using random: inout SeededGenerator
    ) -> [Record] {
        var batch: [Record] = []
        var taken = Set<String>()
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            var record = pool.randomElement(using: &random)!
            if Bool.random(using: &random), let stored = existing.randomElement(using: &random) { record[keyPath: id] = stored }
            guard taken.insert(record[keyPath: id]).inserted else { continue }
            batch.append(record)
        }
        return batch
    }

    /// 1 to 3 ids, mostly stored ones.
    private static func ids(_ existing: Set<String>, using random: inout SeededGenerator) -> [String] {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in
            Int.random(in: 0..<5, using: &random) == 0 ? "absent" : existing.randomElement(using: &random) ?? "absent"
        }
    }

    /// What the index should hold: records by id.
    struct Model {
        private var postsByID: [String: Post] = [:]
        private var seekersByID: [String: Seeker] = [:]

        init(posts: [Post], seekers: [Seeker]) {
            upsert(posts: posts)
            upsert(seekers: seekers)
        }

        var posts: [Post] { postsByID.values.sorted { ByteOrder.precedes($0.id, $1.id) } }
        var seekers: [Seeker] { seekersByID.values.sorted { ByteOrder.precedes($0.id, $1.id) } }
        var postIDs: Set<String> { Set(postsByID.keys) }
        var seekerIDs: Set<String> { Set(seekersByID.keys) }

        mutating func upsert(posts: [Post]) { for post in posts { postsByID[post.id] = post } }
        mutating func upsert(seekers: [Seeker]) { for seeker in seekers { seekersByID[seeker.id] = seeker } }
        mutating func removePosts(_ ids: [String]) { for id in ids { postsByID[id] = nil } }
        mutating func removeSeekers(_ ids: [String]) { for id in ids { seekersByID[id] = nil } }
    }
}
