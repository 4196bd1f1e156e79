/// The names the page gives the report's codes (key groups, warning levels,
/// rules, work types, grades and districts) and the order it lists them in.
///
/// A code the page does not know is shown as it is, after the known ones,
/// so that a newer report still renders in full.
struct PageLabels: Sendable {
    /// The districts in file order.
    let districts: [DistrictInfo]

    /// Labels for a page whose districts are `districts`.
    init(districts: [DistrictInfo]) {
        self.districts = districts
    }

    // MARK: - Fixed codes

    /// The key groups of FORMATS.md, then `none`, in the plan's order.
    static let groups: [(code: String, name: Bilingual)] = [
        ("graduate", Bilingual("高校毕业生", "Graduates")),
        ("unemployed_youth", Bilingual("失业青年", "Unemployed youth")),
        ("migrant", Bilingual("农民工", "Migrant workers")),
        ("disabled", Bilingual("残疾人", "People with disabilities")),
        ("poverty_alleviated", Bilingual("脱贫人口", "Poverty-alleviated")),
        ("long_unemployed", Bilingual("长期失业人员", "Long-term unemployed")),
        ("zero_employment_family", Bilingual("零就业家庭", "Zero-employment families")),
        ("older_hard_to_employ", Bilingual("大龄就业困难人员", "Older hard-to-employ")),
        ("veteran", Bilingual("退役军人", "Veterans")),
        ("none", Bilingual("无重点群体", "No key group")),
    ]

    /// The early-warning levels, most urgent first.
    static let warnings: [(code: String, name: Bilingual)] = [
        ("red", Bilingual("红色预警", "Red warning")),
        ("yellow", Bilingual("黄色预警", "Yellow warning")),
        ("blue", Bilingual("蓝色预警", "Blue warning")),
        ("none", Bilingual("无预警", "No warning")),
    ]

    /// The eight hard rules of SCORING.md, in its order.
    static let rules: [(code: String, name: Bilingual)] = [
        ("work-type", Bilingual("工作类型", "Work type")),
        ("public-welfare-group", Bilingual("公益岗位对象", "Public-welfare group")),
        ("internship-group", Bilingual("见习对象", "Internship group")),
        ("shared-employer", Bilingual("共享用工单位", "Shared employer")),
        ("time-window", Bilingual("时间窗口", "Time window")),
        ("mandatory-requirement", Bilingual("必备技能", "Mandatory skill")),
        ("distance", Bilingual("距离", "Distance")),
        ("wage", Bilingual("薪酬", "Wage")),
    ]

    /// The work types of FORMATS.md.
    static let workTypes: [(code: String, name: Bilingual)] = [
        ("fulltime", Bilingual("全职", "Full-time")),
        ("parttime", Bilingual("兼职", "Part-time")),
        ("gig", Bilingual("零工", "Gig work")),
        ("shared", Bilingual("共享用工", "Shared employees")),
        ("internship", Bilingual("就业见习", "Internship")),
        ("public_welfare", Bilingual("公益性岗位", "Public-welfare post")),
    ]

    /// The eight-grade ladder of SCORING.md, with 0 for no skill.
    static let grades: [Bilingual] = [
        Bilingual("无技能", "No skill"),
        Bilingual("学徒工", "Apprentice"),
        Bilingual("初级工", "Junior"),
        Bilingual("中级工", "Intermediate"),
        Bilingual("高级工", "Senior"),
        Bilingual("技师", "Technician"),
        Bilingual("高级技师", "Senior technician"),
        Bilingual("特级技师", "Special-grade technician"),
        Bilingual("首席技师", "Chief technician"),
    ]

    /// The name of key group `code`.
    static func group(_ code: String) -> Bilingual { name(code, in: groups) }
    /// The name of warning level `code`.
    static func warning(_ code: String) -> Bilingual { name(code, in: warnings) }
    /// The name of rule `code`.
    static func rule(_ code: String) -> Bilingual { name(code, in: rules) }
    /// The name of work type `code`.
    static func workType(_ code: String) -> Bilingual { name(code, in: workTypes) }

    /// The name of `grade`, "4 高级工 Senior"; a grade off the ladder is its number.
    static func grade(_ grade: Int) -> Bilingual {
        guard grades.indices.contains(grade) else { return Bilingual(String(grade), nil) }
        return Bilingual(String(grade) + " " + grades[grade].chinese, grades[grade].english)
    }

    /// `codes` in the order of `table`, then the unknown ones by code.
    static func ordered(_ codes: some Sequence<String>, as table: [(code: String, name: Bilingual)]) -> [String] {
        let present = Set(codes)
        let known = table.map(\.code).filter(present.contains)
        return known + present.subtracting(known).sorted()
    }

    /// The name of `code` in `table`, or the code itself.
    private static func name(_ code: String, in table: [(code: String, name: Bilingual)]) -> Bilingual {
        table.first { $0.code == code }?.name ?? Bilingual(code, nil)
    }

    // MARK: - Districts

    /// The full name of district `id`: "黄石港区 Huangshigang District".
    func district(_ id: String) -> Bilingual {
        guard let district = districts.first(where: { $0.id == id }) else { return Bilingual(id, nil) }
        return Bilingual(district.nameZh ?? district.name, district.name)
    }

    /// The short name of district `id` for a chart's narrow label: Chinese
    /// when there is one, else English; the table beside gives both.
    func districtShort(_ id: String) -> String {
        guard let district = districts.first(where: { $0.id == id }) else { return id }
        return district.nameZh ?? district.name
    }

    /// `ids` in the districts' file order, then the unknown ones by id.
    func orderedDistricts(_ ids: some Sequence<String>) -> [String] {
        let present = Set(ids)
        var listed = Set<String>()
        let known = districts.map(\.id).filter { present.contains($0) && listed.insert($0).inserted }
        return known + present.subtracting(known).sorted()
    }
}
