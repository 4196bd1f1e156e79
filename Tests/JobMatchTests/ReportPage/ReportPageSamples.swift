import Foundation

@testable import JobMatchReport

/// Report pages built by hand: a full one shaped like Huangshi's data, and
/// the degenerate ones a renderer must survive.
enum ReportPageSamples {
    /// Huangshi's districts with their centres, as `Fixtures/districts.csv` has them,
    /// and a relative number of residents.
    static let districts: [(info: DistrictInfo, weight: Double, spreadKm: Double)] = [
        (
            DistrictInfo(
                id: "huangshigang", name: "Huangshigang District", nameZh: "黄石港区", latitude: 30.222, longitude: 115.072),
            28, 2.0
        ),
        (
            DistrictInfo(
                id: "xisaishan", name: "Xisaishan District", nameZh: "西塞山区", latitude: 30.201, longitude: 115.114), 24,
            2.5
        ),
        (
            DistrictInfo(id: "xialu", name: "Xialu District", nameZh: "下陆区", latitude: 30.172, longitude: 114.972), 20,
            2.5
        ),
        (
            DistrictInfo(id: "tieshan", name: "Tieshan District", nameZh: "铁山区", latitude: 30.204, longitude: 114.902),
            6, 1.8
        ),
        (
            DistrictInfo(
                id: "development_zone", name: "Huangshi Economic and Technological Development Zone",
                nameZh: "黄石经济技术开发区",
                latitude: 30.160, longitude: 115.010), 12, 3.5
        ),
        (DistrictInfo(id: "daye", name: "Daye City", nameZh: "大冶市", latitude: 30.096, longitude: 114.980), 78, 5.0),
        (
            DistrictInfo(id: "yangxin", name: "Yangxin County", nameZh: "阳新县", latitude: 29.830, longitude: 115.212),
            78, 7.0
        ),
    ]

    static let groupCodes = [
        "graduate", "unemployed_youth", "migrant", "disabled", "poverty_alleviated", "long_unemployed",
        "zero_employment_family", "older_hard_to_employ", "veteran", "none",
    ]
    static let warningCodes = ["red", "yellow", "blue", "none"]
    static let ruleCodes = [
        "work-type", "public-welfare-group", "internship-group", "shared-employer", "time-window",
        "mandatory-requirement", "distance", "wage",
    ]

    /// A page like one `jobmatch report` makes for 20,000 seekers and 5,000
    /// posts in Huangshi, with districts, planned posts and training.
    static func full() -> ReportPage {
        var random = SeededGenerator(seed: 2026)
        let seekersByGrade = [1_200, 2_100, 3_900, 5_200, 4_100, 2_300, 900, 250, 50]
        let openingsByGrade = [800, 1_200, 2_600, 2_300, 1_500, 900, 400, 120, 50]
        let grades = (0...8).map {
            GradeRow(
                grade: $0, seekers: seekersByGrade[$0], openings: openingsByGrade[$0],
                ratio: Double(openingsByGrade[$0]) / Double(seekersByGrade[$0]))
        }
        let totalWeight = districts.map(\.weight).reduce(0, +)
        var gradesByDistrict: [String: [GradeRow]] = [:]
        var seekersByDistrict: [String: Int] = [:]
        for district in districts {
            let share = district.weight / totalWeight
            let urban = district.spreadKm < 3
            gradesByDistrict[district.info.id] = (0...8).map { grade in
                let seekers = Int((Double(seekersByGrade[grade]) * share).rounded())
                let openings = Int((Double(openingsByGrade[grade]) * (urban ? share * 1.6 : share * 0.6)).rounded())
                return GradeRow(
                    grade: grade, seekers: seekers, openings: openings,
                    ratio: seekers > 0 ? Double(openings) / Double(seekers) : nil)
            }
            seekersByDistrict[district.info.id] = gradesByDistrict[district.info.id]!.reduce(0) { $0 + $1.seekers }
        }
        let circles = [1.0, 3, 5].enumerated().map { index, radius in
            let base = [0.18, 0.47, 0.66][index]
            var byDistrict: [String: Coverage] = [:]
            for district in districts {
                let seekers = seekersByDistrict[district.info.id]!
                let share = min(1, base * (district.spreadKm < 3 ? 1.45 : 0.7))
                byDistrict[district.info.id] = Coverage(
                    seekers: seekers, covered: Int(Double(seekers) * share), share: share)
            }
            let covered = byDistrict.values.reduce(0) { $0 + $1.covered }
            func coverage(_ seekers: Int, _ factor: Double) -> Coverage {
                let covered = Int(Double(seekers) * min(1, base * factor))
                return Coverage(
                    seekers: seekers, covered: covered, share: seekers > 0 ? Double(covered) / Double(seekers) : nil)
            }
            let groupSizes = [2_400, 1_300, 3_100, 420, 900, 1_150, 260, 980, 310, 10_200]
            let byGroup = Dictionary(
                uniqueKeysWithValues: zip(groupCodes, groupSizes).enumerated().map {
                    ($1.0, coverage($1.1, 0.7 + 0.06 * Double($0)))
                })
            let byWarning = Dictionary(
                uniqueKeysWithValues: zip(warningCodes, [640, 1_480, 2_900, 14_980]).enumerated().map {
                    ($1.0, coverage($1.1, 0.8 + 0.1 * Double($0)))
                })
            return Circle(
                radiusKm: radius, covered: covered, share: Double(covered) / 20_000, byDistrict: byDistrict,
                byGroup: byGroup, byWarning: byWarning)
        }
        let types = ["fulltime", "parttime", "gig", "shared", "internship", "public_welfare"]
        let titles = [
            "焊工 Welder", "电工 Maintenance electrician", "叉车司机 Forklift driver", "养老护理员 Elderly carer",
            "数控车工 CNC lathe operator", "化学检验员 Chemical analyst", "保育员 Nursery assistant", "铸造工 Foundry worker",
        ]
        let hardPosts = (0..<45).map { index -> HardPost in
            let openings = 2 + Int.random(in: 0..<14, using: &random)
            let feasible = Int.random(in: 0..<openings, using: &random)
            var binding = Dictionary(uniqueKeysWithValues: ruleCodes.map { ($0, 0) })
            binding["distance"] = Int.random(in: 0..<30, using: &random)
            binding["mandatory-requirement"] = Int.random(in: 0..<20, using: &random)
            binding["wage"] = Int.random(in: 0..<6, using: &random)
            if index % 5 == 0 { binding["time-window"] = Int.random(in: 1..<4, using: &random) }
            return HardPost(
                post: String(format: "P%05d", 100 + index * 37),
                title: index % 11 == 7 ? nil : titles[index % titles.count],
                type: types[index % types.count], district: districts[index % districts.count].info.id,
                openings: openings,
                feasibleSeekers: feasible, binding: binding)
        }
        let byType = Dictionary(grouping: hardPosts, by: \.type).mapValues(\.count)
        let byDistrictHard = Dictionary(grouping: hardPosts, by: { $0.district! }).mapValues(\.count)
        let groupRows = zip(groupCodes, [2_400, 1_300, 3_100, 420, 900, 1_150, 260, 980, 310, 10_200]).enumerated().map
        {
            index, pair -> KeyGroupRow in
            let rate = [0.52, 0.44, 0.47, 0.29, 0.41, 0.33, 0.38, 0.36, 0.49, 0.40][index]
            let median = [0.61, 0.50, 0.46, 0.31, 0.44, 0.36, 0.40, 0.35, 0.55, 0.50][index]
            return KeyGroupRow(
                group: pair.0, seekers: pair.1, feasible: Int(Double(pair.1) * 0.9), placed: Int(Double(pair.1) * rate),
                selectionRate: rate, selectionImpactRatio: rate / 0.52, bestScoreMedianRate: median,
                bestScoreImpactRatio: median / 0.61, belowFourFifths: rate / 0.52 < 0.8 || median / 0.61 < 0.8)
        }
        let warningRows = zip(warningCodes, [640, 1_480, 2_900, 14_980]).enumerated().map {
            index, pair -> KeyGroupRow in
            let rate = [0.31, 0.37, 0.42, 0.41][index]
            return KeyGroupRow(
                group: pair.0, seekers: pair.1, feasible: Int(Double(pair.1) * 0.88),
                placed: Int(Double(pair.1) * rate),
                selectionRate: rate, selectionImpactRatio: rate / 0.42, bestScoreMedianRate: rate + 0.08,
                bestScoreImpactRatio: (rate + 0.08) / 0.50, belowFourFifths: rate / 0.42 < 0.8)
        }
        let exposure = groupCodes.enumerated().map { index, code in
            let slot = [0.14, 0.06, 0.15, 0.012, 0.04, 0.045, 0.011, 0.035, 0.018, 0.49][index]
            let feasible = [0.12, 0.065, 0.155, 0.021, 0.045, 0.058, 0.013, 0.049, 0.016, 0.51][index]
            return ExposureRow(group: code, slotShare: slot, feasibleShare: feasible, skew: slot / feasible)
        }
        let skills = [
            "welding", "maintenance_electrician", "forklift", "elderly_care", "cnc_turning", "chemical_analysis",
            "nursery_care", "foundry_casting", "pharmacy", "plumbing", "steel_rolling", "home_cooking",
        ]
        let plan = (0..<100).map { (index: Int) -> TrainingRow in
            let skill: String = skills[index % 7 == 0 ? 0 : index % skills.count]
            let seeker: String = String(format: "S%06d", 17 + index * 191)
            let post: String = String(format: "P%05d", 300 + index * 13)
            return TrainingRow(seeker: seeker, post: post, skill: skill, fromLevel: 2, toLevel: 3 + index % 3)
        }
        let grouped: [String: [TrainingRow]] = Dictionary(
            grouping: plan, by: { (row: TrainingRow) -> String in row.skill + ":" + String(row.toLevel) })
        let courses: [Course] = grouped.values.map { (rows: [TrainingRow]) -> Course in
            Course(skill: rows[0].skill, toLevel: rows[0].toLevel, trainees: rows.count, posts: rows.map(\.post))
        }.sorted { ($0.skill, $0.toLevel) < ($1.skill, $1.toLevel) }
        let curve = (1...10).map { step in
            CurvePoint(
                trainees: step * 10, placements: 8_123 + Int(71 * (1 - pow(0.78, Double(step))) / (1 - pow(0.78, 10))))
        }
        let training = Training(
            trainees: 100, placementsBefore: 8_123, placementsAfter: 8_194, plan: plan, courses: courses,
            curve: curve, upgradedSeekers: "report.upgraded-seekers.csv")
        let whatIf = WhatIf(
            placementsBefore: 8_123, placementsAfter: 8_512,
            newlyPlaced: (0..<389).map { String(format: "S%06d", 5 + $0 * 47) },
            byGroup: Dictionary(
                uniqueKeysWithValues: groupRows.map {
                    ($0.group, BeforeAfter(before: $0.placed, after: $0.placed + $0.seekers / 45))
                }),
            byWarning: Dictionary(
                uniqueKeysWithValues: warningRows.map {
                    ($0.group, BeforeAfter(before: $0.placed, after: $0.placed + $0.seekers / 40))
                }),
            byDistrict: Dictionary(
                uniqueKeysWithValues: districts.map {
                    (
                        $0.info.id,
                        BeforeAfter(
                            before: Int($0.weight * 32),
                            after: Int($0.weight * 32) + ($0.info.id == "yangxin" ? 180 : 30))
                    )
                }))
        let report = Report(
            overview: Overview(
                seekers: 20_000, posts: 5_000, openings: 9_870, feasiblePairs: 1_234_567, placements: 8_123,
                placementRate: 8_123 / 20_000),
            grades: grades, gradesByDistrict: gradesByDistrict,
            highSkillShare: HighSkillShare(
                skilledSeekers: 18_800, highSkillSeekers: 7_600, share: 7_600.0 / 18_800, target: 0.35),
            circles: circles, hardToFill: HardToFill(posts: hardPosts, byType: byType, byDistrict: byDistrictHard),
            keyGroups: KeyGroups(groups: groupRows, warningLevels: warningRows), exposure: exposure, training: training,
            whatIf: whatIf)
        return ReportPage(
            report: report, districts: districts.map(\.info), map: map(hardPosts: hardPosts, using: &random),
            generated: GenerationNote(
                inputs: [
                    "Fixtures/skills.csv", "data/seekers.csv", "data/posts.csv", "Fixtures/districts.csv",
                    "planned.csv",
                ],
                mode: "optimal", candidates: "50"))
    }

    /// The map's layers: seekers spread around each district's centre by its
    /// weight, posts mostly in the urban districts.
    static func map(hardPosts: [HardPost], using random: inout SeededGenerator) -> CityMap {
        let (minLat, maxLat, minLon, maxLon) = (29.70, 30.32, 114.82, 115.36)
        let (rows, columns) = (31, 27)
        var counts = [Int](repeating: 0, count: rows * columns)
        let kmPerDegree = 111.32
        for district in districts {
            let people = Int(district.weight * 81.3)
            for _ in 0..<people {
                let angle = Double.random(in: 0..<(2 * .pi), using: &random)
                let radius = district.spreadKm * sqrt(-2 * log(Double.random(in: 0.0001..<1, using: &random))) * 0.8
                let lat = district.info.latitude + radius * sin(angle) / kmPerDegree
                let lon = district.info.longitude + radius * cos(angle) / (kmPerDegree * cos(30.1 * .pi / 180))
                let row = Int((lat - minLat) / (maxLat - minLat) * Double(rows))
                let column = Int((lon - minLon) / (maxLon - minLon) * Double(columns))
                if (0..<rows).contains(row) && (0..<columns).contains(column) { counts[row * columns + column] += 1 }
            }
        }
        var posts: [MapPost] = []
        let hardIDs = Set(hardPosts.map(\.post))
        for index in 0..<420 {
            let district = districts[[0, 0, 1, 1, 2, 2, 4, 4, 5, 6, 3][index % 11]]
            let angle = Double.random(in: 0..<(2 * .pi), using: &random)
            let radius = district.spreadKm * Double.random(in: 0..<1, using: &random)
            let id = String(format: "P%05d", 100 + index * 37)
            posts.append(
                MapPost(
                    id: id, latitude: district.info.latitude + radius * sin(angle) / kmPerDegree,
                    longitude: district.info.longitude + radius * cos(angle) / (kmPerDegree * 0.865),
                    openings: 1 + index % 4, isHardToFill: hardIDs.contains(id)))
        }
        return CityMap(
            minLatitude: minLat, maxLatitude: maxLat, minLongitude: minLon, maxLongitude: maxLon,
            seekerDensity: DensityGrid(rows: rows, columns: columns, counts: counts), posts: posts)
    }

    // MARK: - Degenerate pages

    /// The full page without key-group and warning rows anywhere.
    static func emptyGroups() -> ReportPage {
        var page = full()
        page.report.keyGroups = KeyGroups(groups: [], warningLevels: [])
        page.report.exposure = []
        page.report.circles = page.report.circles.map {
            var circle = $0
            (circle.byGroup, circle.byWarning) = ([:], [:])
            return circle
        }
        page.report.whatIf?.byGroup = [:]
        page.report.whatIf?.byWarning = [:]
        return page
    }

    /// The full page as `jobmatch report` makes it without `--districts`.
    static func noDistricts() -> ReportPage {
        var page = full()
        page.districts = []
        page.report.gradesByDistrict = nil
        page.report.circles = page.report.circles.map {
            var circle = $0
            circle.byDistrict = nil
            return circle
        }
        page.report.hardToFill.byDistrict = [:]
        page.report.hardToFill.posts = page.report.hardToFill.posts.map {
            var post = $0
            post.district = nil
            return post
        }
        page.report.whatIf?.byDistrict = [:]
        return page
    }

    /// The full page with one district, Huangshigang, holding everything.
    static func oneDistrict() -> ReportPage {
        var page = noDistricts()
        let id = "huangshigang"
        page.districts = [districts[0].info]
        page.report.gradesByDistrict = [id: page.report.grades]
        page.report.circles = page.report.circles.map {
            var circle = $0
            circle.byDistrict = [
                id: Coverage(seekers: page.report.overview.seekers, covered: $0.covered, share: $0.share)
            ]
            return circle
        }
        page.report.hardToFill.byDistrict = [id: page.report.hardToFill.posts.count]
        if let whatIf = page.report.whatIf {
            page.report.whatIf?.byDistrict = [
                id: BeforeAfter(before: whatIf.placementsBefore, after: whatIf.placementsAfter)
            ]
        }
        return page
    }

    /// Posts but no seekers: every rate over seekers is `nil`, every count of seekers 0.
    static func zeroSeekers() -> ReportPage {
        var page = full()
        var report = page.report
        report.overview = Overview(
            seekers: 0, posts: 5_000, openings: 9_870, feasiblePairs: 0, placements: 0, placementRate: nil)
        report.grades = report.grades.map { GradeRow(grade: $0.grade, seekers: 0, openings: $0.openings, ratio: nil) }
        report.gradesByDistrict = report.gradesByDistrict?.mapValues { rows in
            rows.map { GradeRow(grade: $0.grade, seekers: 0, openings: $0.openings, ratio: nil) }
        }
        report.highSkillShare = HighSkillShare(skilledSeekers: 0, highSkillSeekers: 0, share: nil, target: 0.35)
        let none = Coverage(seekers: 0, covered: 0, share: nil)
        report.circles = report.circles.map {
            Circle(
                radiusKm: $0.radiusKm, covered: 0, share: nil, byDistrict: $0.byDistrict?.mapValues { _ in none },
                byGroup: ["none": none], byWarning: ["none": none])
        }
        report.hardToFill.posts = report.hardToFill.posts.map {
            var post = $0
            post.feasibleSeekers = 0
            post.binding = Dictionary(uniqueKeysWithValues: ruleCodes.map { ($0, 0) })
            return post
        }
        report.keyGroups = KeyGroups(
            groups: [
                KeyGroupRow(
                    group: "none", seekers: 0, feasible: 0, placed: 0, selectionRate: nil, selectionImpactRatio: nil,
                    bestScoreMedianRate: nil, bestScoreImpactRatio: nil, belowFourFifths: false)
            ],
            warningLevels: [
                KeyGroupRow(
                    group: "none", seekers: 0, feasible: 0, placed: 0, selectionRate: nil,
                    selectionImpactRatio: nil, bestScoreMedianRate: nil, bestScoreImpactRatio: nil,
                    belowFourFifths: false)
            ])
        report.exposure = [ExposureRow(group: "none", slotShare: nil, feasibleShare: nil, skew: nil)]
        report.training = Training(
            trainees: 100, placementsBefore: 0, placementsAfter: 0, plan: [], courses: [], curve: [],
            upgradedSeekers: nil)
        report.whatIf = WhatIf(
            placementsBefore: 0, placementsAfter: 0, newlyPlaced: [], byGroup: [:], byWarning: [:],
            byDistrict: [:])
        page.report = report
        page.map.seekerDensity.counts = page.map.seekerDensity.counts.map { _ in 0 }
        return page
    }

    /// The full page where training found no near miss.
    static func noTraining() -> ReportPage {
        var page = full()
        page.report.training = Training(
            trainees: 100, placementsBefore: 8_123, placementsAfter: 8_123, plan: [], courses: [],
            curve: [], upgradedSeekers: nil)
        return page
    }

    /// The full page without planned posts.
    static func noWhatIf() -> ReportPage {
        var page = full()
        page.report.whatIf = nil
        return page
    }

    /// The full page with every rate and ratio `nil`.
    static func nilRatios() -> ReportPage {
        var page = full()
        var report = page.report
        report.overview.placementRate = nil
        report.grades = report.grades.map {
            GradeRow(grade: $0.grade, seekers: $0.seekers, openings: $0.openings, ratio: nil)
        }
        report.gradesByDistrict = report.gradesByDistrict?.mapValues { rows in
            rows.map { GradeRow(grade: $0.grade, seekers: $0.seekers, openings: $0.openings, ratio: nil) }
        }
        report.highSkillShare.share = nil
        let unrated = { (coverage: Coverage) in
            Coverage(seekers: coverage.seekers, covered: coverage.covered, share: nil)
        }
        report.circles = report.circles.map {
            Circle(
                radiusKm: $0.radiusKm, covered: $0.covered, share: nil, byDistrict: $0.byDistrict?.mapValues(unrated),
                byGroup: $0.byGroup.mapValues(unrated), byWarning: $0.byWarning.mapValues(unrated))
        }
        let unratedRow = { (row: KeyGroupRow) in
            KeyGroupRow(
                group: row.group, seekers: row.seekers, feasible: row.feasible, placed: row.placed, selectionRate: nil,
                selectionImpactRatio: nil, bestScoreMedianRate: nil, bestScoreImpactRatio: nil, belowFourFifths: false)
        }
        report.keyGroups = KeyGroups(
            groups: report.keyGroups.groups.map(unratedRow),
            warningLevels: report.keyGroups.warningLevels.map(unratedRow))
        report.exposure = report.exposure.map {
            ExposureRow(group: $0.group, slotShare: nil, feasibleShare: nil, skew: nil)
        }
        page.report = report
        return page
    }

    /// A report of nothing: no rows in any table, no map layer, no districts.
    static func nothing() -> ReportPage {
        let report = Report(
            overview: Overview(seekers: 0, posts: 0, openings: 0, feasiblePairs: 0, placements: 0, placementRate: nil),
            grades: [], gradesByDistrict: nil,
            highSkillShare: HighSkillShare(skilledSeekers: 0, highSkillSeekers: 0, share: nil, target: 0.35),
            circles: [],
            hardToFill: HardToFill(posts: [], byType: [:], byDistrict: [:]),
            keyGroups: KeyGroups(groups: [], warningLevels: []),
            exposure: [],
            training: Training(
                trainees: 0, placementsBefore: 0, placementsAfter: 0, plan: [], courses: [], curve: [],
                upgradedSeekers: nil),
            whatIf: nil)
        let map = CityMap(
            minLatitude: 0, maxLatitude: 0, minLongitude: 0, maxLongitude: 0,
            seekerDensity: DensityGrid(rows: 0, columns: 0, counts: []), posts: [])
        return ReportPage(
            report: report, districts: [], map: map,
            generated: GenerationNote(inputs: [], mode: "optimal", candidates: "all"))
    }

    /// The full page with values no computation should give: NaN and
    /// infinite rates, a NaN radius, a grid whose counts do not fill it,
    /// a post at an infinite place and an inverted box.
    static func nonFinite() -> ReportPage {
        var page = full()
        page.report.overview.placementRate = .nan
        page.report.grades[0].ratio = .infinity
        page.report.highSkillShare.share = -.infinity
        page.report.circles[0].radiusKm = .nan
        page.report.circles[1].share = .nan
        page.report.keyGroups.groups[0].selectionRate = .infinity
        page.report.keyGroups.groups[1].selectionRate = .nan
        page.report.exposure[0].skew = .nan
        page.map.seekerDensity = DensityGrid(rows: 40, columns: 40, counts: [3, 0, -2, 7])
        page.map.posts.append(
            MapPost(id: "P99999", latitude: .infinity, longitude: .nan, openings: 1, isHardToFill: true))
        (page.map.minLatitude, page.map.maxLatitude) = (page.map.maxLatitude, page.map.minLatitude)
        return page
    }
}
