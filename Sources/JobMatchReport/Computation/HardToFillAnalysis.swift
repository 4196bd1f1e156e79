import JobMatch

/// The posts no one can fill (REPORTS.md, `hard_to_fill`): fewer feasible
/// seekers than openings, and for each rule the seekers it alone keeps out.
enum HardToFillAnalysis {
    static func section(_ facts: ReportFacts) -> HardToFill {
        let posts = facts.request.posts
        let hard = posts.indices.filter { facts.breakdown.feasibleSeekers[$0] < posts[$0].openings }
            .sorted { a, b in
                let (shortA, shortB) = (posts[a].openings - facts.breakdown.feasibleSeekers[a], posts[b].openings - facts.breakdown.feasibleSeekers[b])
                return shortA != shortB ? shortA > shortB : posts[a].id.utf8.lexicographicallyPrecedes(posts[b].id.utf8)
            }
        var byType: [String: Int] = [:]
        var byDistrict: [String: Int] = [:]
        let rows = hard.map { index in
            let post = posts[index]
            byType[post.workType.rawValue, default: 0] += 1
            if !facts.districts.isEmpty { byDistrict[facts.districts.ofPost[index], default: 0] += 1 }
            return HardPost(
                post: post.id, title: post.title, type: post.workType.rawValue,
                district: facts.districts.isEmpty ? post.district : facts.districts.ofPost[index], openings: post.openings,
                feasibleSeekers: facts.breakdown.feasibleSeekers[index],
                binding: Dictionary(uniqueKeysWithValues: FeasibilityRule.allCases.map {
                    ($0.rawValue, facts.breakdown.seekers(breakingOnly: $0, post: index))
                }))
        }
        return HardToFill(posts: rows, byType: byType, byDistrict: byDistrict)
    }
}
