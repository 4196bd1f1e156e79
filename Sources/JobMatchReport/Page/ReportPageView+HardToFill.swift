/// Posts fewer seekers can take than they have openings, and the rules that stand in the way.
extension ReportPageView {
    /// How many posts the table of hard-to-fill posts lists.
    static let hardToFillListed = 20

    /// Totals by work type and district as bars, then the posts with the largest shortfall and their binding rules.
    var hardToFill: Section {
        let hard = report.hardToFill
        let title = Bilingual("难招岗位", "Hard-to-fill posts")
        guard !hard.posts.isEmpty || hard.byType.values.contains(where: { $0 > 0 }) else {
            return Section(
                id: "hard-to-fill", title: title,
                content: empty(
                    Bilingual(
                        "没有难招岗位：每个岗位的可行求职者都不少于空缺数。",
                        "No hard-to-fill posts: every post has at least as many feasible seekers as openings.")))
        }
        let shortfall = { (post: HardPost) in post.openings - post.feasibleSeekers }
        let listed = hard.posts.sorted { (shortfall($1), $0.post) < (shortfall($0), $1.post) }.prefix(
            Self.hardToFillListed)
        let series = [SVGChart.Series(name: Bilingual("难招岗位数", "Hard-to-fill posts"), colour: SVGChart.Colour.openings)]
        let types = PageLabels.ordered(hard.byType.keys, as: PageLabels.workTypes)
        let districts = labels.orderedDistricts(hard.byDistrict.keys)

        let content = Markup.joined([
            note(
                Bilingual(
                    "难招岗位：可行求职者少于空缺数。约束规则：某规则是配对唯一违反的规则的求职者人数，即只放宽这一条就能成为可行的人数。",
                    "A post is hard to fill when fewer seekers are feasible for it than it has openings. A binding rule counts the seekers for whom it is the only rule the pair breaks: lifting that rule alone would make them feasible."
                )),
            figure(
                id: "chart-hard-to-fill-types", title: Bilingual("按岗位类型的难招岗位", "Hard-to-fill posts by work type"),
                legend: SVGChart.legend(series),
                drawing: SVGChart.horizontalBars(
                    types.map { SVGChart.Category(PageLabels.workType($0), values: [Double(hard.byType[$0] ?? 0)]) },
                    series: series, kind: .count, label: "按岗位类型的难招岗位数 Hard-to-fill posts by work type")
            ) {
                table(
                    caption: Bilingual("按岗位类型的难招岗位", "Hard-to-fill posts by work type"),
                    columns: [
                        Column(title: Bilingual("岗位类型", "Work type"), isNumeric: false),
                        Column(title: Bilingual("岗位数", "Posts")),
                    ],
                    rows: types.map { Row(cells: [PageLabels.workType($0).markup, cell(hard.byType[$0] ?? 0)]) })
            },
            districts.isEmpty
                ? .empty
                : figure(
                    id: "chart-hard-to-fill-districts", title: Bilingual("按区县的难招岗位", "Hard-to-fill posts by district"),
                    legend: SVGChart.legend(series),
                    drawing: SVGChart.horizontalBars(
                        districts.map {
                            SVGChart.Category(
                                label: labels.districtShort($0), values: [Double(hard.byDistrict[$0] ?? 0)])
                        },
                        series: series, kind: .count, label: "按区县的难招岗位数 Hard-to-fill posts by district")
                ) {
                    table(
                        caption: Bilingual("按区县的难招岗位", "Hard-to-fill posts by district"),
                        columns: [
                            Column(title: Bilingual("区县", "District"), isNumeric: false),
                            Column(title: Bilingual("岗位数", "Posts")),
                        ],
                        rows: districts.map {
                            Row(cells: [labels.district($0).markup, cell(hard.byDistrict[$0] ?? 0)])
                        })
                },
            tag("h3", ["id": "hard-to-fill-posts"]) {
                Bilingual("缺口最大的岗位", "The posts with the largest shortfall").markup
            },
            listed.isEmpty
                ? empty(Bilingual("报告没有列出岗位。", "The report lists no posts."))
                : table(
                    caption: Bilingual(
                        "缺口最大的 \(listed.count) 个岗位（共 \(NumberText.count(hard.posts.count)) 个）",
                        "Top \(listed.count) of \(NumberText.count(hard.posts.count)) by shortfall (openings − feasible seekers)"
                    ),
                    columns: [
                        Column(title: Bilingual("岗位", "Post"), isNumeric: false),
                        Column(title: Bilingual("名称", "Title"), isNumeric: false),
                        Column(title: Bilingual("类型", "Type"), isNumeric: false),
                        Column(title: Bilingual("区县", "District"), isNumeric: false),
                        Column(title: Bilingual("空缺", "Openings")),
                        Column(title: Bilingual("可行求职者", "Feasible seekers")),
                        Column(title: Bilingual("缺口", "Shortfall")),
                        Column(title: Bilingual("约束规则（人数）", "Binding rules (seekers)"), isNumeric: false),
                    ],
                    rows: listed.map { post in
                        Row(cells: [
                            cell(post.post), cell(post.title ?? NumberText.missing),
                            PageLabels.workType(post.type).markup,
                            post.district.map { labels.district($0).markup } ?? cell(NumberText.missing),
                            cell(post.openings), cell(post.feasibleSeekers), cell(shortfall(post)),
                            binding(post.binding),
                        ])
                    }),
        ])
        return Section(id: "hard-to-fill", title: title, content: content)
    }

    /// The rules that bind, most seekers first, each with its count; "—" when none does.
    private func binding(_ counts: [String: Int]) -> Markup {
        let binding = PageLabels.ordered(counts.keys, as: PageLabels.rules)
            .compactMap { code in counts[code].flatMap { $0 > 0 ? (code, $0) : nil } }
            .enumerated()
            .sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }
            .map(\.element)
        guard !binding.isEmpty else { return .text(NumberText.missing) }
        return tag("ul", ["class": "binding"]) {
            for (code, count) in binding {
                tag("li") {
                    PageLabels.rule(code).markup
                    " " + NumberText.count(count)
                }
            }
        }
    }
}
