@testable import JobMatchModel

/// The skills that seekers and posts are checked against while fuzzing: the
/// worked example's, and a few with other grades and non-ASCII ids.
let fuzzTaxonomy: SkillTaxonomy = {
    do {
        return try SkillTaxonomy(skills: [
            Skill(id: "welding", name: "Welding", chineseName: "焊接", group: "metalwork", maxLevel: 8),
            Skill(id: "cnc_turning", name: "CNC turning", group: "metalwork", maxLevel: 8),
            Skill(id: "pcb_assembly", name: "PCB assembly", group: "electronics", maxLevel: 5),
            Skill(id: "forklift", name: "Forklift licence", group: "logistics", maxLevel: 1),
            Skill(id: "plumbing", name: "Plumbing", group: "construction", maxLevel: 8),
            Skill(id: "pharmacy", name: "Pharmacy", group: "health", maxLevel: 6),
            Skill(id: "焊接", name: "Welding (zh)", group: "metalwork", maxLevel: 3),
        ])
    } catch {
        fatalError("the fuzz taxonomy is invalid: \(error)")
    }
}()
