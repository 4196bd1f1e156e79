import JobMatch
/// A hand-curated description of a city's labour market: skills, districts
/// and industries, from which synthetic seekers and posts are drawn.
///
/// The catalogue is data, not statistics: weights are relative and only
/// shape the generated distributions. ``huangshi`` describes Huangshi
/// (黄石), Hubei.
public struct CityCatalog: Sendable {
    /// The city's name in English.
    public let name: String
    /// The city's name in Chinese.
    public let chineseName: String
    /// The skill groups with their skills, in taxonomy order.
    public let skillGroups: [SkillGroup]
    /// The districts and counties.
    public let districts: [District]
    /// The industries.
    public let industries: [Industry]
    /// Trade names that start registered firm names after the place:
    /// `Hengtai`, `恒泰`.
    public let firmBrandWords: [(english: String, chinese: String)]
    /// Kilometres per degree of longitude at the city's latitude.
    ///
    /// A constant rather than a cosine so generated coordinates do not
    /// depend on the platform's maths library.
    public let kilometresPerDegreeLongitude: Double
    /// Monthly pay of public-welfare posts, CNY: a little above the local
    /// minimum wage.
    public let publicWelfareMonthlyWage: ClosedRange<Double>

    /// Kilometres per degree of latitude.
    public static let kilometresPerDegreeLatitude = 111.2

    /// Every skill, group by group.
    public var skills: [Skill] { skillGroups.flatMap(\.skills) }

    /// The skill groups `industry`'s occupations call for, in order of
    /// first mention, so the main group of its first occupation comes first.
    public func skillGroups(of industry: Industry) -> [String] {
        let groupOfSkill = Dictionary(uniqueKeysWithValues: skills.map { ($0.id, $0.group) })
        var groups: [String] = []
        for id in industry.occupations.flatMap(\.skills) {
            if let group = groupOfSkill[id], !groups.contains(group) { groups.append(group) }
        }
        return groups
    }
}
