import Foundation

/// A batch of seekers as a float32 thermometer matrix plus, in
/// struct-of-arrays form, every attribute the elementwise pass reads.
struct SeekerFeatures: Sendable {
    /// The number of seekers.
    let count: Int
    /// Columns per row of `matrix`.
    let dimensions: Int
    /// Row `s` is seeker `s`'s thermometer code, `count × dimensions`.
    let matrix: FixedBuffer<Float>
    /// Skill levels, `count × skills`, for mandatory checks and exact credit.
    let levels: FixedBuffer<UInt8>
    /// Group levels `λ`, `count × groups`.
    let groupLevels: FixedBuffer<UInt8>
    /// Where each seeker lives.
    let places: PlaceColumns
    /// The work types each seeker both accepts and is entitled to (rules 1–4).
    let eligibleTypes: FixedBuffer<UInt8>
    /// The employer's number, ``EmployerNumbers/none`` or ``EmployerNumbers/unlisted``.
    let employer: FixedBuffer<Int32>
    /// Availability, `Int64.min` / `Int64.max` where not given.
    let availableFrom: FixedBuffer<Int64>
    let availableUntil: FixedBuffer<Int64>
    /// Expected wages, NaN where not given.
    let expectedMonthly: FixedBuffer<Double>
    let expectedHourly: FixedBuffer<Double>
    /// The least `wageMax` tolerated (rule 8), −∞ where no expectation is given.
    let monthlyFloor: FixedBuffer<Double>
    let hourlyFloor: FixedBuffer<Double>
    /// The early-warning bonus.
    let bonus: FixedBuffer<Double>
    /// Each seeker's position in byte-wise id order, for ties.
    let ordinal: FixedBuffer<Int32>
    /// The ids.
    let ids: [String]

    /// Vectorises `seekers`, which must already be valid for the taxonomy.
    ///
    /// - Complexity: O(seekers × dimensions).
    init(
        _ seekers: [Seeker], taxonomy: SkillTaxonomy, layout: FeatureLayout,
        employers: EmployerNumbers, configuration: ScoringConfiguration
    ) {
        count = seekers.count
        dimensions = layout.dimensions
        let skillCount = taxonomy.skills.count
        let groupCount = taxonomy.groups.count
        matrix = FixedBuffer(repeating: 0, count: count * dimensions)
        levels = FixedBuffer(repeating: 0, count: count * skillCount)
        groupLevels = FixedBuffer(repeating: 0, count: count * groupCount)
        for (row, seeker) in seekers.enumerated() {
            let vector = matrix.base + row * dimensions
            vector[layout.constantColumn] = 1
            for entry in seeker.skills {
                guard let skill = taxonomy.index(of: entry.skill) else { continue }
                let group = taxonomy.groupIndexOfSkill[skill]
                levels[row * skillCount + skill] = UInt8(entry.level)
                let groupSlot = row * groupCount + group
                groupLevels[groupSlot] = max(groupLevels[groupSlot], UInt8(entry.level))
                for level in 0..<entry.level { vector[layout.skillOffsets[skill] + level] = 1 }
            }
            for group in 0..<groupCount {
                for level in 0..<Int(groupLevels[row * groupCount + group]) {
                    vector[layout.groupOffsets[group] + level] = 1
                }
            }
        }
        places = PlaceColumns(seekers.map(\.location), limitsKm: seekers.map(\.maxCommuteKm))
        eligibleTypes = FixedBuffer(seekers.map { Self.eligibleTypes(of: $0).rawValue })
        employer = FixedBuffer(seekers.map { employers.number(of: $0.employer) })
        availableFrom = FixedBuffer(seekers.map { $0.availableFrom?.seconds ?? .min })
        availableUntil = FixedBuffer(seekers.map { $0.availableUntil?.seconds ?? .max })
        expectedMonthly = FixedBuffer(seekers.map { $0.expectedMonthlyWage ?? .nan })
        expectedHourly = FixedBuffer(seekers.map { $0.expectedHourlyWage ?? .nan })
        let tolerated = 1 - configuration.maxShortfall
        monthlyFloor = FixedBuffer(seekers.map { $0.expectedMonthlyWage.map { $0 * tolerated } ?? -.infinity })
        hourlyFloor = FixedBuffer(seekers.map { $0.expectedHourlyWage.map { $0 * tolerated } ?? -.infinity })
        bonus = FixedBuffer(seekers.map { configuration.bonus(for: $0.warning) })
        ordinal = FixedBuffer(ByteOrder.ordinals(of: seekers.map(\.id)))
        ids = seekers.map(\.id)
    }

    /// The work types a seeker accepts and may take: rules 1 to 4 of
    /// SCORING.md but the own-employer test, which needs the post.
    static func eligibleTypes(of seeker: Seeker) -> WorkTypeSet {
        var types = seeker.accepts
        if seeker.keyGroups.isDisjoint(with: KeyGroup.publicWelfareEligible) { types.remove(.publicWelfare) }
        if seeker.keyGroups.isDisjoint(with: KeyGroup.internshipEligible) { types.remove(.internship) }
        if seeker.employer == nil { types.remove(.shared) }
        return types
    }
}
