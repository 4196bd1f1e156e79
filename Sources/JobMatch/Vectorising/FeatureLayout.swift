/// Where each (skill, level) and (group, level) component sits in a feature vector.
///
/// Skill `j` owns `maxLevel` consecutive columns, one per grade; group `g` owns
/// as many as the highest `maxLevel` among its skills. The thermometer code of
/// SCORING.md sets column `(j, l)` of a seeker when their level in `j` is at
/// least `l`, so a post's weights over those columns sum to the skill part.
/// One last column is 1 for every seeker and 1 for posts without
/// requirements, whose skill part is 1 by definition.
struct FeatureLayout: Sendable {
    /// The first column of each skill's thermometer.
    let skillOffsets: [Int]
    /// The first column of each group's thermometer.
    let groupOffsets: [Int]
    /// The column set for every seeker and for posts without requirements.
    let constantColumn: Int
    /// Columns in use.
    let usedDimensions: Int
    /// Columns of each row: `usedDimensions` rounded up to a multiple of 16
    /// so every row starts on a 64-byte boundary.
    let dimensions: Int

    /// The layout for `taxonomy`.
    init(taxonomy: SkillTaxonomy) {
        var offset = 0
        skillOffsets = taxonomy.skills.map { skill in
            defer { offset += skill.maxLevel }
            return offset
        }
        groupOffsets = taxonomy.maxLevelOfGroup.map { levels in
            defer { offset += levels }
            return offset
        }
        constantColumn = offset
        usedDimensions = offset + 1
        dimensions = (usedDimensions + 15) / 16 * 16
    }
}
