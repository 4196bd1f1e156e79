@testable import JobMatch
@testable import JobMatchModel

/// A random taxonomy, seekers and posts crowded into a small area, so that
/// every rule both passes and fails often, with duplicate profiles for ties.
struct RandomInstance {
    let taxonomy: SkillTaxonomy
    let seekers: [Seeker]
    let posts: [Post]

    init(seed: UInt64, seekers seekerCount: Int, posts postCount: Int) {
        var random = SeededGenerator(seed: seed)
        let groups = ["metalwork", "electronics", "logistics", "care", "catering"]
        let skills = (0..<14).map { index in
            Skill(
                id: "skill\(index)", name: "Skill \(index)", group: groups[index % groups.count],
                maxLevel: Int.random(in: 1...8, using: &random))
        }
        taxonomy = try! SkillTaxonomy(skills: skills)
        let employers = ["E1", "E2", "E3", "E4"]
        let day: Int64 = 86_400

        func place() -> Coordinate {
            Coordinate(
                latitude: 30.15 + Double.random(in: -0.12...0.12, using: &random),
                longitude: 115.0 + Double.random(in: -0.12...0.12, using: &random))
        }
        func sometimes<T>(_ chance: Double, _ value: @autoclosure () -> T) -> T? {
            Double.random(in: 0..<1, using: &random) < chance ? value() : nil
        }

        var seekers: [Seeker] = []
        for index in 0..<seekerCount {
            if index > 0, Int.random(in: 0..<10, using: &random) == 0 {
                var twin = seekers[Int.random(in: 0..<seekers.count, using: &random)]
                twin.id = "S\(index)"
                seekers.append(twin)
                continue
            }
            let owned = skills.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random))
            let from = sometimes(0.3, Int64.random(in: 0...10, using: &random) * day)
            seekers.append(Seeker(
                id: "S\(index)", location: place(),
                skills: owned.map { SkillLevel(skill: $0.id, level: Int.random(in: 1...$0.maxLevel, using: &random)) },
                maxCommuteKm: sometimes(0.7, Double.random(in: 2...20, using: &random)),
                expectedMonthlyWage: sometimes(0.8, Double.random(in: 3000...9000, using: &random)),
                expectedHourlyWage: sometimes(0.5, Double.random(in: 15...50, using: &random)),
                accepts: WorkTypeSet(WorkType.allCases.filter { _ in Bool.random(using: &random) } + [.fulltime]),
                keyGroups: Set(KeyGroup.allCases.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }),
                warning: WarningLevel.allCases.randomElement(using: &random)!,
                employer: sometimes(0.4, employers.randomElement(using: &random)!),
                availableFrom: from.map { Timestamp(seconds: $0) },
                availableUntil: sometimes(0.3, Timestamp(seconds: (from ?? 0) + Int64.random(in: 5...30, using: &random) * day))))
        }

        var posts: [Post] = []
        for index in 0..<postCount {
            if index > 0, Int.random(in: 0..<10, using: &random) == 0 {
                var twin = posts[Int.random(in: 0..<posts.count, using: &random)]
                twin.id = "P\(index)"
                posts.append(twin)
                continue
            }
            let type = WorkType.allCases.randomElement(using: &random)!
            let low = type == .gig ? Double.random(in: 15...40, using: &random) : Double.random(in: 2500...8000, using: &random)
            let required = skills.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random))
            let start = sometimes(0.4, Int64.random(in: 0...20, using: &random) * day)
            posts.append(Post(
                id: "P\(index)", employer: employers.randomElement(using: &random)!, workType: type,
                location: place(), radiusKm: sometimes(0.3, Double.random(in: 3...25, using: &random)),
                wageMin: low, wageMax: low * Double.random(in: 1...1.6, using: &random),
                openings: Int.random(in: 1...4, using: &random),
                start: start.map { Timestamp(seconds: $0) },
                end: start.map { Timestamp(seconds: $0 + Int64.random(in: 1...10, using: &random) * day) },
                requirements: required.map {
                    Requirement(
                        skill: $0.id, level: Int.random(in: 1...$0.maxLevel, using: &random),
                        weight: [1, 2, 3, 0.5].randomElement(using: &random)!,
                        isMandatory: Int.random(in: 0..<4, using: &random) == 0)
                }))
        }
        self.seekers = seekers
        self.posts = posts
    }
}
