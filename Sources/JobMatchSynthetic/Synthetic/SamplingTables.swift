import JobMatch
/// Weights and indexes derived from a catalogue once per generator, so that
/// making a record is a handful of lookups.
struct SamplingTables: Sendable {
    /// Residents' weight of each district, in catalogue order.
    let populationWeights: [Double]
    /// For each industry, the weight of each district as its employers' home.
    let employerDistrictWeights: [[Double]]
    /// The weight of each industry as seekers' background.
    let seekerIndustryWeights: [Double]
    /// For each work type, in `WorkType.allCases` order, the weight of each
    /// industry among posts of that type.
    let postIndustryWeights: [[Double]]
    /// For each employer, its industry and its number within the industry.
    let employerSlots: [(industry: Int, number: Int)]
    /// For each industry, the indexes of its employers.
    let employersOfIndustry: [[Int]]
    /// For each industry, the indexes of its employers in the shared pool.
    let poolEmployersOfIndustry: [[Int]]
    /// The skills of each group, by group id.
    let skillsOfGroup: [String: [Skill]]

    /// Every third employer of an industry that posts secondments is in the pool.
    static let poolEmployerSpacing = 3

    init(catalog: CityCatalog) {
        populationWeights = catalog.districts.map(\.populationWeight)
        employerDistrictWeights = catalog.industries.map { industry in
            catalog.districts.map { industry.districtWeights[$0.id] ?? 0 }
        }
        seekerIndustryWeights = catalog.industries.map(\.seekerWeight)
        postIndustryWeights = WorkType.allCases.map { type in
            catalog.industries.map { $0.workTypeWeights[type] ?? 0 }
        }
        var slots: [(industry: Int, number: Int)] = []
        var employersOfIndustry: [[Int]] = []
        var poolEmployersOfIndustry: [[Int]] = []
        for (industryIndex, industry) in catalog.industries.enumerated() {
            let lendsStaff = (industry.workTypeWeights[.shared] ?? 0) > 0
            let indexes = slots.count ..< slots.count + industry.employerCount
            slots += (0..<industry.employerCount).map { (industryIndex, $0) }
            employersOfIndustry.append(Array(indexes))
            poolEmployersOfIndustry.append(
                lendsStaff ? indexes.filter { slots[$0].number % Self.poolEmployerSpacing == 0 } : [])
        }
        employerSlots = slots
        self.employersOfIndustry = employersOfIndustry
        self.poolEmployersOfIndustry = poolEmployersOfIndustry
        skillsOfGroup = Dictionary(grouping: catalog.skills, by: \.group)
    }
}
