import JobMatch
extension SyntheticDataGenerator {
    /// Standard working hours in a month (21.75 days of 8 hours), which turn
    /// a monthly wage into an hourly one.
    static let hoursPerMonth = 174.0

    /// The taxonomy's skill with `id`, which the catalogue guarantees exists.
    func skill(_ id: String) -> Skill {
        guard let skill = taxonomy[id] else {
            preconditionFailure("the catalogue names an unknown skill \(id)")
        }
        return skill
    }

    /// A skill related to `main`: usually another of its group, otherwise
    /// one that some occupation of `industry` calls for, so that skill sets
    /// stay within one or two related groups.
    func relatedSkill(
        to main: Skill, in industry: CityCatalog.Industry, using random: inout Xoshiro256StarStar
    ) -> Skill {
        if random.chance(0.6), let group = tables.skillsOfGroup[main.group] { return random.element(of: group) }
        return skill(random.element(of: random.element(of: industry.occupations).skills))
    }

    /// A grade of `skill` drawn with `weights` (grade 1 first), at most
    /// `cap` and the skill's `maxLevel`.
    static func level(
        of skill: Skill, weightedBy weights: [Double], cap: Int, using random: inout Xoshiro256StarStar
    ) -> Int {
        min(skill.maxLevel, cap, random.index(weightedBy: weights) + 1)
    }

    /// The hourly equivalent of `monthly`, kept to the 18–60 CNY of the
    /// city's gig market and rounded to whole yuan.
    static func hourlyWage(monthly: Double) -> Double {
        rounded(min(60, max(18, monthly / hoursPerMonth)), toMultipleOf: 1)
    }

    /// A window of whole days starting a number of days after ``referenceDate``.
    static func window(
        startingWithin startDays: ClosedRange<Int>, lastingDays length: ClosedRange<Int>,
        using random: inout Xoshiro256StarStar
    ) -> (from: Timestamp, until: Timestamp) {
        let start = referenceDate.seconds + Int64(random.int(in: startDays)) * 86_400
        return (Timestamp(seconds: start), Timestamp(seconds: start + Int64(random.int(in: length)) * 86_400))
    }
}
