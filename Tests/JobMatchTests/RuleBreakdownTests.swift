@testable import JobMatch
@testable import JobMatchModel
import Testing

/// The tiled pass's per-rule breakdown against the reference scorer's
/// violations, pair by pair, on random instances.
@Suite("Rule breakdown")
struct RuleBreakdownTests {
    @Test("equals the reference's violations summed up", arguments: [(31, 1, 1), (32, 2, 7), (33, 3, 64)] as [(UInt64, Int, Int)])
    func equalsTheReference(seed: UInt64, threads: Int, tileRows: Int) throws {
        let instance = RandomInstance(seed: seed, seekers: 180, posts: 140)
        let engine = try MatchEngine(
            taxonomy: instance.taxonomy, posts: instance.posts,
            options: EngineOptions(threads: threads, tileRows: tileRows, tileColumns: 37))
        let breakdown = engine.ruleBreakdown(for: instance.seekers)
        let expected = Self.reference(instance.seekers, instance.posts, taxonomy: instance.taxonomy)
        Self.expect(breakdown, equals: expected, posts: instance.posts.count)
        #expect(expected.feasibleSeekers.reduce(0, +) > 0 && !expected.nearMisses.isEmpty && expected.only.contains { !$0.isEmpty })
    }

    @Test("pairs exactly at a commute limit or a radius, and a hair either side, count as the exact distance says")
    func pairsAtTheLimit() throws {
        let instance = RandomInstance(seed: 34, seekers: 120, posts: 90)
        var seekers = instance.seekers, posts = instance.posts
        for s in seekers.indices {
            let d = seekers[s].location.distanceKm(to: posts[s % posts.count].location)
            seekers[s].maxCommuteKm = [d, d.nextDown, d.nextUp][s % 3]
        }
        for p in posts.indices {
            let d = posts[p].location.distanceKm(to: seekers[(p * 7) % seekers.count].location)
            posts[p].radiusKm = [d, d.nextDown, d.nextUp][p % 3]
        }
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: posts, options: EngineOptions(threads: 2, tileColumns: 40))
        let expected = Self.reference(seekers, posts, taxonomy: instance.taxonomy)
        Self.expect(engine.ruleBreakdown(for: seekers), equals: expected, posts: posts.count)
    }

    /// The reference scorer's violations of every pair, summed up as a breakdown is.
    private static func reference(
        _ seekers: [Seeker], _ posts: [Post], taxonomy: SkillTaxonomy
    ) -> (feasibleSeekers: [Int], feasiblePosts: [Int], nearest: [Double?], only: [[FeasibilityRule: Int]],
          nearMisses: [(seeker: Int, post: Int)]) {
        let reference = ReferenceScorer(taxonomy: taxonomy)
        var feasibleSeekers = [Int](repeating: 0, count: posts.count)
        var feasiblePosts = [Int](repeating: 0, count: seekers.count)
        var nearest = [Double?](repeating: nil, count: seekers.count)
        var only = [[FeasibilityRule: Int]](repeating: [:], count: posts.count)
        var nearMisses: [(seeker: Int, post: Int)] = []
        for (s, seeker) in seekers.enumerated() {
            for (p, post) in posts.enumerated() {
                let explanation = reference.explain(seeker, post)
                let rules = Set(explanation.violations.map(\.rule))
                if rules.isEmpty {
                    feasibleSeekers[p] += 1
                    feasiblePosts[s] += 1
                    nearest[s] = min(nearest[s] ?? .infinity, explanation.distanceKm)
                } else if rules.count == 1 {
                    only[p][rules.first!, default: 0] += 1
                    let gaps = explanation.requirements.filter(\.isMissingMandatory).map { $0.requirement.level - $0.ownLevel }
                    if rules.first == .mandatoryRequirement, gaps.allSatisfy({ $0 <= 2 }) { nearMisses.append((s, p)) }
                }
            }
        }
        return (feasibleSeekers, feasiblePosts, nearest, only, nearMisses)
    }

    private static func expect(
        _ breakdown: RuleBreakdown,
        equals expected: (feasibleSeekers: [Int], feasiblePosts: [Int], nearest: [Double?], only: [[FeasibilityRule: Int]],
                          nearMisses: [(seeker: Int, post: Int)]),
        posts: Int
    ) {
        #expect(breakdown.feasibleSeekers == expected.feasibleSeekers)
        #expect(breakdown.feasiblePosts == expected.feasiblePosts)
        #expect(breakdown.nearestFeasibleKm.elementsEqual(expected.nearest) { a, b in a == b })
        #expect(breakdown.nearMisses.map { [$0.seeker, $0.post] } == expected.nearMisses.map { [$0.seeker, $0.post] })
        for post in 0..<posts {
            for rule in FeasibilityRule.allCases {
                #expect(breakdown.seekers(breakingOnly: rule, post: post) == expected.only[post][rule, default: 0], "post \(post) \(rule)")
            }
        }
        #expect(breakdown.feasiblePairs == expected.feasibleSeekers.reduce(0, +))
    }
}
