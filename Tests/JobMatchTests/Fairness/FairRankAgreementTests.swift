@testable import JobMatch
@testable import JobMatchModel
import Testing

/// The engine's and the index's fair lists equal the re-ranking run over
/// every feasible seeker of each post, not over truncated lists.
@Suite("Fair ranking over every feasible seeker")
struct FairRankAgreementTests {
    /// The policies tried, by number. Tests take the number and build the
    /// policy in their body: a global array of enums with array payloads
    /// holds its pointers tagged, which LeakSanitizer takes for a leak.
    static func policy(_ number: Int) -> FairnessPolicy {
        switch number {
        case 0: .protected(.key(.disabled), p: 0.5, alpha: 0.1)
        case 1: .protected(.warning(.red), p: 0.3, alpha: 0.05)
        case 2: .protected(.key(.longUnemployed), p: 0, alpha: 0.1)
        case 3: .shares([GroupShare(group: .key(.disabled), share: 0.3), GroupShare(group: .warning(.yellow), share: 0.25)])
        default: .shares([GroupShare(group: .key(.migrant), share: 0.5)])
        }
    }

    /// Each post's re-ranked list from its whole feasible list, split into the policy's classes.
    static func reference(_ engine: MatchEngine, _ seekers: [Seeker], top: Int, policy: FairnessPolicy) throws -> [FairRankedList] {
        let everyone = engine.rank(seekers, direction: .seekers, top: seekers.count)
        let byID = Dictionary(uniqueKeysWithValues: seekers.map { ($0.id, $0) })
        let prepared = try policy.prepared(top: top)
        return everyone.map { list in
            var classes = [[RankedMatch]](repeating: [], count: policy.groups.count + 1)
            for match in list.matches { classes[policy.classIndex(of: byID[match.seekerID]!)].append(match) }
            return prepared.rerank(owner: list.ownerID, classes: classes)
        }
    }

    @Test(arguments: zip([61, 62, 63, 64, 65] as [UInt64], 0..<5))
    func engineEqualsTheReference(seed: UInt64, policyNumber: Int) throws {
        let policy = Self.policy(policyNumber)
        let instance = RandomInstance(seed: seed, seekers: 160, posts: 30)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        for top in [1, 4, 12] {
            let fair = try engine.fairRank(instance.seekers, top: top, policy: policy)
            let expected = try Self.reference(engine, instance.seekers, top: top, policy: policy)
            #expect(fair.lists == expected)
            // Fair lists are as long as plain ones: the constraint reorders, it never drops a post's seeker.
            let plain = engine.rank(instance.seekers, direction: .seekers, top: top)
            #expect(fair.lists.map(\.list.matches.count) == plain.map(\.matches.count))
        }
    }

    @Test("the constraint moves someone somewhere, or the agreement shows nothing")
    func someListChanges() throws {
        let instance = RandomInstance(seed: 66, seekers: 160, posts: 30)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let fair = try engine.fairRank(instance.seekers, top: 10, policy: .protected(.key(.disabled), p: 0.6, alpha: 0.1))
        #expect(fair.lists.contains { $0.movedUp.contains(true) && $0.ndcg < 1 })
        #expect(fair.lists.allSatisfy { $0.ndcg > 0 && $0.ndcg <= 1 })
    }

    @Test(arguments: 0..<5)
    func indexEqualsTheEngine(policyNumber: Int) throws {
        let policy = Self.policy(policyNumber)
        let instance = RandomInstance(seed: 67, seekers: 150, posts: 20)
        let index = try MatchIndex(taxonomy: instance.taxonomy, posts: instance.posts, seekers: Array(instance.seekers.prefix(90)))
        // A second batch and removals, so that the snapshot has segments with deletions.
        _ = try index.upsert(seekers: Array(instance.seekers.dropFirst(90)))
        let removed = instance.seekers.indices.filter { $0 % 7 == 3 }.map { instance.seekers[$0].id }
        _ = index.removeSeekers(ids: removed)
        let kept = instance.seekers.filter { !removed.contains($0.id) }
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let expected = try engine.fairRank(kept, top: 6, policy: policy)
        for (post, list) in zip(instance.posts, expected.lists) {
            #expect(try index.snapshot.bestSeekers(forPostID: post.id, top: 6, policy: policy) == list)
        }
    }

    @Test("bad parameters are refused before any work")
    func badParameters() throws {
        let instance = RandomInstance(seed: 68, seekers: 10, posts: 5)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        for policy: FairnessPolicy in [
            .protected(.key(.disabled), p: 1, alpha: 0.1), .protected(.key(.disabled), p: 0.1, alpha: 0),
            .shares([GroupShare(group: .key(.disabled), share: 0.7), GroupShare(group: .key(.veteran), share: 0.4)]),
            .shares([GroupShare(group: .key(.disabled), share: 0.1), GroupShare(group: .key(.disabled), share: 0.1)]),
            .shares([]),
        ] {
            #expect(throws: FairnessError.self) { try engine.fairRank(instance.seekers, top: 5, policy: policy) }
        }
    }
}
