/// The employment circles and the city map.
extension ReportPageView {
    /// Coverage for each radius: by district (or the whole city without
    /// districts) as grouped bars, by key group and warning level in tables.
    var circles: Section {
        let title = Bilingual("就业圈", "Employment circles")
        // A radius that is not a number sorts last instead of breaking the order.
        let circles = report.circles.sorted {
            ($0.radiusKm.isNaN ? .infinity : $0.radiusKm) < ($1.radiusKm.isNaN ? .infinity : $1.radiusKm)
        }
        guard !circles.isEmpty else {
            return Section(
                id: "circles", title: title, content: empty(Bilingual("报告没有就业圈半径。", "The report has no circle radii.")))
        }
        let radii = circles.map { NumberText.kilometres($0.radiusKm) }
        let series = zip(radii, SVGChart.Colour.ordered(count: circles.count)).map {
            SVGChart.Series(name: Bilingual($0.0 + " 以内", "within " + $0.0), colour: $0.1)
        }
        let districtIDs = labels.orderedDistricts(circles.flatMap { $0.byDistrict?.keys.map { $0 } ?? [] })
        let whole = (
            name: Bilingual("全市", "Whole city"), seekers: report.overview.seekers,
            coverage: circles.map {
                Coverage(seekers: report.overview.seekers, covered: $0.covered, share: $0.share)
            }
        )
        let rows =
            [whole]
            + districtIDs.map { id in
                let coverage = circles.map { $0.byDistrict?[id] ?? Coverage(seekers: 0, covered: 0, share: nil) }
                return (name: labels.district(id), seekers: coverage.map(\.seekers).max() ?? 0, coverage: coverage)
            }
        let chartLabels = [Bilingual("全市", "Whole city")] + districtIDs.map { Bilingual(labels.districtShort($0), nil) }

        let content = Markup.joined([
            note(
                Bilingual(
                    "就业圈：在半径以内至少有一个可行岗位的求职者。",
                    "A circle covers the seekers with at least one feasible post within its radius.")),
            figure(
                id: "chart-circles",
                title: districtIDs.isEmpty
                    ? Bilingual("全市就业圈覆盖率", "Coverage of the whole city by radius")
                    : Bilingual("各区县就业圈覆盖率", "Coverage by district and radius"),
                legend: SVGChart.legend(series),
                drawing: SVGChart.horizontalBars(
                    zip(chartLabels, rows).map { SVGChart.Category($0.0, values: $0.1.coverage.map(\.share)) },
                    series: series, kind: .share,
                    label: "就业圈覆盖率 Share of seekers covered within \(radii.joined(separator: ", ")), by district")
            ) {
                coverageTable(
                    caption: Bilingual("按区县的覆盖", "Coverage by district"), header: Bilingual("区县", "District"),
                    radii: radii, rows: rows.map { ($0.name, $0.seekers, $0.coverage) })
            },
            coverageTable(
                caption: Bilingual("按重点群体的覆盖", "Coverage by key group"), header: Bilingual("重点群体", "Key group"),
                radii: radii,
                rows: groupedCoverage(circles.map(\.byGroup), order: PageLabels.groups, name: PageLabels.group)),
            coverageTable(
                caption: Bilingual("按预警等级的覆盖", "Coverage by warning level"), header: Bilingual("预警等级", "Warning level"),
                radii: radii,
                rows: groupedCoverage(circles.map(\.byWarning), order: PageLabels.warnings, name: PageLabels.warning)),
        ])
        return Section(id: "circles", title: title, content: content)
    }

    /// Rows of a coverage table from one dictionary per radius.
    private func groupedCoverage(
        _ perRadius: [[String: Coverage]], order: [(code: String, name: Bilingual)], name: (String) -> Bilingual
    ) -> [(name: Bilingual, seekers: Int, coverage: [Coverage])] {
        PageLabels.ordered(perRadius.flatMap(\.keys), as: order).map { code in
            let coverage = perRadius.map { $0[code] ?? Coverage(seekers: 0, covered: 0, share: nil) }
            return (name(code), coverage.map(\.seekers).max() ?? 0, coverage)
        }
    }

    /// A table of seekers, then for each radius the share covered with the number covered under it.
    private func coverageTable(
        caption: Bilingual, header: Bilingual, radii: [String],
        rows: [(name: Bilingual, seekers: Int, coverage: [Coverage])]
    ) -> Markup {
        guard !rows.isEmpty else {
            return empty(Bilingual(caption.chinese + "：无数据。", (caption.english ?? "") + ": no data."))
        }
        return table(
            caption: Bilingual(
                caption.chinese + "（占比，下为覆盖人数）", (caption.english ?? "") + " (share, seekers covered below)"),
            columns: [Column(title: header, isNumeric: false), Column(title: Bilingual("求职者", "Seekers"))]
                + radii.map { Column(title: Bilingual($0 + " 以内", "within " + $0)) },
            rows: rows.map { row in
                Row(
                    cells: [row.name.markup, cell(row.seekers)]
                        + row.coverage.map { coverage in
                            .joined([
                                .text(NumberText.percent(coverage.share)), tag("br"),
                                tag("small") { NumberText.count(coverage.covered) },
                            ])
                        })
            })
    }

    /// The map: seekers' density, posts, hard-to-fill posts, district centres, and a table of what it shows.
    var cityMap: Section {
        let map = page.map
        let title = Bilingual("城市地图", "Map of the city")
        let hardPosts = map.posts.filter(\.isHardToFill).count
        let seekersOnGrid = map.seekerDensity.counts.reduce(0) { $0 + max(0, $1) }
        let label =
            "城市地图 Map of the city: seekers per grid cell shaded, \(NumberText.count(map.posts.count)) posts as dots, "
            + "\(NumberText.count(hardPosts)) hard-to-fill posts as red triangles, district centres as rings"
        guard let figureParts = SVGChart.cityMap(map, districts: page.districts, label: label) else {
            return Section(
                id: "map", title: title, content: empty(Bilingual("没有可绘制的位置。", "Nothing to place on the map.")))
        }
        let seekersByDistrict = report.circles.first?.byDistrict
        let summary = table(
            caption: Bilingual("地图内容", "What the map shows"),
            columns: [
                Column(title: Bilingual("项目", "Item"), isNumeric: false), Column(title: Bilingual("数量", "Count")),
            ],
            rows: [
                Row(cells: [Bilingual("网格中的求职者", "Seekers on the grid").markup, cell(seekersOnGrid)]),
                Row(cells: [
                    Bilingual("网格", "Grid").markup,
                    cell(
                        "\(NumberText.count(max(0, map.seekerDensity.rows))) × \(NumberText.count(max(0, map.seekerDensity.columns)))"
                    ),
                ]),
                Row(cells: [Bilingual("岗位", "Posts").markup, cell(map.posts.count)]),
                Row(cells: [Bilingual("难招岗位", "Hard-to-fill posts").markup, cell(hardPosts)]),
            ])
        let districts =
            page.districts.isEmpty
            ? Markup.empty
            : table(
                caption: Bilingual("区县中心", "District centres"),
                columns: [
                    Column(title: Bilingual("区县", "District"), isNumeric: false),
                    Column(title: Bilingual("纬度", "Latitude")), Column(title: Bilingual("经度", "Longitude")),
                    Column(title: Bilingual("求职者", "Seekers")), Column(title: Bilingual("难招岗位", "Hard-to-fill posts")),
                ],
                rows: page.districts.map { district in
                    Row(cells: [
                        labels.district(district.id).markup,
                        cell(NumberText.degrees(district.latitude)), cell(NumberText.degrees(district.longitude)),
                        cell(
                            seekersByDistrict?[district.id].map { NumberText.count($0.seekers) } ?? NumberText.missing),
                        cell(report.hardToFill.byDistrict[district.id] ?? 0),
                    ])
                })
        let content = figure(
            id: "chart-map", title: Bilingual("求职者密度与岗位分布", "Seekers' density and posts"), legend: figureParts.legend,
            drawing: figureParts.drawing, className: "chart map"
        ) {
            summary
            districts
            note(
                Bilingual(
                    "求职者只按网格计数显示，不显示个人位置。投影：等距圆柱投影，经度按平均纬度的余弦缩放。",
                    "Seekers are shown only as counts per cell, never one person's place. Projection: equirectangular, longitude scaled by the cosine of the mean latitude."
                ))
        }
        return Section(id: "map", title: title, content: content)
    }
}
