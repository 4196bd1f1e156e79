@testable import JobMatch
@testable import JobMatchModel
import Testing

/// A graph updated for seekers who gained skills equals a graph built fresh.
@Suite("Candidate graph after training")
struct UpgradedGraphTests {
    @Test(arguments: [(41, CandidateLimit.perSide(3)), (42, .perSide(1)), (43, .all), (44, .perSide(6))] as [(UInt64, CandidateLimit)])
    func equalsAFreshGraph(seed: UInt64, limit: CandidateLimit) throws {
        let instance = RandomInstance(seed: seed, seekers: 120, posts: 90)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let graph = engine.candidateGraph(for: instance.seekers, limit: limit)
        var random = SeededGenerator(seed: seed)
        var changed: [Int: Seeker] = [:]
        for _ in 0..<12 {
            let position = Int.random(in: 0..<instance.seekers.count, using: &random)
            var seeker = instance.seekers[position]
            let skill = instance.taxonomy.skills.randomElement(using: &random)!
            if let index = seeker.skills.firstIndex(where: { $0.skill == skill.id }) {
                seeker.skills[index].level = skill.maxLevel
            } else {
                seeker.skills.append(SkillLevel(skill: skill.id, level: Int.random(in: 1...skill.maxLevel, using: &random)))
            }
            changed[position] = seeker
        }
        let updated = engine.candidateGraph(graph, upgrading: changed)
        var upgraded = instance.seekers
        for (position, seeker) in changed { upgraded[position] = seeker }
        let fresh = engine.candidateGraph(for: upgraded, limit: limit)
        #expect(updated.seekers == fresh.seekers)
        #expect(updated.edges == fresh.edges)
        #expect(updated.edgeStart == fresh.edgeStart)
        #expect(updated.seekerPreference == fresh.seekerPreference)
        #expect(updated.postPreference == fresh.postPreference)
        #expect(updated.assignment(.optimal) == fresh.assignment(.optimal))
    }
}
