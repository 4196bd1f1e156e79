import JobMatch
extension SyntheticDataGenerator {
    /// Weights of the grade of a seeker's main skill, 1 … 8: mostly junior
    /// to technician.
    private static let seekerLevelWeights: [Double] = [0.05, 0.17, 0.28, 0.25, 0.14, 0.07, 0.03, 0.01]
    /// Weights of 3, 4, 5 and 6 skills.
    private static let seekerSkillCountWeights: [Double] = [0.22, 0.33, 0.27, 0.18]
    /// Groups whose members may be on early warning.
    private static let warnedGroups = KeyGroup.publicWelfareEligible.union([.unemployedYouth, .povertyAlleviated])
    /// Groups of people not in work, who cannot be lent out by an employer.
    private static let notInWork: Set<KeyGroup> = [.graduate, .unemployedYouth, .longUnemployed]
    /// Weights of red, yellow, blue and none for seekers in `warnedGroups`.
    private static let warningWeights: [Double] = [0.12, 0.20, 0.25, 0.43]

    /// Seeker `index`: `S000001` is index 0.
    ///
    /// A seeker comes from an industry and an occupation in it, and lives
    /// near its employers more often than not. Their skills are the
    /// occupation's, then others of the same or a related group; their
    /// expected pay follows the industry's pay at their main grade.
    ///
    /// - Precondition: `index >= 0`.
    /// - Complexity: O(skills), independent of `index`.
    public func seeker(at index: Int) -> Seeker {
        precondition(index >= 0, "seeker index \(index) is negative")
        var random = Xoshiro256StarStar(seed: seed, stream: Stream.seekers.rawValue, index: index)
        let industryIndex = random.index(weightedBy: tables.seekerIndustryWeights)
        let industry = catalog.industries[industryIndex]
        let districtWeights = random.chance(0.6)
            ? tables.employerDistrictWeights[industryIndex] : tables.populationWeights
        let district = catalog.districts[random.index(weightedBy: districtWeights)]
        let location = catalog.point(around: district, using: &random)
        let groups = keyGroups(livingIn: district, using: &random)
        let isGraduate = groups.contains(.graduate)
        let skills = seekerSkills(in: industry, isGraduate: isGraduate, using: &random)
        let employer = employerInPool(of: industryIndex, groups: groups, using: &random)
        let accepts = acceptedTypes(groups: groups, isInPool: employer != nil, using: &random)

        let typicalPay = industry.monthlyWage(atLevel: skills[0].level)
        let modesty = (isGraduate ? 0.9 : 1) * (groups.contains(.olderHardToEmploy) ? 0.85 : 1)
        let expectedMonthly = random.chance(0.85)
            ? Self.rounded(typicalPay * modesty * random.double(in: 0.85...1.2), toMultipleOf: 100) : nil
        let expectedHourly = accepts.contains(.gig) && random.chance(0.8)
            ? Self.hourlyWage(monthly: typicalPay * 1.15 * random.double(in: 0.85...1.15)) : nil

        let window: (from: Timestamp, until: Timestamp)? =
            if employer != nil, random.chance(0.7) {
                Self.window(startingWithin: 0...21, lastingDays: 28...182, using: &random)
            } else if employer == nil, accepts.contains(.gig), random.chance(0.5) {
                Self.window(startingWithin: 0...10, lastingDays: 14...90, using: &random)
            } else {
                nil
            }

        return Seeker(
            id: Self.identifier("S", index + 1, width: 6),
            location: location,
            skills: skills,
            maxCommuteKm: Self.commuteLimit(using: &random),
            expectedMonthlyWage: expectedMonthly,
            expectedHourlyWage: expectedHourly,
            accepts: accepts,
            keyGroups: groups,
            warning: warning(for: groups, using: &random),
            employer: employer?.id,
            availableFrom: window?.from,
            availableUntil: window?.until)
    }

    /// Key-group tags: graduates, unemployed youth and older workers
    /// exclude one another; migrants and the formerly poor are commoner in
    /// the counties.
    private func keyGroups(
        livingIn district: CityCatalog.District, using random: inout Xoshiro256StarStar
    ) -> Set<KeyGroup> {
        var groups: Set<KeyGroup> = []
        if random.chance(0.15) {
            groups.insert(.graduate)
        } else if random.chance(0.06) {
            groups.insert(.unemployedYouth)
        } else if random.chance(0.10) {
            groups.insert(.olderHardToEmploy)
        }
        let isGraduate = groups.contains(.graduate)
        if random.chance(district.isCounty ? 0.25 : 0.10) { groups.insert(.migrant) }
        if random.chance(0.03) { groups.insert(.disabled) }
        if !isGraduate, random.chance(0.07) { groups.insert(.longUnemployed) }
        if random.chance(0.02) { groups.insert(.zeroEmploymentFamily) }
        if random.chance(district.isCounty ? 0.08 : 0.02) { groups.insert(.povertyAlleviated) }
        if !isGraduate, random.chance(0.03) { groups.insert(.veteran) }
        return groups
    }

    /// Red, yellow or blue for some of the hard to place, rarely blue for a
    /// graduate or migrant, otherwise none.
    private func warning(for groups: Set<KeyGroup>, using random: inout Xoshiro256StarStar) -> WarningLevel {
        if !groups.isDisjoint(with: Self.warnedGroups) {
            return WarningLevel.allCases[random.index(weightedBy: Self.warningWeights)]
        }
        if groups.contains(.graduate) || groups.contains(.migrant), random.chance(0.05) { return .blue }
        return .none
    }

    /// Three to six skills: an occupation's, main skill first, then related
    /// ones. Graduates stop at grade 3.
    private func seekerSkills(
        in industry: CityCatalog.Industry, isGraduate: Bool, using random: inout Xoshiro256StarStar
    ) -> [SkillLevel] {
        let occupation = random.element(of: industry.occupations)
        let target = 3 + random.index(weightedBy: Self.seekerSkillCountWeights)
        let cap = isGraduate ? 3 : 8
        let main = skill(occupation.skills[0])
        let mainLevel = Self.level(of: main, weightedBy: Self.seekerLevelWeights, cap: cap, using: &random)
        var skills = [SkillLevel(skill: main.id, level: mainLevel)]
        var candidates = occupation.skills.dropFirst().filter { _ in random.chance(0.7) }.map(skill)
        var attempts = 0
        while skills.count < target, attempts < 4 * target {
            attempts += 1
            let next: Skill
            if candidates.isEmpty {
                next = relatedSkill(to: main, in: industry, using: &random)
            } else {
                next = candidates.removeFirst()
            }
            guard !skills.contains(where: { $0.skill == next.id }) else { continue }
            let level = Self.level(of: next, weightedBy: Self.seekerLevelWeights, cap: cap, using: &random)
            skills.append(SkillLevel(skill: next.id, level: max(1, level - random.below(2))))
        }
        return skills
    }

    /// For about one in six people in work in an industry that shares
    /// staff, the pool employer that may lend them out.
    private func employerInPool(
        of industryIndex: Int, groups: Set<KeyGroup>, using random: inout Xoshiro256StarStar
    ) -> SyntheticEmployer? {
        let candidates = tables.poolEmployersOfIndustry[industryIndex]
        guard !candidates.isEmpty, groups.isDisjoint(with: Self.notInWork), random.chance(0.16) else { return nil }
        return employers[random.element(of: candidates)]
    }

    /// Mostly full-time, some part-time and gigs; internships for the young
    /// and public-welfare posts for the eligible on top. Pool members want
    /// secondments, and some a change of job.
    private func acceptedTypes(
        groups: Set<KeyGroup>, isInPool: Bool, using random: inout Xoshiro256StarStar
    ) -> WorkTypeSet {
        var accepts = WorkTypeSet([])
        if isInPool {
            accepts.insert(.shared)
            if random.chance(0.4) { accepts.insert(.fulltime) }
            return accepts
        }
        if random.chance(groups.contains(.graduate) ? 0.85 : 0.93) { accepts.insert(.fulltime) }
        if random.chance(0.18) { accepts.insert(.parttime) }
        if random.chance(groups.contains(.migrant) ? 0.30 : 0.15) { accepts.insert(.gig) }
        if !groups.isDisjoint(with: KeyGroup.internshipEligible), random.chance(0.7) { accepts.insert(.internship) }
        if !groups.isDisjoint(with: KeyGroup.publicWelfareEligible), random.chance(0.6) {
            accepts.insert(.publicWelfare)
        }
        if accepts.members.isEmpty { accepts.insert(.fulltime) }
        return accepts
    }

    /// No limit for 7 %; a walk of 1–3 km for 5 %; mostly 3–15 km, shorter
    /// limits commoner; 15–30 km for the last 8 %.
    private static func commuteLimit(using random: inout Xoshiro256StarStar) -> Double? {
        let draw = random.unit()
        let kilometres: Double
        switch draw {
        case ..<0.07: return nil
        case ..<0.12: kilometres = random.double(in: 1...3)
        case ..<0.92:
            let u = random.unit()
            kilometres = 3 + 12 * (u + u * u) / 2
        default: kilometres = random.double(in: 15...30)
        }
        return rounded(kilometres, toMultipleOf: 0.5)
    }
}
