/// Every post's requirements in compressed rows, for the mandatory test and
/// for the exact float64 skill part of a candidate.
struct RequirementColumns: Sendable {
    /// Post `p`'s requirements are `start[p] ..< start[p + 1]`.
    let start: FixedBuffer<Int32>
    /// The required skill's index in the taxonomy.
    let skill: FixedBuffer<Int32>
    /// The required skill's group index.
    let group: FixedBuffer<Int32>
    /// The required level `r`.
    let level: FixedBuffer<Int32>
    /// The weight over the post's total weight, `w / W`.
    let share: FixedBuffer<Double>
    /// Mandatory requirements only, in the same compressed-row form.
    let mandatoryStart: FixedBuffer<Int32>
    let mandatorySkill: FixedBuffer<Int32>
    let mandatoryLevel: FixedBuffer<UInt8>

    init(_ posts: [Post], taxonomy: SkillTaxonomy) {
        var start: [Int32] = [0], skill: [Int32] = [], group: [Int32] = [], level: [Int32] = []
        var share: [Double] = []
        var mandatoryStart: [Int32] = [0], mandatorySkill: [Int32] = [], mandatoryLevel: [UInt8] = []
        for post in posts {
            let totalWeight = post.requirements.reduce(0) { $0 + $1.weight }
            for requirement in post.requirements {
                guard let index = taxonomy.index(of: requirement.skill) else { continue }
                skill.append(Int32(index))
                group.append(Int32(taxonomy.groupIndexOfSkill[index]))
                level.append(Int32(requirement.level))
                share.append(requirement.weight / totalWeight)
                if requirement.isMandatory {
                    mandatorySkill.append(Int32(index))
                    mandatoryLevel.append(UInt8(requirement.level))
                }
            }
            start.append(Int32(skill.count))
            mandatoryStart.append(Int32(mandatorySkill.count))
        }
        self.start = FixedBuffer(start)
        self.skill = FixedBuffer(skill)
        self.group = FixedBuffer(group)
        self.level = FixedBuffer(level)
        self.share = FixedBuffer(share)
        self.mandatoryStart = FixedBuffer(mandatoryStart)
        self.mandatorySkill = FixedBuffer(mandatorySkill)
        self.mandatoryLevel = FixedBuffer(mandatoryLevel)
    }
}
