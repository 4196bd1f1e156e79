/// The overview, the high-skill share, and supply and demand by grade and district.
extension ReportPageView {
    /// Counts of the whole data set, the placement rate and the high-skill share against its target.
    var overview: Section {
        let overview = report.overview
        let skill = report.highSkillShare
        let targetLabel = "目标 Target \(NumberText.percent(skill.target))"
        let content = Markup.joined([
            keyFigures([
                (Bilingual("求职者", "Seekers"), NumberText.count(overview.seekers)),
                (Bilingual("岗位", "Posts"), NumberText.count(overview.posts)),
                (Bilingual("岗位空缺", "Openings"), NumberText.count(overview.openings)),
                (Bilingual("可行配对", "Feasible pairs"), NumberText.count(overview.feasiblePairs)),
                (Bilingual("安置人数", "Placements"), NumberText.count(overview.placements)),
                (Bilingual("安置率", "Placement rate"), NumberText.percent(overview.placementRate)),
            ]),
            figure(
                id: "chart-high-skill", title: Bilingual("高技能人才占比", "High-skill share"),
                legend: SVGChart.legend(
                    [
                        SVGChart.Series(
                            name: Bilingual("四级（高级工）及以上占比", "Share at grade 4 (senior) or above"),
                            colour: SVGChart.Colour.seekers)
                    ],
                    extra: [SVGChart.referenceEntry(Bilingual("规划目标", "The plan's target"))]),
                drawing: SVGChart.horizontalBars(
                    [SVGChart.Category(Bilingual("高技能人才", "High-skill"), values: [skill.share])],
                    series: [SVGChart.Series(name: Bilingual("占比", "Share"), colour: SVGChart.Colour.seekers)],
                    kind: .share, reference: SVGChart.Reference(value: skill.target, label: targetLabel),
                    label: "高技能人才占比 High-skill share: \(NumberText.percent(skill.share)), \(targetLabel)")
            ) {
                table(
                    caption: Bilingual("有技能的求职者中四级（高级工）及以上的比例", "Share of skilled seekers at grade 4 or above"),
                    columns: [
                        Column(title: Bilingual("有技能的求职者", "Skilled seekers")),
                        Column(title: Bilingual("高技能求职者", "High-skill seekers")),
                        Column(title: Bilingual("占比", "Share")),
                        Column(title: Bilingual("目标", "Target")),
                    ],
                    rows: [
                        Row(cells: [
                            cell(skill.skilledSeekers), cell(skill.highSkillSeekers),
                            cell(NumberText.percent(skill.share)), cell(NumberText.percent(skill.target)),
                        ])
                    ])
            },
        ])
        return Section(id: "overview", title: Bilingual("概览", "Overview"), content: content)
    }

    /// Seekers and openings by grade with the vacancy-to-applicant ratio, then the same by district.
    var supplyAndDemand: Section {
        let grades = report.grades.sorted { $0.grade < $1.grade }
        let series = [
            SVGChart.Series(name: Bilingual("求职者", "Seekers"), colour: SVGChart.Colour.seekers),
            SVGChart.Series(name: Bilingual("岗位空缺", "Openings"), colour: SVGChart.Colour.openings),
        ]
        let ratio = SVGChart.Series(
            name: Bilingual("求人倍率（右轴）", "Vacancy-to-applicant ratio (right axis)"), colour: SVGChart.Colour.ratio,
            isLine: true)
        let content = Markup.joined([
            grades.isEmpty
                ? empty(Bilingual("没有按等级的数据。", "No data by grade."))
                : figure(
                    id: "chart-grades", title: Bilingual("按技能等级的供需", "Supply and demand by grade"),
                    legend: SVGChart.legend(series + [ratio]),
                    drawing: SVGChart.columns(
                        grades.map {
                            SVGChart.Category(
                                label: String($0.grade), values: [Double($0.seekers), Double($0.openings)])
                        },
                        series: series, line: (ratio, grades.map(\.ratio)),
                        axisTitles: ("人数 Count", "倍率 Ratio"), categoryTitle: "技能等级 Grade",
                        label:
                            "按技能等级的求职者与岗位空缺柱状图及求人倍率折线 Seekers and openings by grade 0 to 8, with the vacancy-to-applicant ratio"
                    )
                ) {
                    table(
                        caption: Bilingual("按技能等级的供需", "Supply and demand by grade"),
                        columns: [
                            Column(title: Bilingual("等级", "Grade"), isNumeric: false),
                            Column(title: Bilingual("求职者", "Seekers")),
                            Column(title: Bilingual("岗位空缺", "Openings")),
                            Column(title: Bilingual("求人倍率", "Ratio")),
                        ],
                        rows: grades.map {
                            Row(cells: [
                                PageLabels.grade($0.grade).markup, cell($0.seekers), cell($0.openings),
                                cell(NumberText.ratio($0.ratio)),
                            ])
                        })
                    note(
                        Bilingual(
                            "等级为求职者的最高技能等级与岗位必备要求的最高等级，0 表示无。求人倍率 = 岗位空缺 ÷ 求职者。",
                            "A seeker's grade is their highest skill level, a post's the highest level it requires; 0 is none. Ratio = openings ÷ seekers."
                        ))
                },
            gradesByDistrict,
        ])
        return Section(id: "supply-demand", title: Bilingual("供需对比", "Supply and demand"), content: content)
    }

    /// Seekers and openings summed over grades for each district, and the ratio by grade and district.
    private var gradesByDistrict: Markup {
        guard let byDistrict = report.gradesByDistrict, !byDistrict.isEmpty else { return .empty }
        let ids = labels.orderedDistricts(byDistrict.keys)
        let totals = ids.map { id in
            let rows = byDistrict[id] ?? []
            let seekers = rows.reduce(0) { $0 + $1.seekers }
            let openings = rows.reduce(0) { $0 + $1.openings }
            return (
                id: id, seekers: seekers, openings: openings,
                ratio: seekers > 0 ? Double(openings) / Double(seekers) : nil
            )
        }
        let gradeNumbers = Array(Set(byDistrict.values.flatMap { $0.map(\.grade) })).sorted()
        let series = [
            SVGChart.Series(name: Bilingual("求职者", "Seekers"), colour: SVGChart.Colour.seekers),
            SVGChart.Series(name: Bilingual("岗位空缺", "Openings"), colour: SVGChart.Colour.openings),
        ]
        return figure(
            id: "chart-grades-by-district", title: Bilingual("按区县的供需", "Supply and demand by district"),
            legend: SVGChart.legend(series),
            drawing: SVGChart.horizontalBars(
                totals.map {
                    SVGChart.Category(
                        label: labels.districtShort($0.id), values: [Double($0.seekers), Double($0.openings)])
                },
                series: series, kind: .count,
                label: "按区县的求职者与岗位空缺 Seekers and openings by district")
        ) {
            table(
                caption: Bilingual("按区县的供需（各等级合计）", "Supply and demand by district, all grades"),
                columns: [
                    Column(title: Bilingual("区县", "District"), isNumeric: false),
                    Column(title: Bilingual("求职者", "Seekers")),
                    Column(title: Bilingual("岗位空缺", "Openings")),
                    Column(title: Bilingual("求人倍率", "Ratio")),
                ],
                rows: totals.map {
                    Row(cells: [
                        labels.district($0.id).markup, cell($0.seekers), cell($0.openings),
                        cell(NumberText.ratio($0.ratio)),
                    ])
                })
            table(
                caption: Bilingual("按区县和等级的求人倍率（岗位空缺 / 求职者）", "Ratio by district and grade (openings / seekers)"),
                columns: [Column(title: Bilingual("区县", "District"), isNumeric: false)]
                    + gradeNumbers.map { Column(title: Bilingual(String($0), nil)) },
                rows: ids.map { id in
                    let rows = byDistrict[id] ?? []
                    return Row(
                        cells: [labels.district(id).markup]
                            + gradeNumbers.map { grade in
                                guard let row = rows.first(where: { $0.grade == grade }) else {
                                    return cell(NumberText.missing)
                                }
                                return gradeCell(row)
                            })
                })
        }
    }

    /// A cell of the district-by-grade table: the ratio, then openings / seekers in small print.
    private func gradeCell(_ row: GradeRow) -> Markup {
        .joined([
            .text(NumberText.ratio(row.ratio)),
            tag("br"),
            tag("small") { "\(NumberText.count(row.openings)) / \(NumberText.count(row.seekers))" },
        ])
    }
}
