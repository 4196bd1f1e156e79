/// Each seeker's thermometer code as the few columns where its runs of ones end.
///
/// A seeker with level `ℓ` in skill `j` has ones on `(j, 1…ℓ)`; its dot
/// product with a post's weights over that run is the post's running sum at
/// `(j, ℓ)`. So with posts stored as running sums per skill and group, a
/// pair's skill part is the sum of one value per skill and group the seeker
/// has, plus the constant column: a handful of terms where the dense code has
/// a thousand columns.
struct SkillTerms: Sendable {
    /// Seeker `s`'s terms are `column[start[s] ..< start[s + 1]]`.
    let start: FixedBuffer<Int32>
    /// The column at the end of a run, or the constant column.
    let column: FixedBuffer<Int32>

    init(_ seekers: [Seeker], taxonomy: SkillTaxonomy, layout: FeatureLayout) {
        var start: [Int32] = [0]
        var column: [Int32] = []
        start.reserveCapacity(seekers.count + 1)
        column.reserveCapacity(seekers.count * 8)
        var groupLevels = [Int](repeating: 0, count: taxonomy.groups.count)
        for seeker in seekers {
            // The constant column comes first so a tile row can start as a copy.
            column.append(Int32(layout.constantColumn))
            for entry in seeker.skills {
                guard let skill = taxonomy.index(of: entry.skill), entry.level > 0 else { continue }
                column.append(Int32(layout.skillOffsets[skill] + entry.level - 1))
                let group = taxonomy.groupIndexOfSkill[skill]
                groupLevels[group] = max(groupLevels[group], entry.level)
            }
            for (group, level) in groupLevels.enumerated() where level > 0 {
                column.append(Int32(layout.groupOffsets[group] + level - 1))
                groupLevels[group] = 0
            }
            start.append(Int32(column.count))
        }
        self.start = FixedBuffer(start)
        self.column = FixedBuffer(column)
    }

    /// The mean number of terms per seeker.
    var averageCount: Double {
        start.count > 1 ? Double(column.count) / Double(start.count - 1) : 0
    }
}
