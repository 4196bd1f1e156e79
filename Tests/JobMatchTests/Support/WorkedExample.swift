@testable import JobMatch
@testable import JobMatchModel

/// The worked example of SCORING.md as model values.
enum WorkedExample {
    static let taxonomy = try! SkillTaxonomy(skills: [
        Skill(id: "welding", name: "Welding", chineseName: "焊接", group: "metalwork", maxLevel: 8),
        Skill(id: "cnc_turning", name: "CNC turning", chineseName: "数控车削", group: "metalwork", maxLevel: 8),
        Skill(id: "pcb_assembly", name: "PCB assembly", chineseName: "电路板组装", group: "electronics", maxLevel: 5),
        Skill(id: "forklift", name: "Forklift licence", chineseName: "叉车证", group: "logistics", maxLevel: 1),
    ])

    static let posts = [
        Post(
            id: "P1", employer: "E1", location: Coordinate(latitude: 30.100, longitude: 114.980),
            wageMin: 5000, wageMax: 7000,
            requirements: [
                Requirement(skill: "welding", level: 4, weight: 3, isMandatory: true),
                Requirement(skill: "forklift", level: 1, weight: 1),
            ]),
        Post(
            id: "P2", employer: "E2", location: Coordinate(latitude: 30.180, longitude: 115.020),
            wageMin: 4200, wageMax: 5200,
            requirements: [
                Requirement(skill: "pcb_assembly", level: 3, weight: 2),
                Requirement(skill: "welding", level: 2, weight: 1),
            ]),
    ]

    static let seekers = [
        Seeker(
            id: "S1", location: Coordinate(latitude: 30.120, longitude: 114.990),
            skills: [SkillLevel(skill: "welding", level: 5)], maxCommuteKm: 10, expectedMonthlyWage: 6500),
        Seeker(
            id: "S2", location: Coordinate(latitude: 30.175, longitude: 115.030),
            skills: [SkillLevel(skill: "cnc_turning", level: 6), SkillLevel(skill: "forklift", level: 1)],
            maxCommuteKm: 8, expectedMonthlyWage: 5000, warning: .red),
        Seeker(
            id: "S3", location: Coordinate(latitude: 30.220, longitude: 115.090),
            skills: [SkillLevel(skill: "pcb_assembly", level: 2)], maxCommuteKm: 5, expectedMonthlyWage: 4000),
    ]

    /// The table of SCORING.md: distance, skill, geo, wage, bonus, score of feasible pairs.
    static let feasible: [String: (d: Double, skill: Double, geo: Double, wage: Double, bonus: Double, score: Double)] = [
        "S1-P1": (2.4230, 0.750000, 0.945403, 0.902545, 0, 0.821732),
        "S1-P2": (7.2686, 0.333333, 0.336387, 0.264775, 0, 0.323813),
        "S2-P2": (1.1105, 0.083333, 0.999662, 0.939523, 0.10, 0.540844),
    ]

    /// The infeasible pairs and the rules they break.
    static let infeasible: [String: Set<FeasibilityRule>] = [
        "S2-P1": [.mandatoryRequirement, .distance],
        "S3-P1": [.mandatoryRequirement, .distance],
        "S3-P2": [.distance],
    ]
}
