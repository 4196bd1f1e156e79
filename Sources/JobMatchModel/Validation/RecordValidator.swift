/// The rules of the model that every skill, seeker and post must keep.
///
/// File readers and the library's entry points share these checks, so a
/// record is held to the same rules whichever way it arrives.
package enum RecordValidator {
    /// The largest wage accepted, CNY; larger values are taken for typing errors.
    package static let maxWage = 1e9
    /// The largest headcount accepted; larger values are taken for typing errors.
    package static let maxOpenings = 1_000_000
    /// The largest distance limit accepted, km: half the earth's circumference.
    package static let maxDistanceKm = 20_016.0

    /// Problems of one taxonomy entry.
    package static func problems(in skill: Skill) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        checkID(skill.id, field: "id", expected: "a skill id", into: &problems)
        if skill.name.isEmpty { problems.append(.init(.missingField, field: "name", expected: "a display name")) }
        if skill.group.isEmpty { problems.append(.init(.missingField, field: "group", expected: "a skill group")) }
        if !(1...8).contains(skill.maxLevel) {
            problems.append(.init(.outOfRange, field: "max_level", value: String(skill.maxLevel), expected: "an integer 1…8"))
        }
        return problems
    }

    /// Problems of one district.
    package static func problems(in district: District) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        checkID(district.id, field: "id", expected: "a district id", into: &problems)
        if district.name.isEmpty { problems.append(.init(.missingField, field: "name", expected: "a display name")) }
        checkLocation(district.centre, into: &problems)
        return problems
    }

    /// Problems of one seeker against `taxonomy`; without one, skill ids
    /// are held to the id rule and levels to 1…8 only.
    package static func problems(in seeker: Seeker, taxonomy: SkillTaxonomy?) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        checkID(seeker.id, field: "id", expected: "a seeker id", into: &problems)
        checkLocation(seeker.location, into: &problems)
        var seen: Set<String> = []
        for (index, entry) in seeker.skills.enumerated() {
            checkLevel(entry.skill, entry.level, field: "skills", taxonomy: taxonomy, into: &problems)
            if isRepeated(seeker.skills, at: index, seen: &seen, skill: { $0.skill }) {
                problems.append(.init(.duplicateSkill, field: "skills", value: entry.skill, expected: "each skill once"))
            }
        }
        checkLimit(seeker.maxCommuteKm, field: "max_commute_km", into: &problems)
        checkWage(seeker.expectedMonthlyWage, field: "expected_monthly", into: &problems)
        checkWage(seeker.expectedHourlyWage, field: "expected_hourly", into: &problems)
        if let employer = seeker.employer {
            checkID(employer, field: "employer", expected: "an employer id", into: &problems)
        }
        checkWindow(seeker.availableFrom, seeker.availableUntil, endField: "available_until", into: &problems)
        return problems
    }

    /// Problems of one post against `taxonomy`; without one, skill ids are
    /// held to the id rule and levels to 1…8 only.
    package static func problems(in post: Post, taxonomy: SkillTaxonomy?) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        checkID(post.id, field: "id", expected: "a post id", into: &problems)
        checkID(post.employer, field: "employer", expected: "an employer id", into: &problems)
        checkLocation(post.location, into: &problems)
        checkLimit(post.radiusKm, field: "radius_km", into: &problems)
        checkWage(post.wageMin, field: "wage_min", into: &problems)
        checkWage(post.wageMax, field: "wage_max", into: &problems)
        if post.wageMin > post.wageMax {
            problems.append(.init(
                .wageRangeInverted, field: "wage_max", value: "\(post.wageMin) > \(post.wageMax)",
                expected: "wage_min ≤ wage_max"))
        }
        if !(1...maxOpenings).contains(post.openings) {
            problems.append(.init(
                .outOfRange, field: "openings", value: String(post.openings), expected: "an integer 1…\(maxOpenings)"))
        }
        checkWindow(post.start, post.end, endField: "end", into: &problems)
        var seen: Set<String> = []
        for (index, requirement) in post.requirements.enumerated() {
            checkLevel(requirement.skill, requirement.level, field: "requirements", taxonomy: taxonomy, into: &problems)
            if !(requirement.weight.isFinite && requirement.weight > 0 && requirement.weight <= 1e6) {
                problems.append(.init(
                    .outOfRange, field: "requirements", value: "\(requirement.skill) weight \(requirement.weight)",
                    expected: "a weight > 0 and ≤ 1000000"))
            }
            if isRepeated(post.requirements, at: index, seen: &seen, skill: { $0.skill }) {
                problems.append(.init(
                    .duplicateSkill, field: "requirements", value: requirement.skill, expected: "each skill once"))
            }
        }
        return problems
    }

    /// An id that is empty, or breaks ``IdentifierRule``.
    private static func checkID(_ id: String, field: String, expected: String, into problems: inout [FieldProblem]) {
        if id.isEmpty {
            problems.append(.init(.missingField, field: field, expected: expected))
        } else if let problem = IdentifierRule.problem(with: id, field: field) {
            problems.append(problem)
        }
    }

    private static func checkLocation(_ location: Coordinate, into problems: inout [FieldProblem]) {
        checkDegrees(location.latitude, field: "lat", bound: 90, into: &problems)
        checkDegrees(location.longitude, field: "lon", bound: 180, into: &problems)
    }

    private static func checkDegrees(_ value: Double, field: String, bound: Double, into problems: inout [FieldProblem]) {
        if !value.isFinite {
            problems.append(.init(.notFinite, field: field, value: "\(value)", expected: "a finite number"))
        } else if abs(value) > bound {
            problems.append(.init(.outOfRange, field: field, value: "\(value)", expected: "degrees within ±\(Int(bound))"))
        }
    }

    /// Whether the skill of `list[index]` is that of an earlier element.
    ///
    /// Lists of up to 16 are scanned, their few short ids comparing faster
    /// than they hash; longer ones go through `seen`, which holds the
    /// skills of the elements before `index`, so that they take linear time.
    private static func isRepeated<Element>(
        _ list: [Element], at index: Int, seen: inout Set<String>, skill: (Element) -> String
    ) -> Bool {
        let id = skill(list[index])
        guard list.count > 16 else { return list[..<index].contains { skill($0) == id } }
        return !seen.insert(id).inserted
    }

    private static func checkLevel(
        _ skill: String, _ level: Int, field: String, taxonomy: SkillTaxonomy?, into problems: inout [FieldProblem]
    ) {
        if let problem = IdentifierRule.problem(with: skill, field: field) {
            problems.append(problem)
            return
        }
        let maxLevel: Int
        if let taxonomy {
            guard let known = taxonomy.index(of: skill) else {
                problems.append(.init(.unknownSkill, field: field, value: skill, expected: "a skill id of the taxonomy"))
                return
            }
            maxLevel = taxonomy.skills[known].maxLevel
        } else {
            maxLevel = 8
        }
        if !(1...maxLevel).contains(level) {
            let bound = taxonomy == nil ? "the eight-grade ladder" : "max_level of \(skill)"
            problems.append(.init(
                .levelOutOfRange, field: field, value: "\(skill):\(level)", expected: "a level 1…\(maxLevel) (\(bound))"))
        }
    }

    private static func checkLimit(_ value: Double?, field: String, into problems: inout [FieldProblem]) {
        guard let value else { return }
        if !value.isFinite {
            problems.append(.init(.notFinite, field: field, value: "\(value)", expected: "a finite number"))
        } else if !(value > 0 && value <= maxDistanceKm) {
            problems.append(.init(.outOfRange, field: field, value: "\(value)", expected: "km > 0 and ≤ 20016"))
        }
    }

    private static func checkWage(_ value: Double?, field: String, into problems: inout [FieldProblem]) {
        guard let value else { return }
        if !value.isFinite {
            problems.append(.init(.notFinite, field: field, value: "\(value)", expected: "a finite number"))
        } else if !(0...maxWage).contains(value) {
            problems.append(.init(.outOfRange, field: field, value: "\(value)", expected: "CNY ≥ 0 and ≤ 1e9"))
        }
    }

    private static func checkWindow(
        _ start: Timestamp?, _ end: Timestamp?, endField: String, into problems: inout [FieldProblem]
    ) {
        if let start, let end, end < start {
            problems.append(.init(.windowInverted, field: endField, expected: "an end not before the start"))
        }
    }
}
