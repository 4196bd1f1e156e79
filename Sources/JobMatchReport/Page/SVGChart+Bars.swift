/// Bar charts: horizontal bars for named categories, vertical columns with a line on a second axis.
extension SVGChart {
    /// How a bar chart writes its values: as shares (percentages) or counts.
    enum ValueKind: Sendable {
        /// Shares from 0 to 1, written as percentages.
        case share
        /// Counts, written with thousands separators.
        case count

        /// A value's label at the end of its bar.
        func text(_ value: Double?) -> String {
            switch self {
            case .share:
                return NumberText.percent(value)
            case .count:
                guard let value, value.isFinite, abs(value) < 1e15 else { return NumberText.missing }
                return NumberText.count(Int(value.rounded()))
            }
        }

        /// A tick's label.
        func tick(_ value: Double, step: Double) -> String {
            switch self {
            case .share: SVGChart.percentTick(value, step: step)
            case .count: SVGChart.countTick(value, step: step)
            }
        }
    }

    /// Horizontal bars, one group per category and one bar per series, the
    /// value written at each bar's end; optionally a dashed vertical line
    /// (the four-fifths line, a target).
    ///
    /// Horizontal bars keep long names (districts, key groups in two
    /// languages) readable at any width. A highlighted category is drawn in
    /// the highlight colour, and its label is marked with ▲ so the mark
    /// survives black-and-white printing.
    ///
    /// - Parameters:
    ///   - categories: the groups of bars, top to bottom.
    ///   - series: one entry per value of each category.
    ///   - kind: whether values are shares or counts.
    ///   - reference: a line to draw across the bars.
    ///   - label: the chart's `aria-label`.
    /// - Complexity: O(categories × series).
    static func horizontalBars(
        _ categories: [Category], series: [Series], kind: ValueKind, reference: Reference? = nil, label: String
    ) -> Markup {
        let twoLines = categories.contains { $0.detail != nil }
        let barHeight = series.count == 1 ? 22.0 : 16.0
        let blockHeight = Double(series.count) * barHeight + Double(max(0, series.count - 1)) * 2
        let gap = twoLines ? 16.0 : 12.0
        let top = reference == nil ? 30.0 : 50.0
        let height = top + Double(categories.count) * (blockHeight + gap) + 8
        let labels = categories.map { ($0.isHighlighted ? "▲ " : "") + $0.label }
        // Bold labels run about a tenth wider than the estimate.
        let widest =
            zip(labels, categories).map { label, category in
                max(
                    textWidth(label) * (category.isHighlighted ? 1.1 : 1),
                    textWidth(category.detail ?? "", fontSize: detailFontSize))
            }.max() ?? 0
        let labelWidth = min(width * 0.45, max(60, widest + 14))
        let left = labelWidth
        let right = width - 80

        let values = categories.flatMap(\.values).compactMap { $0 }.filter(\.isFinite)
        let ticks =
            kind == .share
            ? ticks(to: max(values.max() ?? 0, reference?.value ?? 0, 0.01))
            : ticks(to: max(values.max() ?? 0, reference?.value ?? 0, 1), minimumStep: 1)
        let domain = (ticks.first!, ticks.last!)
        let step = step(of: ticks)
        let x = { (value: Double) in scale(value, from: domain, to: (left, right)) }

        let blockTops = categories.indices.map { top + Double($0) * (blockHeight + gap) + gap / 2 }
        let bars = categories.indices.flatMap { index in
            series.indices.map { seriesIndex in
                let category = categories[index]
                let value = category.values.indices.contains(seriesIndex) ? category.values[seriesIndex] : nil
                return (
                    top: blockTops[index] + Double(seriesIndex) * (barHeight + 2), end: value.map(x) ?? left,
                    colour: category.isHighlighted && series.count == 1 ? Colour.highlight : series[seriesIndex].colour,
                    text: kind.text(value),
                    title: "\(category.label) · \(series[seriesIndex].name.plain): \(kind.text(value))"
                )
            }
        }

        // Drawn in layers: the reference line over the bars, the values over the line.
        return drawing(height: height, label: label) {
            for tick in ticks {
                line(x1: x(tick), y1: top - 6, x2: x(tick), y2: height - 8, style: "grid")
                SVGChart.label(kind.tick(tick, step: step), x: x(tick), y: top - 12, anchor: "middle", style: "tick")
            }
            for (index, category) in categories.enumerated() {
                let middle = blockTops[index] + blockHeight / 2
                SVGChart.label(
                    fitted(labels[index], width: (labelWidth - 14) / (category.isHighlighted ? 1.1 : 1)), x: left - 8,
                    y: category.detail == nil ? middle + 5 : middle - 1, anchor: "end",
                    weight: category.isHighlighted ? "bold" : nil)
                if let detail = category.detail {
                    SVGChart.label(
                        fitted(detail, width: labelWidth - 14, fontSize: detailFontSize), x: left - 8, y: middle + 14,
                        anchor: "end", style: "detail")
                }
            }
            for bar in bars {
                rect(x: left, y: bar.top, width: bar.end - left, height: barHeight, fill: bar.colour, title: bar.title)
            }
            line(x1: left, y1: top - 6, x2: left, y2: height - 8, style: "axis")
            if let reference, reference.value.isFinite {
                let at = x(reference.value)
                line(x1: at, y1: top - 6, x2: at, y2: height - 8, style: "reference")
                SVGChart.label(
                    reference.label,
                    x: min(max(at, textWidth(reference.label) / 2), width - textWidth(reference.label) / 2),
                    y: 18, anchor: "middle", style: "reference-label")
            }
            for bar in bars {
                SVGChart.label(bar.text, x: bar.end + 5, y: bar.top + barHeight / 2 + 5, style: "value halo")
            }
        }
    }

    /// Vertical bars, one group per category and one bar per series, with
    /// an optional line on a second axis at the right (the
    /// vacancy-to-applicant ratio over seekers and openings).
    ///
    /// Bars carry their values in a `<title>`; the table under the chart
    /// gives every number. A `nil` point breaks the line.
    ///
    /// - Parameters:
    ///   - categories: the groups of bars, left to right; their labels should be short.
    ///   - series: one entry per bar of each category.
    ///   - line: the line's series and one value per category.
    ///   - axisTitles: the left axis's title and the right one's.
    ///   - categoryTitle: the title under the categories.
    ///   - label: the chart's `aria-label`.
    /// - Complexity: O(categories × series).
    static func columns(
        _ categories: [Category], series: [Series], line: (series: Series, values: [Double?])? = nil,
        axisTitles: (left: String, right: String), categoryTitle: String, label: String
    ) -> Markup {
        let height = 340.0
        let (top, bottom) = (40.0, height - 54)
        let (left, right) = (64.0, line == nil ? width - 16 : width - 56)
        let counts = categories.flatMap(\.values).compactMap { $0 }.filter(\.isFinite)
        let ticks = ticks(to: max(counts.max() ?? 0, 1), minimumStep: 1)
        let lineValues = line?.values.compactMap { $0 }.filter(\.isFinite) ?? []
        let lineTicks = alignedTicks(to: max(lineValues.max() ?? 0, 0.01), steps: ticks.count - 1)
        let y = { (value: Double) in scale(value, from: (ticks.first!, ticks.last!), to: (bottom, top)) }
        let yLine = { (value: Double) in scale(value, from: (lineTicks.first!, lineTicks.last!), to: (bottom, top)) }
        let groupWidth = (right - left) / Double(max(1, categories.count))
        let barWidth = groupWidth * 0.78 / Double(max(1, series.count))
        let centre = { (index: Int) in left + (Double(index) + 0.5) * groupWidth }

        return drawing(height: height, label: label) {
            SVGChart.label(axisTitles.left, x: 4, y: 18, style: "axis-title")
            for tick in ticks {
                SVGChart.line(x1: left, y1: y(tick), x2: right, y2: y(tick), style: "grid")
                SVGChart.label(
                    countTick(tick, step: step(of: ticks)), x: left - 6, y: y(tick) + 5, anchor: "end", style: "tick")
            }
            for (index, category) in categories.enumerated() {
                for (seriesIndex, item) in series.enumerated() {
                    let value = category.values.indices.contains(seriesIndex) ? category.values[seriesIndex] : nil
                    let x = centre(index) - groupWidth * 0.39 + Double(seriesIndex) * barWidth
                    let barTop = value.map(y) ?? bottom
                    rect(
                        x: x + 1, y: barTop, width: barWidth - 2, height: bottom - barTop, fill: item.colour,
                        title: "\(category.label) · \(item.name.plain): \(ValueKind.count.text(value))")
                }
                SVGChart.label(category.label, x: centre(index), y: bottom + 20, anchor: "middle")
            }
            SVGChart.line(x1: left, y1: bottom, x2: right, y2: bottom, style: "axis")
            SVGChart.label(categoryTitle, x: (left + right) / 2, y: height - 8, anchor: "middle", style: "axis-title")
            if let line {
                SVGChart.label(axisTitles.right, x: width - 4, y: 18, anchor: "end", style: "axis-title")
                for tick in lineTicks {
                    SVGChart.label(
                        NumberText.trimmed(tick, decimals: 2), x: right + 6, y: yLine(tick) + 5, style: "tick")
                }
                let points = categories.indices.map { index in
                    line.values.indices.contains(index) ? line.values[index].flatMap { $0.isFinite ? $0 : nil } : nil
                }
                for run in runs(of: points) {
                    tag(
                        "polyline",
                        [
                            "points": run.map { "\(NumberText.svg(centre($0))),\(NumberText.svg(yLine(points[$0]!)))" }
                                .joined(separator: " "),
                            "fill": "none", "stroke": line.series.colour, "stroke-width": "2.5",
                        ])
                }
                for (index, point) in points.enumerated() {
                    if let point {
                        tag(
                            "circle",
                            [
                                "cx": NumberText.svg(centre(index)), "cy": NumberText.svg(yLine(point)), "r": "4",
                                "fill": line.series.colour, "stroke": "#ffffff", "stroke-width": "1.5",
                            ]
                        ) {
                            tag("title") {
                                "\(categories[index].label) · \(line.series.name.plain): \(NumberText.ratio(point))"
                            }
                        }
                    }
                }
            }
        }
    }

    /// The indices of `values` in runs of consecutive non-`nil` values, so a missing value breaks a line.
    static func runs(of values: [Double?]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, value) in values.enumerated() {
            if value == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
