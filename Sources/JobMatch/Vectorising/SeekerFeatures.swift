/// A batch of seekers as skill codes (run ends, and the dense thermometer
/// matrix where the dense kernel needs it) plus, in packed records and
/// columns, every attribute the elementwise pass reads.
struct SeekerFeatures: Sendable {
    /// The number of seekers.
    let count: Int
    /// Columns per row of `matrix`.
    let dimensions: Int
    /// Row `s` is seeker `s`'s thermometer code, `count × dimensions`;
    /// built only for the dense kernel.
    let matrix: FixedBuffer<Float>?
    /// The ends of each seeker's runs of ones, for the sparse kernel.
    let terms: SkillTerms
    /// The kernel the batch is scored with: dense where `matrix` was built.
    var kernel: SkillKernel { matrix == nil ? .sparse : .dense }
    /// Skill levels, `count × skills`, for mandatory checks and exact credit.
    let levels: FixedBuffer<UInt8>
    /// Group levels `λ`, `count × groups`.
    let groupLevels: FixedBuffer<UInt8>
    /// What the screen reads.
    let screen: FixedBuffer<SeekerScreen>
    /// Where each seeker lives.
    let locations: FixedBuffer<Coordinate>
    /// The commute limit in km, +∞ where none is set.
    let commuteKm: FixedBuffer<Double>
    /// Expected wages, NaN where not given.
    let expectedMonthly: FixedBuffer<Double>
    let expectedHourly: FixedBuffer<Double>
    /// The early-warning bonus.
    let bonus: FixedBuffer<Double>
    /// The largest bonus of any seeker here, 0 for none.
    let largestBonus: Double
    /// Each seeker's position in byte-wise id order, for ties.
    let ordinal: FixedBuffer<Int32>
    /// The ids.
    let ids: [String]

    /// Vectorises `seekers`, which must already be valid for the taxonomy.
    ///
    /// - Complexity: O(seekers × dimensions).
    init(
        _ seekers: [Seeker], terms: SkillTerms, denseMatrix: Bool, taxonomy: SkillTaxonomy, layout: FeatureLayout,
        employers: EmployerNumbers, configuration: ScoringConfiguration
    ) {
        count = seekers.count
        dimensions = layout.dimensions
        let skillCount = taxonomy.skills.count
        let groupCount = taxonomy.groups.count
        let matrix = denseMatrix ? FixedBuffer<Float>(repeating: 0, count: count * dimensions) : nil
        levels = FixedBuffer(repeating: 0, count: count * skillCount)
        groupLevels = FixedBuffer(repeating: 0, count: count * groupCount)
        let width = dimensions
        for (row, seeker) in seekers.enumerated() {
            let vector = matrix.map { $0.mutableBase + row * width }
            vector?[layout.constantColumn] = 1
            for entry in seeker.skills {
                guard let skill = taxonomy.index(of: entry.skill) else { continue }
                let group = taxonomy.groupIndexOfSkill[skill]
                levels.mutableBase[row * skillCount + skill] = UInt8(entry.level)
                let groupSlot = row * groupCount + group
                groupLevels.mutableBase[groupSlot] = max(groupLevels[groupSlot], UInt8(entry.level))
                for level in 0..<entry.level { vector?[layout.skillOffsets[skill] + level] = 1 }
            }
            for group in 0..<groupCount {
                for level in 0..<Int(groupLevels[row * groupCount + group]) {
                    vector?[layout.groupOffsets[group] + level] = 1
                }
            }
        }
        self.matrix = matrix
        self.terms = terms
        let tolerated = 1 - configuration.maxShortfall
        screen = FixedBuffer(seekers.map { seeker in
            SeekerScreen(
                eligibleTypes: Self.eligibleTypes(of: seeker).rawValue,
                accepts: seeker.accepts.rawValue,
                entitledTypes: Self.entitledTypes(of: seeker).rawValue,
                employer: employers.number(of: seeker.employer),
                availableFrom: seeker.availableFrom?.seconds ?? .min,
                availableUntil: seeker.availableUntil?.seconds ?? .max,
                monthlyFloor: seeker.expectedMonthlyWage.map { $0 * tolerated } ?? -.infinity,
                hourlyFloor: seeker.expectedHourlyWage.map { $0 * tolerated } ?? -.infinity,
                limitTerm: HalfAngles.limitTerm(km: seeker.maxCommuteKm),
                place: HalfAngles(seeker.location),
                latitude: seeker.location.latitude * .pi / 180, longitude: seeker.location.longitude * .pi / 180)
        })
        locations = FixedBuffer(seekers.map(\.location))
        commuteKm = FixedBuffer(seekers.map { $0.maxCommuteKm ?? .infinity })
        expectedMonthly = FixedBuffer(seekers.map { $0.expectedMonthlyWage ?? .nan })
        expectedHourly = FixedBuffer(seekers.map { $0.expectedHourlyWage ?? .nan })
        let bonus = seekers.map { configuration.bonus(for: $0.warning) }
        self.bonus = FixedBuffer(bonus)
        largestBonus = bonus.max() ?? 0
        ordinal = FixedBuffer(ByteOrder.ordinals(of: seekers.map(\.id)))
        ids = seekers.map(\.id)
    }

    /// The work types a seeker accepts and may take: rules 1 to 4 of
    /// SCORING.md but the own-employer test, which needs the post.
    static func eligibleTypes(of seeker: Seeker) -> WorkTypeSet {
        var types = seeker.accepts.intersection(entitledTypes(of: seeker))
        if seeker.employer == nil { types.remove(.shared) }
        return types
    }

    /// The work types a seeker's key groups do not bar (rules 2 and 3):
    /// every type but public-welfare posts and internships, and those two
    /// where a key group entitles the seeker to them.
    static func entitledTypes(of seeker: Seeker) -> WorkTypeSet {
        var types = WorkTypeSet(WorkType.allCases)
        if seeker.keyGroups.isDisjoint(with: KeyGroup.publicWelfareEligible) { types.remove(.publicWelfare) }
        if seeker.keyGroups.isDisjoint(with: KeyGroup.internshipEligible) { types.remove(.internship) }
        return types
    }
}
