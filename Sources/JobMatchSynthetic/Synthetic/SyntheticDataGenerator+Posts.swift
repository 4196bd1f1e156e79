import JobMatch
extension SyntheticDataGenerator {
    /// Weights of the work types of posts, in `WorkType.allCases` order:
    /// full-time, part-time, gig, shared, internship, public welfare.
    private static let postTypeWeights: [Double] = [0.60, 0.09, 0.12, 0.05, 0.08, 0.06]
    /// Chance that a post of each work type has one mandatory requirement.
    private static let mandatoryChance: [Double] = [0.50, 0.35, 0.35, 0.50, 0.15, 0.10]
    /// Weights of the required grade of a post's main skill, 1 … 6.
    private static let postLevelWeights: [Double] = [0.15, 0.28, 0.28, 0.17, 0.09, 0.03]
    /// Weights of 1 … 5 requirements.
    private static let requirementCountWeights: [Double] = [0.20, 0.30, 0.25, 0.15, 0.10]

    /// Post `index`: `P00001` is index 0.
    ///
    /// The work type comes first, then an industry that offers it, one of
    /// its employers (a pool member for secondments) and an occupation. Pay
    /// follows the industry's pay at the main required grade; gigs pay by
    /// the hour with a premium, and gigs and secondments have a window.
    ///
    /// - Precondition: `index >= 0`.
    /// - Complexity: O(requirements), independent of `index`.
    public func post(at index: Int) -> Post {
        precondition(index >= 0, "post index \(index) is negative")
        var random = Xoshiro256StarStar(seed: seed, stream: Stream.posts.rawValue, index: index)
        let typeIndex = random.index(weightedBy: Self.postTypeWeights)
        let type = WorkType.allCases[typeIndex]
        let industryIndex = random.index(weightedBy: tables.postIndustryWeights[typeIndex])
        let industry = catalog.industries[industryIndex]
        let candidates = type == .shared
            ? tables.poolEmployersOfIndustry[industryIndex] : tables.employersOfIndustry[industryIndex]
        let employer = employers[random.element(of: candidates)]
        let occupation = random.element(of: industry.occupations)
        let atClientSites = industry.worksAtClientSites || type == .gig || type == .publicWelfare
        let location = atClientSites
            ? catalog.point(around: district(employer.district), using: &random) : employer.location
        let requirements = postRequirements(
            for: occupation, in: industry, type: type, mandatoryChance: Self.mandatoryChance[typeIndex], using: &random)
        let wages = wageRange(for: type, in: industry, level: requirements[0].level, using: &random)
        let window = Self.window(for: type, using: &random)

        return Post(
            id: Self.identifier("P", index + 1, width: 5),
            employer: employer.id,
            title: Self.title(of: occupation, type: type),
            workType: type,
            location: location,
            radiusKm: Self.radius(for: type, using: &random),
            wageMin: wages.lowerBound,
            wageMax: wages.upperBound,
            openings: Self.openings(for: type, using: &random),
            start: window?.start,
            end: window?.end,
            district: employer.district,
            industry: industry.id,
            requirements: requirements)
    }

    /// Post `index` of a planned project (`Q0001` is index 0): a new
    /// electronics plant of the development zone's first electronics firm,
    /// at one site, hiring full-time staff and interns with the
    /// industry's requirements and pay. `jobmatch report --planned` assesses it.
    ///
    /// - Precondition: `index >= 0`.
    /// - Complexity: O(requirements), independent of `index`.
    public func plannedPost(at index: Int) -> Post {
        precondition(index >= 0, "planned post index \(index) is negative")
        let industryIndex = catalog.industries.firstIndex { $0.id == "electronics" }!
        let industry = catalog.industries[industryIndex]
        let employer = tables.employersOfIndustry[industryIndex].lazy.map { self.employers[$0] }
            .first { $0.district == "development_zone" } ?? employers[tables.employersOfIndustry[industryIndex][0]]
        var site = Xoshiro256StarStar(seed: seed, stream: Stream.planned.rawValue, index: 0)
        let location = catalog.point(around: district("development_zone"), using: &site)
        var random = Xoshiro256StarStar(seed: seed, stream: Stream.planned.rawValue, index: index + 1)
        let type: WorkType = random.chance(0.8) ? .fulltime : .internship
        let occupation = random.element(of: industry.occupations)
        let requirements = postRequirements(
            for: occupation, in: industry, type: type, mandatoryChance: 0.3, using: &random)
        let wages = wageRange(for: type, in: industry, level: requirements[0].level, using: &random)
        return Post(
            id: Self.identifier("Q", index + 1, width: 4),
            employer: employer.id,
            title: "新厂·" + Self.title(of: occupation, type: type) + " (new plant)",
            workType: type,
            location: location,
            radiusKm: nil,
            wageMin: wages.lowerBound,
            wageMax: wages.upperBound,
            openings: Self.openings(for: type, using: &random),
            start: nil,
            end: nil,
            district: employer.district,
            industry: industry.id,
            requirements: requirements)
    }

    private func district(_ id: String) -> CityCatalog.District {
        guard let district = catalog.districts.first(where: { $0.id == id }) else {
            preconditionFailure("unknown district \(id)")
        }
        return district
    }

    /// One to five requirements: the occupation's skills first, then related
    /// ones. Entry-level types ask for low grades; the main skill
    /// weighs most; a licence the occupation calls for, else the main skill,
    /// may be mandatory.
    private func postRequirements(
        for occupation: CityCatalog.Occupation, in industry: CityCatalog.Industry, type: WorkType,
        mandatoryChance: Double, using random: inout Xoshiro256StarStar
    ) -> [Requirement] {
        let count: Int
        let cap: Int
        switch type {
        case .publicWelfare: (count, cap) = (1 + random.below(2), 2)
        case .internship: (count, cap) = (1 + random.below(3), 2)
        case .gig: (count, cap) = (1 + random.below(3), 3)
        case .fulltime, .parttime, .shared:
            (count, cap) = (1 + random.index(weightedBy: Self.requirementCountWeights), 6)
        }
        var skills = occupation.skills.prefix(count).map(skill)
        var attempts = 0
        while skills.count < count, attempts < 4 * count {
            attempts += 1
            let next = relatedSkill(to: skills[0], in: industry, using: &random)
            if !skills.contains(where: { $0.id == next.id }) { skills.append(next) }
        }
        var requirements = skills.enumerated().map { position, skill in
            let level = Self.level(of: skill, weightedBy: Self.postLevelWeights, cap: cap, using: &random)
            return position == 0
                ? Requirement(skill: skill.id, level: level, weight: random.chance(0.6) ? 3 : 2)
                : Requirement(
                    skill: skill.id, level: max(1, level - random.below(2)),
                    weight: Double(random.element(of: [1, 1, 2, 3])))
        }
        if random.chance(mandatoryChance) {
            let licence = skills.prefix(occupation.skills.count).firstIndex { $0.maxLevel == 1 } ?? 0
            requirements[licence].isMandatory = true
        }
        return requirements
    }

    /// Hourly pay for gigs, a set band for public-welfare posts, otherwise
    /// monthly pay around the industry's at `level`: half for part-time,
    /// 60 % for internships.
    private func wageRange(
        for type: WorkType, in industry: CityCatalog.Industry, level: Int, using random: inout Xoshiro256StarStar
    ) -> ClosedRange<Double> {
        let typical = industry.monthlyWage(atLevel: level) * random.double(in: 0.9...1.1)
        switch type {
        case .gig:
            // Gigs pay a premium over the monthly rate for having no commitment.
            let hourly = typical * 1.15
            return Self.hourlyWage(monthly: hourly * 0.9)...Self.hourlyWage(monthly: hourly * 1.15)
        case .publicWelfare:
            let lower = Self.rounded(random.double(in: catalog.publicWelfareMonthlyWage), toMultipleOf: 100)
            return lower...(lower + 100 * Double(random.below(5)))
        case .fulltime, .parttime, .shared, .internship:
            let share = type == .parttime ? 0.5 : type == .internship ? 0.6 : 1
            let lower = Self.rounded(typical * share * random.double(in: 0.85...0.95), toMultipleOf: 100)
            let upper = Self.rounded(typical * share * random.double(in: 1.05...1.3), toMultipleOf: 100)
            return lower...max(lower, upper)
        }
    }

    /// Gigs last hours, ending by 20:00, or days, within four weeks;
    /// secondments two to twelve weeks, starting within two months. Other
    /// posts have no window.
    private static func window(
        for type: WorkType, using random: inout Xoshiro256StarStar
    ) -> (start: Timestamp, end: Timestamp)? {
        let hour: Int64 = 3_600, day: Int64 = 86_400
        switch type {
        case .gig:
            let date = referenceDate.seconds + Int64(random.int(in: 0...27)) * day
            if random.chance(0.6) {
                let hours = random.int(in: 2...10)
                let start = date + Int64(random.int(in: 7...(20 - hours))) * hour
                return (Timestamp(seconds: start), Timestamp(seconds: start + Int64(hours) * hour))
            }
            let start = date + 8 * hour
            let end = start + Int64(random.int(in: 1...5)) * day + 10 * hour
            return (Timestamp(seconds: start), Timestamp(seconds: end))
        case .shared:
            let start = referenceDate.seconds + Int64(random.int(in: 7...60)) * day + 8 * hour
            let end = start + Int64(random.int(in: 2...12)) * 7 * day - 14 * hour
            return (Timestamp(seconds: start), Timestamp(seconds: end))
        case .fulltime, .parttime, .internship, .publicWelfare:
            return nil
        }
    }

    /// A distance limit on most public-welfare posts, which serve their own
    /// neighbourhood, and on a few others.
    private static func radius(for type: WorkType, using random: inout Xoshiro256StarStar) -> Double? {
        if type == .publicWelfare {
            return random.chance(0.6) ? rounded(random.double(in: 3...8), toMultipleOf: 0.5) : nil
        }
        return random.chance(0.12) ? rounded(random.double(in: 5...20), toMultipleOf: 0.5) : nil
    }

    /// Headcount: full-time mostly one to three; gigs and public-welfare
    /// posts take crews.
    private static func openings(for type: WorkType, using random: inout Xoshiro256StarStar) -> Int {
        switch type {
        case .fulltime: random.element(of: [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10])
        case .parttime: random.element(of: [1, 1, 2, 2, 3, 4])
        case .gig, .publicWelfare: random.int(in: 2...10)
        case .shared: random.int(in: 1...8)
        case .internship: random.int(in: 1...6)
        }
    }

    /// The Chinese and English title, marked with the work type:
    /// `兼职服务员 Waiter (part-time)`.
    private static func title(of occupation: CityCatalog.Occupation, type: WorkType) -> String {
        switch type {
        case .fulltime: "\(occupation.chineseTitle) \(occupation.title)"
        case .parttime: "兼职\(occupation.chineseTitle) \(occupation.title) (part-time)"
        case .gig: "临时\(occupation.chineseTitle) \(occupation.title) (gig)"
        case .shared: "共享用工·\(occupation.chineseTitle) \(occupation.title) (shared staff)"
        case .internship: "\(occupation.chineseTitle)实习生 \(occupation.title) intern"
        case .publicWelfare: "公益性岗位·\(occupation.chineseTitle) \(occupation.title) (public-welfare post)"
        }
    }
}
