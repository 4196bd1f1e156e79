/// Key groups and warning levels against the four-fifths rule, and their exposure in posts' lists.
extension ReportPageView {
    /// Selection rates by key group and by warning level, each table with its four-fifths line.
    var keyGroups: Section {
        let groups = ordered(report.keyGroups.groups, code: \.group, as: PageLabels.groups)
        let levels = ordered(report.keyGroups.warningLevels, code: \.group, as: PageLabels.warnings)
        let content = Markup.joined([
            note(
                Bilingual(
                    "安置率 = 安置人数 ÷ 求职者；影响比 = 安置率 ÷ 同表最高安置率。任一影响比低于 0.8（五分之四规则）的行以 ▲ 标出。",
                    "Selection rate = placed ÷ seekers; impact ratio = rate ÷ the highest rate of the same table. Rows with either impact ratio below 0.8 (the four-fifths rule) are marked ▲."
                )),
            selectionFigure(
                id: "chart-key-groups", title: Bilingual("重点群体安置率", "Selection rate by key group"),
                header: Bilingual("重点群体", "Key group"), rows: groups, name: PageLabels.group),
            selectionFigure(
                id: "chart-warning-levels", title: Bilingual("预警等级安置率", "Selection rate by warning level"),
                header: Bilingual("预警等级", "Warning level"), rows: levels, name: PageLabels.warning),
        ])
        return Section(
            id: "key-groups", title: Bilingual("重点群体与预警等级", "Key groups and warning levels"), content: content)
    }

    /// `rows` in the order of their codes in `table`, unknown codes after by code, ties as given.
    private func ordered<Item>(_ rows: [Item], code: KeyPath<Item, String>, as table: [(code: String, name: Bilingual)])
        -> [Item]
    {
        let order = PageLabels.ordered(rows.map { $0[keyPath: code] }, as: table)
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated()
            .sorted {
                (rank[$0.element[keyPath: code]] ?? 0, $0.offset) < (rank[$1.element[keyPath: code]] ?? 0, $1.offset)
            }
            .map(\.element)
    }

    /// One table's selection rates as bars with the four-fifths line, and all its numbers.
    private func selectionFigure(
        id: String, title: Bilingual, header: Bilingual, rows: [KeyGroupRow], name: (String) -> Bilingual
    ) -> Markup {
        guard !rows.isEmpty else {
            return empty(Bilingual(title.chinese + "：无数据。", (title.english ?? "") + ": no data."))
        }
        let highest = rows.compactMap(\.selectionRate).filter(\.isFinite).max() ?? 0
        let line =
            highest > 0
            ? SVGChart.Reference(value: 0.8 * highest, label: "五分之四 Four-fifths \(NumberText.percent(0.8 * highest))")
            : nil
        let series = SVGChart.Series(name: Bilingual("安置率", "Selection rate"), colour: SVGChart.Colour.seekers)
        return figure(
            id: id, title: title,
            legend: SVGChart.legend(
                [series],
                extra: [
                    SVGChart.referenceEntry(
                        Bilingual("五分之四线（0.8 × 最高安置率）", "Four-fifths line (0.8 × the highest rate)")),
                    SVGChart.highlightEntry(Bilingual("低于五分之四", "Below four-fifths")),
                ]),
            drawing: SVGChart.horizontalBars(
                rows.map {
                    SVGChart.Category(name($0.group), values: [$0.selectionRate], isHighlighted: $0.belowFourFifths)
                },
                series: [series], kind: .share, reference: line,
                label: "\(title.plain): bars per row, dashed four-fifths line at \(NumberText.percent(line?.value))")
        ) {
            table(
                caption: title,
                columns: [
                    Column(title: header, isNumeric: false),
                    Column(title: Bilingual("求职者", "Seekers")),
                    Column(title: Bilingual("有可行岗位", "Feasible")),
                    Column(title: Bilingual("已安置", "Placed")),
                    Column(title: Bilingual("安置率", "Selection rate")),
                    Column(title: Bilingual("影响比", "Impact ratio")),
                    Column(title: Bilingual("最佳得分高于中位数比例", "Best score above median")),
                    Column(title: Bilingual("其影响比", "Its impact ratio")),
                    Column(title: Bilingual("低于五分之四", "Below four-fifths"), isNumeric: false),
                ],
                rows: rows.map { row in
                    Row(
                        cells: [
                            .joined([row.belowFourFifths ? .text("▲ ") : .empty, name(row.group).markup]),
                            cell(row.seekers), cell(row.feasible), cell(row.placed),
                            cell(NumberText.percent(row.selectionRate)),
                            cell(NumberText.ratio(row.selectionImpactRatio)),
                            cell(NumberText.percent(row.bestScoreMedianRate)),
                            cell(NumberText.ratio(row.bestScoreImpactRatio)),
                            row.belowFourFifths ? Bilingual("是", "Yes").markup : Bilingual("否", "No").markup,
                        ], isFlagged: row.belowFourFifths)
                })
        }
    }

    /// Each key group's share of the slots in posts' top-10 lists beside its share of feasible seekers.
    var exposure: Section {
        let title = Bilingual("推荐曝光", "Exposure in posts' lists")
        let rows = ordered(report.exposure, code: \.group, as: PageLabels.groups)
        guard !rows.isEmpty else {
            return Section(id: "exposure", title: title, content: empty(Bilingual("没有曝光数据。", "No exposure data.")))
        }
        // With a fairness constraint, the re-ranked lists' slot share and skew beside the plain ones.
        let fairness = page.generated.fairness
        let reranked = Bilingual("公平重排后席位占比", "Slot share, re-ranked")
        var series = [
            SVGChart.Series(name: Bilingual("名单席位占比", "Slot share"), colour: SVGChart.Colour.seekers),
            SVGChart.Series(name: Bilingual("可行求职者占比", "Feasible share"), colour: SVGChart.Colour.openings),
        ]
        var columns = [
            Column(title: Bilingual("重点群体", "Key group"), isNumeric: false),
            Column(title: Bilingual("名单席位占比", "Slot share")),
            Column(title: Bilingual("可行求职者占比", "Feasible share")),
            Column(title: Bilingual("偏差", "Skew")),
        ]
        if fairness != nil {
            series.append(SVGChart.Series(name: reranked, colour: SVGChart.Colour.cycle[2]))
            columns += [Column(title: reranked), Column(title: Bilingual("公平重排后偏差", "Skew, re-ranked"))]
        }
        var notes = [
            note(
                Bilingual(
                    "每个岗位的前 10 名求职者中，各群体所占席位的比例，与其在有可行岗位的求职者中所占比例相比；偏差 = 前者 ÷ 后者。",
                    "Over every post's top 10 seekers: each group's share of the listed slots beside its share of seekers feasible for at least one post; skew = slot share ÷ feasible share."
                ))
        ]
        if let fairness {
            notes.append(note(Bilingual(
                "公平重排：每个岗位的名单按 \(fairness) 重新排序后的同一比例。",
                "Re-ranked: the same over each post's list re-ranked under \(fairness).")))
        }
        let content = Markup.joined(notes + [
            figure(
                id: "chart-exposure", title: Bilingual("各群体的名单席位与可行占比", "Slot share and feasible share by key group"),
                legend: SVGChart.legend(series),
                drawing: SVGChart.horizontalBars(
                    rows.map {
                        SVGChart.Category(
                            PageLabels.group($0.group),
                            values: [$0.slotShare, $0.feasibleShare] + (fairness == nil ? [] : [$0.fair?.slotShare]))
                    },
                    series: series, kind: .share, label: "推荐曝光 Slot share and feasible share by key group")
            ) {
                table(
                    caption: title, columns: columns,
                    rows: rows.map {
                        Row(cells: [
                            PageLabels.group($0.group).markup, cell(NumberText.percent($0.slotShare)),
                            cell(NumberText.percent($0.feasibleShare)), cell(NumberText.ratio($0.skew)),
                        ] + (fairness == nil ? [] : [cell(NumberText.percent($0.fair?.slotShare)), cell(NumberText.ratio($0.fair?.skew))]))
                    })
            },
        ])
        return Section(id: "exposure", title: title, content: content)
    }
}
