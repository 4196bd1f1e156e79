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
        let reference = ReferenceScorer(taxonomy: instance.taxonomy)
        var feasibleSeekers = [Int](repeating: 0, count: instance.posts.count)
        var feasiblePosts = [Int](repeating: 0, count: instance.seekers.count)
        var nearest = [Double?](repeating: nil, count: instance.seekers.count)
        var only = [[FeasibilityRule: Int]](repeating: [:], count: instance.posts.count)
        var nearMisses: [(seeker: Int, post: Int)] = []
        for (s, seeker) in instance.seekers.enumerated() {
            for (p, post) in instance.posts.enumerated() {
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
        #expect(breakdown.feasibleSeekers == feasibleSeekers)
        #expect(breakdown.feasiblePosts == feasiblePosts)
        #expect(breakdown.nearestFeasibleKm.elementsEqual(nearest) { a, b in
            a == nil ? b == nil : b.map { abs($0 - a!) < 1e-9 } ?? false
        })
        #expect(breakdown.nearMisses.map { [$0.seeker, $0.post] } == nearMisses.map { [$0.seeker, $0.post] })
        for post in instance.posts.indices {
            for rule in FeasibilityRule.allCases {
                #expect(breakdown.seekers(breakingOnly: rule, post: post) == only[post][rule, default: 0], "post \(post) \(rule)")
            }
        }
        #expect(breakdown.feasiblePairs == feasibleSeekers.reduce(0, +))
        #expect(feasibleSeekers.reduce(0, +) > 0 && !nearMisses.isEmpty && only.contains { !$0.isEmpty })
    }
}
