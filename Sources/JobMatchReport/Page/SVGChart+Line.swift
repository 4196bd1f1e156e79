/// The line chart of the training curve.
extension SVGChart {
    /// A line through `points` with a dot and its value at each point.
    ///
    /// The vertical axis spans the points' values with round ticks rather
    /// than starting at zero: the gain of training is small beside all
    /// placements, and from zero it would look flat. Both axes are titled,
    /// so the reader sees where the axis starts.
    ///
    /// - Parameters:
    ///   - points: (x, y) in drawing order; at least one.
    ///   - series: the line's name and colour.
    ///   - axisTitles: the horizontal axis's title and the vertical one's.
    ///   - label: the chart's `aria-label`.
    /// - Complexity: O(points).
    static func lineChart(
        _ points: [(x: Double, y: Double)], series: Series, axisTitles: (x: String, y: String), label: String
    ) -> Markup {
        let height = 320.0
        let (top, bottom, left, right) = (44.0, height - 56, 76.0, width - 28)
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        let xTicks = ticks(to: max(finite.map(\.x).max() ?? 0, 1), minimumStep: 1)
        let ys = finite.map(\.y)
        let yTicks = ticks(from: ys.min() ?? 0, to: ys.max() ?? 1, count: 4, minimumStep: 1)
        let x = { (value: Double) in scale(value, from: (xTicks.first!, xTicks.last!), to: (left, right)) }
        let y = { (value: Double) in scale(value, from: (yTicks.first!, yTicks.last!), to: (bottom, top)) }

        return drawing(height: height, label: label) {
            SVGChart.label(axisTitles.y, x: 4, y: 18, style: "axis-title")
            for tick in yTicks {
                line(x1: left, y1: y(tick), x2: right, y2: y(tick), style: "grid")
                SVGChart.label(
                    countTick(tick, step: step(of: yTicks)), x: left - 6, y: y(tick) + 5, anchor: "end", style: "tick")
            }
            for tick in xTicks {
                line(x1: x(tick), y1: bottom, x2: x(tick), y2: bottom + 5, style: "axis")
                SVGChart.label(
                    countTick(tick, step: step(of: xTicks)), x: x(tick), y: bottom + 22, anchor: "middle", style: "tick"
                )
            }
            line(x1: left, y1: bottom, x2: right, y2: bottom, style: "axis")
            line(x1: left, y1: top, x2: left, y2: bottom, style: "axis")
            SVGChart.label(axisTitles.x, x: (left + right) / 2, y: height - 8, anchor: "middle", style: "axis-title")
            tag(
                "polyline",
                [
                    "points": finite.map { "\(NumberText.svg(x($0.x))),\(NumberText.svg(y($0.y)))" }.joined(
                        separator: " "),
                    "fill": "none", "stroke": series.colour, "stroke-width": "2.5",
                ])
            for point in finite {
                tag(
                    "circle",
                    [
                        "cx": NumberText.svg(x(point.x)), "cy": NumberText.svg(y(point.y)), "r": "4",
                        "fill": series.colour,
                    ]
                ) {
                    tag("title") { "\(ValueKind.count.text(point.x)): \(ValueKind.count.text(point.y))" }
                }
            }
            // Values only where they do not crowd: at most a dozen points.
            if finite.count <= 12 {
                for point in finite {
                    SVGChart.label(
                        ValueKind.count.text(point.y), x: x(point.x), y: y(point.y) - 10, anchor: "middle",
                        style: "value halo")
                }
            }
        }
    }
}
