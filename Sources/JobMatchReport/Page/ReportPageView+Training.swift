/// Training that puts people into work, and what a planned project changes.
extension ReportPageView {
    /// How many courses the courses chart shows.
    static let coursesListed = 10
    /// How many post ids a course's row lists before "and N more".
    static let coursePostsListed = 8

    /// Placements against trainees (the curve), and the courses with the most trainees.
    var training: Section {
        let training = report.training
        let title = Bilingual("技能培训", "Training")
        let trained = Set(training.plan.map(\.seeker)).count
        let summary = keyFigures([
            (Bilingual("计划培训人数上限", "Trainees asked for"), NumberText.count(training.trainees)),
            (Bilingual("实际培训人数", "Seekers trained"), NumberText.count(trained)),
            (Bilingual("培训前安置", "Placements before"), NumberText.count(training.placementsBefore)),
            (Bilingual("培训后安置", "Placements after"), NumberText.count(training.placementsAfter)),
            (Bilingual("新增安置", "Gain"), signed(training.placementsAfter - training.placementsBefore)),
        ])
        let explanation = note(
            Bilingual(
                "近似匹配：只因必备技能不满足而不可行、且每项差距不超过 2 级的配对。培训把这些技能提高到岗位要求的等级。",
                "A near miss breaks only the mandatory-skill rule, each unmet skill at most 2 levels short; training raises those skills to the post's level."
            ))
        guard !training.plan.isEmpty || !training.curve.isEmpty || !training.courses.isEmpty else {
            return Section(
                id: "training", title: title,
                content: .joined([
                    summary, explanation,
                    empty(
                        Bilingual(
                            "没有可通过培训促成的安置：没有近似匹配。", "No placements to gain by training: there are no near misses.")),
                ]))
        }
        return Section(id: "training", title: title, content: .joined([summary, explanation, trainingCurve, courses]))
    }

    /// Placements after the first 10 %, 20 %, … of the trainees, starting from the placements before training.
    private var trainingCurve: Markup {
        let training = report.training
        let curve = training.curve.sorted { $0.trainees < $1.trainees }.map { (trainees: $0.trainees, placements: $0.placements) }
        // The curve starts before anyone is trained, unless the report already has that point.
        let points = curve.first?.trainees == 0 ? curve : [(0, training.placementsBefore)] + curve
        let series = SVGChart.Series(
            name: Bilingual("安置人数", "Placements"), colour: SVGChart.Colour.seekers, isLine: true)
        return figure(
            id: "chart-training-curve", title: Bilingual("培训人数与安置人数", "Placements against trainees"),
            legend: SVGChart.legend([series]),
            drawing: SVGChart.lineChart(
                points.map { (Double($0.trainees), Double($0.placements)) }, series: series,
                axisTitles: ("受训人数 Trainees", "安置人数 Placements"),
                label:
                    "培训曲线 Placements against trainees, from \(NumberText.count(training.placementsBefore)) to \(NumberText.count(training.placementsAfter))"
            )
        ) {
            table(
                caption: Bilingual("按计划顺序培训前若干人后的安置人数", "Placements after the plan's first trainees"),
                columns: [
                    Column(title: Bilingual("受训人数", "Trainees")),
                    Column(title: Bilingual("安置人数", "Placements")),
                    Column(title: Bilingual("新增", "Gain")),
                ],
                rows: points.map {
                    Row(cells: [
                        cell($0.trainees), cell($0.placements), cell(signed($0.placements - training.placementsBefore)),
                    ])
                })
        }
    }

    /// The courses with the most trainees as bars, and the posts they qualify for.
    private var courses: Markup {
        let courses = report.training.courses
            .sorted { ($1.trainees, $0.skill, $0.toLevel) < ($0.trainees, $1.skill, $1.toLevel) }
            .prefix(Self.coursesListed)
        guard !courses.isEmpty else { return empty(Bilingual("没有培训班。", "No courses.")) }
        let series = SVGChart.Series(name: Bilingual("受训人数", "Trainees"), colour: SVGChart.Colour.seekers)
        let name = { (course: Course) in "\(course.skill) → \(course.toLevel)" }
        return figure(
            id: "chart-training-courses", title: Bilingual("受训人数最多的培训班", "Courses with the most trainees"),
            legend: SVGChart.legend([series]),
            drawing: SVGChart.horizontalBars(
                courses.map { SVGChart.Category(label: name($0), values: [Double($0.trainees)]) }, series: [series],
                kind: .count, label: "培训班受训人数 Trainees per course, top \(courses.count)")
        ) {
            table(
                caption: Bilingual(
                    "订单式培训班（前 \(courses.count) 个，共 \(NumberText.count(report.training.courses.count)) 个）",
                    "Order-based training classes, top \(courses.count) of \(NumberText.count(report.training.courses.count))"
                ),
                columns: [
                    Column(title: Bilingual("技能", "Skill"), isNumeric: false),
                    Column(title: Bilingual("培训到等级", "To grade"), isNumeric: false),
                    Column(title: Bilingual("受训人数", "Trainees")),
                    Column(title: Bilingual("可胜任岗位数", "Posts")),
                    Column(title: Bilingual("岗位", "Post ids"), isNumeric: false),
                ],
                rows: courses.map { course in
                    Row(cells: [
                        cell(course.skill), PageLabels.grade(course.toLevel).markup, cell(course.trainees),
                        cell(Set(course.posts).count), cell(postList(course.posts)),
                    ])
                })
        }
    }

    /// The first post ids of a course, then how many more.
    private func postList(_ posts: [String]) -> String {
        var seen = Set<String>()
        let unique = posts.filter { seen.insert($0).inserted }
        let shown = unique.prefix(Self.coursePostsListed).joined(separator: ", ")
        let more = unique.count - min(unique.count, Self.coursePostsListed)
        return more > 0
            ? shown + " … 另 \(NumberText.count(more)) 个 (+\(NumberText.count(more)) more)"
            : (shown.isEmpty ? NumberText.missing : shown)
    }

    /// A change with its sign: `+12`, `-3`, `0`.
    func signed(_ change: Int) -> String {
        change > 0 ? "+" + NumberText.count(change) : NumberText.count(change)
    }

    /// Placements before and after the planned posts, by key group, warning level and district.
    var whatIf: Section? {
        guard let whatIf = report.whatIf else { return nil }
        let districts = labels.orderedDistricts(whatIf.byDistrict.keys)
        let content = Markup.joined([
            keyFigures([
                (Bilingual("规划前安置", "Placements before"), NumberText.count(whatIf.placementsBefore)),
                (Bilingual("规划后安置", "Placements after"), NumberText.count(whatIf.placementsAfter)),
                (Bilingual("新增安置的求职者", "Newly placed seekers"), NumberText.count(Set(whatIf.newlyPlaced).count)),
            ]),
            beforeAfter(
                id: "chart-what-if-groups", title: Bilingual("按重点群体的安置变化", "Placements by key group, before and after"),
                header: Bilingual("重点群体", "Key group"), values: whatIf.byGroup,
                rows: PageLabels.ordered(whatIf.byGroup.keys, as: PageLabels.groups).map {
                    ($0, PageLabels.group($0), PageLabels.group($0))
                }),
            beforeAfter(
                id: "chart-what-if-warnings",
                title: Bilingual("按预警等级的安置变化", "Placements by warning level, before and after"),
                header: Bilingual("预警等级", "Warning level"), values: whatIf.byWarning,
                rows: PageLabels.ordered(whatIf.byWarning.keys, as: PageLabels.warnings).map {
                    ($0, PageLabels.warning($0), PageLabels.warning($0))
                }),
            districts.isEmpty
                ? .empty
                : beforeAfter(
                    id: "chart-what-if-districts",
                    title: Bilingual("按区县的安置变化", "Placements by district, before and after"),
                    header: Bilingual("区县", "District"), values: whatIf.byDistrict,
                    rows: districts.map { ($0, labels.district($0), Bilingual(labels.districtShort($0), nil)) }),
        ])
        return Section(id: "what-if", title: Bilingual("规划项目的影响", "What the planned posts change"), content: content)
    }

    /// Paired bars of placements before and after, and their table with the change.
    ///
    /// - Parameters:
    ///   - values: before and after by code.
    ///   - rows: each code with its name for the table and the shorter one for the chart.
    private func beforeAfter(
        id: String, title: Bilingual, header: Bilingual, values: [String: BeforeAfter],
        rows: [(code: String, name: Bilingual, chartName: Bilingual)]
    ) -> Markup {
        guard !rows.isEmpty else {
            return empty(Bilingual(title.chinese + "：无数据。", (title.english ?? "") + ": no data."))
        }
        let series = [
            SVGChart.Series(name: Bilingual("规划前", "Before"), colour: SVGChart.Colour.before),
            SVGChart.Series(name: Bilingual("规划后", "After"), colour: SVGChart.Colour.after),
        ]
        let pairs = rows.map { values[$0.code] ?? BeforeAfter(before: 0, after: 0) }
        return figure(
            id: id, title: title, legend: SVGChart.legend(series),
            drawing: SVGChart.horizontalBars(
                zip(rows, pairs).map {
                    SVGChart.Category($0.0.chartName, values: [Double($0.1.before), Double($0.1.after)])
                },
                series: series, kind: .count, label: "\(title.plain): placements before and after")
        ) {
            table(
                caption: title,
                columns: [
                    Column(title: header, isNumeric: false),
                    Column(title: Bilingual("规划前", "Before")),
                    Column(title: Bilingual("规划后", "After")),
                    Column(title: Bilingual("变化", "Change")),
                ],
                rows: zip(rows, pairs).map { row, pair in
                    Row(cells: [
                        row.name.markup, cell(pair.before), cell(pair.after), cell(signed(pair.after - pair.before)),
                    ])
                })
        }
    }
}
