import JobMatch

/// The employment circles (REPORTS.md, `circles`): who has a feasible post
/// within each radius, from the per-rule pass's nearest feasible post.
enum CircleCoverage {
    static func circles(_ facts: ReportFacts) -> [Circle] {
        facts.request.circles.map { radius in
            let covered = facts.breakdown.nearestFeasibleKm.map { ($0 ?? .infinity) <= radius }
            func coverage(_ members: [Int]) -> Coverage {
                let count = members.filter { covered[$0] }.count
                return Coverage(seekers: members.count, covered: count, share: ReportMath.ratio(count, members.count))
            }
            let all = Array(facts.seekers.indices)
            let byDistrict: [String: Coverage]? = facts.districts.isEmpty ? nil : Dictionary(
                uniqueKeysWithValues: facts.request.districts.map { district in
                    (district.id, coverage(all.filter { facts.districts.ofSeeker[$0] == district.id }))
                })
            let byGroup = Dictionary(uniqueKeysWithValues: ReportFacts.groupRows.map { group in
                (group, coverage(all.filter { ReportFacts.groupKeys(of: facts.seekers[$0]).contains(group) }))
            })
            let byWarning = Dictionary(uniqueKeysWithValues: ReportFacts.warningRows.map { level in
                (level, coverage(all.filter { facts.seekers[$0].warning.rawValue == level }))
            })
            let total = coverage(all)
            return Circle(
                radiusKm: radius, covered: total.covered, share: total.share, byDistrict: byDistrict, byGroup: byGroup,
                byWarning: byWarning)
        }
    }
}
