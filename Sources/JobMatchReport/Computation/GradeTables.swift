import JobMatch

/// Supply and demand by grade of the eight-grade ladder (REPORTS.md, `grades`).
enum GradeTables {
    /// The highest level among a seeker's skills, 0 for none.
    static func grade(of seeker: Seeker) -> Int { seeker.skills.map(\.level).max() ?? 0 }

    /// The highest level among a post's mandatory requirements, 0 for none.
    static func grade(of post: Post) -> Int { post.requirements.filter(\.isMandatory).map(\.level).max() ?? 0 }

    /// Rows for grades 0…8 over `seekers` and `posts`.
    static func rows(seekers: some Sequence<Seeker>, posts: some Sequence<Post>) -> [GradeRow] {
        var seekerCounts = [Int](repeating: 0, count: 9)
        var openings = [Int](repeating: 0, count: 9)
        for seeker in seekers { seekerCounts[grade(of: seeker)] += 1 }
        for post in posts { openings[grade(of: post)] += post.openings }
        return (0...8).map { GradeRow(grade: $0, seekers: seekerCounts[$0], openings: openings[$0], ratio: ReportMath.ratio(openings[$0], seekerCounts[$0])) }
    }

    /// The table for each district.
    static func byDistrict(_ facts: ReportFacts) -> [String: [GradeRow]]? {
        guard !facts.districts.isEmpty else { return nil }
        var result: [String: [GradeRow]] = [:]
        for district in facts.request.districts {
            let seekers = facts.seekers.indices.filter { facts.districts.ofSeeker[$0] == district.id }.map { facts.seekers[$0] }
            let posts = facts.request.posts.indices.filter { facts.districts.ofPost[$0] == district.id }.map { facts.request.posts[$0] }
            result[district.id] = rows(seekers: seekers, posts: posts)
        }
        return result
    }

    /// The share of skilled seekers at grade 4 (senior worker) or above, against the plan's 35 %.
    static func highSkillShare(_ seekers: [Seeker]) -> HighSkillShare {
        let skilled = seekers.filter { !$0.skills.isEmpty }
        let high = skilled.filter { grade(of: $0) >= 4 }.count
        return HighSkillShare(skilledSeekers: skilled.count, highSkillSeekers: high, share: ReportMath.ratio(high, skilled.count), target: 0.35)
    }
}
