import Foundation

/// The page's charts as inline SVG, drawn from plain numbers.
///
/// Every chart is 560 units wide; its height follows from what it shows.
/// The page scales it with `width: 100%` and the `viewBox`, so the same
/// drawing serves a 1366-pixel screen, a phone and paper. The width is a
/// compromise between the two screens: the style sheet caps a chart at 640
/// pixels, so labels are about 18 pixels on a wide screen and still about
/// 10 on a phone 390 pixels wide. Legends are HTML
/// beside the drawing (``legend(_:)``), where text wraps and keeps its size.
/// Values that are `nil` or not finite are drawn as nothing and labelled
/// "—"; empty or all-zero data gives a valid axis from 0 to 1.
enum SVGChart {
    /// The width of every chart's `viewBox`.
    static let width = 560.0
    /// The size of labels and ticks, in `viewBox` units.
    static let fontSize = 15.5

    /// One series of a chart: its name and colour.
    struct Series: Sendable {
        /// The name in the legend.
        var name: Bilingual
        /// A CSS colour.
        var colour: String
        /// How the legend draws it: a bar's swatch or a line.
        var isLine = false
    }

    /// One labelled group of bars: a value for each series.
    struct Category: Sendable {
        /// The label beside the bars.
        var label: String
        /// A second, smaller line under the label: the English of a Chinese name.
        var detail: String?
        /// One value per series; `nil` for a value that does not exist.
        var values: [Double?]
        /// Drawn in the highlight colour with a marker: a group below the four-fifths line.
        var isHighlighted = false

        /// A category labelled `label`.
        init(label: String, detail: String? = nil, values: [Double?], isHighlighted: Bool = false) {
            (self.label, self.detail, self.values, self.isHighlighted) = (label, detail, values, isHighlighted)
        }

        /// A category labelled with `name`: Chinese on the first line, English under it.
        init(_ name: Bilingual, values: [Double?], isHighlighted: Bool = false) {
            let english = name.english == name.chinese ? nil : name.english
            self.init(label: name.chinese, detail: english, values: values, isHighlighted: isHighlighted)
        }
    }

    /// The size of a label's second line, in `viewBox` units.
    static let detailFontSize = 13.0

    /// A vertical line across a chart: the four-fifths line or a target.
    struct Reference: Sendable {
        /// Where it stands, in the chart's units.
        var value: Double
        /// The text at its top.
        var label: String
    }

    /// Colours with a contrast of at least 3:1 against white, for bars and lines.
    enum Colour {
        static let seekers = "#0072B2"
        static let openings = "#B35900"
        static let ratio = "#C0392B"
        static let highlight = "#C0392B"
        static let before = "#8C8C8C"
        static let after = "#0072B2"
        static let neutral = "#555555"
        /// Categorical colours for any number of series.
        static let cycle = ["#0072B2", "#B35900", "#007A5E", "#A8458A", "#555555"]
        /// Light to dark blues, for ordered series such as the circles' radii.
        static let blues = ["#4A90C8", "#1F6AA5", "#0B3F6E"]

        /// `count` colours for ordered series: blues while they last, then the cycle.
        static func ordered(count: Int) -> [String] {
            count <= blues.count ? Array(blues.suffix(count)) : (0..<count).map { cycle[$0 % cycle.count] }
        }
    }

    // MARK: - The drawing

    /// The chart's root element: scaled by the page, announced as one image.
    ///
    /// - Parameters:
    ///   - height: the `viewBox` height.
    ///   - label: the `aria-label`: what the chart shows, in words.
    ///   - content: the drawing.
    static func drawing(height: Double, label: String, @MarkupBuilder content: () -> Markup) -> Markup {
        tag(
            "svg",
            [
                "class": "chart", "role": "img", "aria-label": label,
                "viewBox": "0 0 \(NumberText.svg(width)) \(NumberText.svg(height))",
                "width": "100%", "preserveAspectRatio": "xMidYMid meet",
            ], content: content)
    }

    /// A text label at (`x`, `y`).
    ///
    /// - Parameters:
    ///   - anchor: `start`, `middle` or `end`.
    ///   - style: a class of the page's style sheet, such as `tick` or `halo`.
    static func label(
        _ text: String, x: Double, y: Double, anchor: String = "start", style: String? = nil, weight: String? = nil
    ) -> Markup {
        tag(
            "text",
            [
                "x": NumberText.svg(x), "y": NumberText.svg(y), "text-anchor": anchor == "start" ? nil : anchor,
                "class": style, "font-weight": weight,
            ]
        ) { text }
    }

    /// A line from (`x1`, `y1`) to (`x2`, `y2`) in class `style`.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, style: String) -> Markup {
        tag(
            "line",
            [
                "x1": NumberText.svg(x1), "y1": NumberText.svg(y1), "x2": NumberText.svg(x2), "y2": NumberText.svg(y2),
                "class": style,
            ])
    }

    /// A rectangle; a negative width or height is drawn as zero.
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil)
        -> Markup
    {
        tag(
            "rect",
            [
                "x": NumberText.svg(x), "y": NumberText.svg(y),
                "width": NumberText.svg(max(0, width)), "height": NumberText.svg(max(0, height)), "fill": fill,
            ]
        ) {
            if let title { tag("title") { title } }
        }
    }

    // MARK: - Legend

    /// The legend of `series`, as an HTML list placed above the drawing.
    ///
    /// Each entry has a small swatch drawn in SVG, which prints even when a
    /// browser leaves background colours out.
    static func legend(_ series: [Series], extra: [Markup] = []) -> Markup {
        tag("ul", ["class": "legend"]) {
            for item in series {
                tag("li") {
                    swatch(colour: item.colour, isLine: item.isLine)
                    item.name.markup
                }
            }
            extra
        }
    }

    /// A legend entry for a chart's dashed reference line.
    static func referenceEntry(_ name: Bilingual) -> Markup {
        tag("li") {
            tag("svg", ["class": "swatch", "viewBox": "0 0 16 16", "aria-hidden": "true"]) {
                tag(
                    "line",
                    [
                        "x1": "8", "y1": "0", "x2": "8", "y2": "16", "stroke": "#1a1a1a", "stroke-width": "2",
                        "stroke-dasharray": "4 2",
                    ])
            }
            name.markup
        }
    }

    /// A legend entry for highlighted bars: the highlight colour and the ▲ mark.
    static func highlightEntry(_ name: Bilingual) -> Markup {
        tag("li") {
            swatch(colour: Colour.highlight, isLine: false)
            "▲ "
            name.markup
        }
    }

    /// A legend's swatch: a square, or a short line with a dot.
    static func swatch(colour: String, isLine: Bool) -> Markup {
        tag("svg", ["class": "swatch", "viewBox": "0 0 16 16", "aria-hidden": "true"]) {
            if isLine {
                tag("line", ["x1": "0", "y1": "8", "x2": "16", "y2": "8", "stroke": colour, "stroke-width": "2.5"])
                tag("circle", ["cx": "8", "cy": "8", "r": "3.5", "fill": colour])
            } else {
                tag("rect", ["x": "1", "y": "1", "width": "14", "height": "14", "fill": colour])
            }
        }
    }

    // MARK: - Scales

    /// A nice axis from 0 (or `lower`) to at least `upper`: round ticks of
    /// 1, 2 or 5 times a power of ten, about `count` of them.
    ///
    /// - Parameter minimumStep: the finest step; 1 for counts, which have no fractions.
    /// - Returns: the ticks, first the lower end, last the upper end, at
    ///   least two. A range that is empty, zero or not finite becomes 0…1.
    static func ticks(from lower: Double = 0, to upper: Double, count: Int = 5, minimumStep: Double = 0) -> [Double] {
        var (low, high) = (lower.isFinite ? lower : 0, upper.isFinite ? upper : 1)
        if high < low { swap(&low, &high) }
        if high - low < 1e-12 { high = low == 0 ? 1 : low + max(1, abs(low) * 0.1) }
        let rough = (high - low) / Double(max(1, count))
        let magnitude = pow(10, floor(log10(rough)))
        let step = max(minimumStep, [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude)
        let first = floor(low / step) * step
        let last = ceil(high / step - 1e-9) * step
        let steps = max(1, Int(((last - first) / step).rounded()))
        return (0...steps).map { first + Double($0) * step }
    }

    /// Ticks from 0 to at least `upper` in exactly `steps` round steps, so
    /// that a second axis shares the first one's grid lines.
    static func alignedTicks(to upper: Double, steps: Int) -> [Double] {
        let steps = max(1, steps)
        let high = upper.isFinite && upper > 0 ? upper : 1
        let rough = high / Double(steps)
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough * (1 - 1e-9) } ?? 10 * magnitude
        return (0...steps).map { Double($0) * step }
    }

    /// The step between `ticks`, for choosing how many decimals to write.
    static func step(of ticks: [Double]) -> Double {
        ticks.count > 1 ? ticks[1] - ticks[0] : 1
    }

    /// Maps `value` from `domain` onto `range`; a zero-width domain maps to the range's start.
    static func scale(_ value: Double, from domain: (Double, Double), to range: (Double, Double)) -> Double {
        let span = domain.1 - domain.0
        guard span != 0, span.isFinite, value.isFinite else { return range.0 }
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }

    /// A tick's text for a share axis: whole percents unless the step is finer.
    static func percentTick(_ value: Double, step: Double) -> String {
        NumberText.fixed(value * 100, decimals: step * 100 < 1 ? 1 : 0) + "%"
    }

    /// A tick's text for a count axis: whole numbers with separators, or two decimals for small ratios.
    static func countTick(_ value: Double, step: Double) -> String {
        step < 1 ? NumberText.trimmed(value, decimals: 2) : ValueKind.count.text(value)
    }

    // MARK: - Text

    /// The approximate width of `text` at `fontSize`: ideographs and other
    /// wide characters take a full em, the rest a little over half.
    ///
    /// Good enough to lay out labels without measuring a font the page cannot ship.
    static func textWidth(_ text: String, fontSize: Double = SVGChart.fontSize) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            let wide =
                (0x1100...0x11FF).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || scalar.value >= 0x20000
            return width + fontSize * (wide ? 1.0 : 0.58)
        }
    }

    /// `text` cut to about `width` units, with an ellipsis when cut.
    static func fitted(_ text: String, width: Double, fontSize: Double = SVGChart.fontSize) -> String {
        guard textWidth(text, fontSize: fontSize) > width else { return text }
        var cut = ""
        for character in text {
            if textWidth(cut + String(character) + "…", fontSize: fontSize) > width { break }
            cut.append(character)
        }
        return cut + "…"
    }
}
