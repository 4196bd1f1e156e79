import Foundation

/// The map of the city.
extension SVGChart {
    /// The city map's drawing and the legend that goes with it.
    struct MapFigure: Sendable {
        /// The `<svg>`.
        var drawing: Markup
        /// The HTML legend: density classes, posts, hard-to-fill posts, district centres.
        var legend: Markup
    }

    /// Shades of the seekers' density, light to dark.
    static let densityShades = ["#DDF1EC", "#ACDCD2", "#72C0B1", "#3A9C8B", "#176E61"]

    /// The city seen from above: the seekers' density grid as shaded cells,
    /// posts as dots, hard-to-fill posts as red triangles, district centres
    /// as rings with their names, a scale bar and north.
    ///
    /// The projection is equirectangular over the map's bounding box, with
    /// longitude scaled by the cosine of the mean latitude so that a
    /// kilometre is as long east–west as north–south at the city's middle.
    /// A box of zero size is widened to about a kilometre; posts that fall
    /// on the same spot of the drawing are drawn once, so twenty thousand
    /// posts stay a drawing a browser opens at once. Density classes split
    /// 1…the largest count on a square-root scale, so that a few crowded
    /// cells do not wash out the rest.
    ///
    /// - Parameters:
    ///   - map: the layers.
    ///   - districts: the centres to mark and label.
    ///   - label: the chart's `aria-label`.
    /// - Returns: `nil` when there is nothing to place: no seeker on the
    ///   grid, no post and no district, or no usable box.
    /// - Complexity: O(cells + posts + districts²).
    static func cityMap(_ map: CityMap, districts: [DistrictInfo], label: String) -> MapFigure? {
        let hasSeekers = map.seekerDensity.counts.contains { $0 > 0 }
        guard hasSeekers || !map.posts.isEmpty || !districts.isEmpty,
            let box = MapBox(map: map, districts: districts)
        else { return nil }
        let margin = 16.0
        let bottomBand = 40.0
        let scaleFactor = min((width - 2 * margin) / box.projectedWidth, 600 / box.projectedHeight)
        let mapWidth = box.projectedWidth * scaleFactor
        let mapHeight = box.projectedHeight * scaleFactor
        let originX = (width - mapWidth) / 2
        let originY = margin
        let height = mapHeight + margin + bottomBand
        let project = { (latitude: Double, longitude: Double) -> (x: Double, y: Double) in
            (
                originX + (longitude - box.minLongitude) * box.cosine * scaleFactor,
                originY + (box.maxLatitude - latitude) * scaleFactor
            )
        }

        let grid = map.seekerDensity
        let rows = max(0, grid.rows)
        let columns = max(0, grid.columns)
        let largest = grid.counts.max() ?? 0
        let thresholds = densityThresholds(largest: largest)
        let cellHeight = (box.maxLatitude - box.minLatitude) / Double(max(1, rows))
        let cellWidth = (box.maxLongitude - box.minLongitude) / Double(max(1, columns))

        let drawing = drawing(height: height, label: label) {
            rect(x: originX, y: originY, width: mapWidth, height: mapHeight, fill: "#FFFFFF")
            for row in 0..<rows {
                for column in 0..<columns {
                    let index = row * columns + column
                    if index < grid.counts.count, grid.counts[index] > 0 {
                        let corner = project(
                            box.minLatitude + Double(row + 1) * cellHeight,
                            box.minLongitude + Double(column) * cellWidth)
                        rect(
                            x: corner.x, y: corner.y, width: cellWidth * box.cosine * scaleFactor + 0.3,
                            height: cellHeight * scaleFactor + 0.3,
                            fill: densityShades[densityClass(grid.counts[index], thresholds: thresholds)],
                            title: "求职者 Seekers: \(NumberText.count(grid.counts[index]))")
                    }
                }
            }
            tag(
                "rect",
                [
                    "x": NumberText.svg(originX), "y": NumberText.svg(originY), "width": NumberText.svg(mapWidth),
                    "height": NumberText.svg(mapHeight), "class": "frame",
                ])
            postDots(map.posts, project: project)
            districtMarks(districts, project: project, bounds: (0, width, 0, height - bottomBand))
            scaleBar(unitsPerKilometre: scaleFactor / 111.32, x: originX, y: height - 14)
            northArrow(x: originX + mapWidth - 22, y: originY + 8)
        }

        let legend = tag("ul", ["class": "legend"]) {
            let ranges = densityRanges(thresholds: thresholds, largest: largest)
            if !ranges.isEmpty {
                tag("li") { Bilingual("每格求职者：", "Seekers per cell:").markup }
            }
            for (index, range) in ranges.enumerated() {
                tag("li") {
                    swatch(colour: densityShades[index], isLine: false)
                    range
                }
            }
            tag("li") {
                tag("svg", ["class": "swatch", "viewBox": "0 0 16 16", "aria-hidden": "true"]) {
                    tag("circle", ["cx": "8", "cy": "8", "r": "3.5", "class": "post"])
                }
                Bilingual("岗位", "Post").markup
            }
            tag("li") {
                tag("svg", ["class": "swatch", "viewBox": "0 0 16 16", "aria-hidden": "true"]) {
                    tag("polygon", ["points": "8,2 14.5,14 1.5,14", "class": "hard"])
                }
                Bilingual("难招岗位", "Hard-to-fill post").markup
            }
            if !districts.isEmpty {
                tag("li") {
                    tag("svg", ["class": "swatch", "viewBox": "0 0 16 16", "aria-hidden": "true"]) {
                        tag("circle", ["cx": "8", "cy": "8", "r": "5", "class": "centre"])
                    }
                    Bilingual("区县中心", "District centre").markup
                }
            }
        }
        return MapFigure(drawing: drawing, legend: legend)
    }

    // MARK: - Layers

    /// The posts, ordinary ones first so hard-to-fill triangles lie on top;
    /// one mark per spot of the drawing.
    private static func postDots(_ posts: [MapPost], project: (Double, Double) -> (x: Double, y: Double)) -> Markup {
        var ordinary: [String: (x: Double, y: Double)] = [:]
        var hard: [String: (x: Double, y: Double)] = [:]
        var order: [(key: String, isHard: Bool)] = []
        for post in posts where post.latitude.isFinite && post.longitude.isFinite {
            let point = project(post.latitude, post.longitude)
            let key = NumberText.svg(point.x) + "," + NumberText.svg(point.y)
            if post.isHardToFill {
                if hard.updateValue(point, forKey: key) == nil { order.append((key, true)) }
            } else if ordinary.updateValue(point, forKey: key) == nil {
                order.append((key, false))
            }
        }
        return tag("g", ["class": "posts"]) {
            for (key, isHard) in order where !isHard {
                let point = ordinary[key]!
                tag(
                    "circle",
                    ["cx": NumberText.svg(point.x), "cy": NumberText.svg(point.y), "r": "2.6", "class": "post"])
            }
            for (key, isHard) in order where isHard {
                let point = hard[key]!
                tag(
                    "polygon",
                    [
                        "points": [(0.0, -6.5), (5.6, 3.5), (-5.6, 3.5)]
                            .map { "\(NumberText.svg(point.x + $0.0)),\(NumberText.svg(point.y + $0.1))" }
                            .joined(separator: " "),
                        "class": "hard",
                    ])
            }
        }
    }

    /// District centres as rings, each named where its name overlaps no
    /// name placed before it: right, left, above or below the ring.
    private static func districtMarks(
        _ districts: [DistrictInfo], project: (Double, Double) -> (x: Double, y: Double),
        bounds: (minX: Double, maxX: Double, minY: Double, maxY: Double)
    ) -> Markup {
        var placed: [(minX: Double, minY: Double, maxX: Double, maxY: Double)] = []
        var marks: [Markup] = []
        var labels: [Markup] = []
        for district in districts where district.latitude.isFinite && district.longitude.isFinite {
            let point = project(district.latitude, district.longitude)
            marks.append(
                tag(
                    "circle",
                    ["cx": NumberText.svg(point.x), "cy": NumberText.svg(point.y), "r": "5", "class": "centre"]
                ) {
                    tag("title") { Bilingual(district.nameZh ?? district.name, district.name).plain }
                })
            let name = district.nameZh ?? district.name
            let textWidth = textWidth(name)
            // (x of the box's left edge, y of the baseline, anchor)
            let candidates: [(left: Double, baseline: Double, anchor: String)] = [
                (point.x + 9, point.y + 5, "start"),
                (point.x - 9 - textWidth, point.y + 5, "end"),
                (point.x - textWidth / 2, point.y - 10, "middle"),
                (point.x - textWidth / 2, point.y + 22, "middle"),
            ]
            let boxes = candidates.map {
                (minX: $0.left, minY: $0.baseline - fontSize, maxX: $0.left + textWidth, maxY: $0.baseline + 3)
            }
            let fits = { (box: (minX: Double, minY: Double, maxX: Double, maxY: Double)) in
                box.minX >= bounds.minX && box.maxX <= bounds.maxX && box.minY >= bounds.minY && box.maxY <= bounds.maxY
                    && !placed.contains {
                        $0.minX < box.maxX && box.minX < $0.maxX && $0.minY < box.maxY && box.minY < $0.maxY
                    }
            }
            let choice = boxes.indices.first { fits(boxes[$0]) } ?? 0
            placed.append(boxes[choice])
            let candidate = candidates[choice]
            let x =
                candidate.anchor == "start"
                ? candidate.left : candidate.anchor == "end" ? candidate.left + textWidth : point.x
            labels.append(label(name, x: x, y: candidate.baseline, anchor: candidate.anchor, style: "place halo"))
        }
        return tag("g", ["class": "districts"]) {
            marks
            labels
        }
    }

    /// A bar of a round number of kilometres, at most about 160 units long.
    private static func scaleBar(unitsPerKilometre: Double, x: Double, y: Double) -> Markup {
        guard unitsPerKilometre.isFinite, unitsPerKilometre > 0 else { return .empty }
        let kilometres =
            [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
            .last { $0 * unitsPerKilometre <= 160 } ?? 0.1
        let length = kilometres * unitsPerKilometre
        return tag("g", ["class": "scale-bar"]) {
            line(x1: x, y1: y, x2: x + length, y2: y, style: "axis")
            line(x1: x, y1: y - 5, x2: x, y2: y, style: "axis")
            line(x1: x + length, y1: y - 5, x2: x + length, y2: y, style: "axis")
            label(NumberText.kilometres(kilometres), x: x + length + 6, y: y + 4, style: "tick")
        }
    }

    /// An arrow pointing north, marked 北 N.
    private static func northArrow(x: Double, y: Double) -> Markup {
        tag("g", ["class": "north"]) {
            tag(
                "polygon",
                [
                    "points":
                        "\(NumberText.svg(x)),\(NumberText.svg(y)) \(NumberText.svg(x + 6)),\(NumberText.svg(y + 16)) \(NumberText.svg(x - 6)),\(NumberText.svg(y + 16))"
                ])
            label("北 N", x: x, y: y + 34, anchor: "middle", style: "tick halo")
        }
    }

    // MARK: - Density classes

    /// The lowest count of each class after the first; the first starts at 1.
    private static func densityThresholds(largest: Int) -> [Int] {
        guard largest > 1 else { return [] }
        let classes = min(densityShades.count, largest)
        var thresholds: [Int] = []
        for index in 1..<classes {
            let value = Int((Double(largest) * pow(Double(index) / Double(classes), 2)).rounded(.up)) + 1
            if value > (thresholds.last ?? 1), value <= largest { thresholds.append(value) }
        }
        return thresholds
    }

    /// The class of `count` (at least 1) under `thresholds`.
    private static func densityClass(_ count: Int, thresholds: [Int]) -> Int {
        thresholds.lastIndex { count >= $0 }.map { $0 + 1 } ?? 0
    }

    /// Each class's range as text: "1–12", "13–40", … ending at `largest`.
    private static func densityRanges(thresholds: [Int], largest: Int) -> [String] {
        guard largest > 0 else { return [] }
        let starts = [1] + thresholds
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : largest
            return starts[index] == end
                ? NumberText.count(end) : NumberText.count(starts[index]) + "–" + NumberText.count(end)
        }
    }
}

/// The part of the Earth a map shows, in degrees, and its projected size.
private struct MapBox {
    /// The box's edges, degrees.
    var minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double
    /// cos(mean latitude): how much shorter a degree of longitude is than one of latitude.
    var cosine: Double

    /// The map's box, or the box around its posts and districts when the
    /// map's own is not usable; `nil` when there is nothing to place.
    init?(map: CityMap, districts: [DistrictInfo]) {
        var box = (map.minLatitude, map.maxLatitude, map.minLongitude, map.maxLongitude)
        let usable =
            [box.0, box.1, box.2, box.3].allSatisfy(\.isFinite) && box.0 <= box.1 && box.2 <= box.3
            && box.0 >= -90 && box.1 <= 90
        if !usable {
            let points = map.posts.map { ($0.latitude, $0.longitude) } + districts.map { ($0.latitude, $0.longitude) }
            let finite = points.filter { $0.0.isFinite && $0.1.isFinite && abs($0.0) <= 90 }
            guard !finite.isEmpty else { return nil }
            box = (finite.map(\.0).min()!, finite.map(\.0).max()!, finite.map(\.1).min()!, finite.map(\.1).max()!)
        }
        // About a kilometre around a single point.
        if box.1 - box.0 < 1e-6 { (box.0, box.1) = (max(-90, box.0 - 0.005), min(90, box.1 + 0.005)) }
        if box.3 - box.2 < 1e-6 { (box.2, box.3) = (box.2 - 0.005, box.3 + 0.005) }
        (minLatitude, maxLatitude, minLongitude, maxLongitude) = box
        cosine = max(0.01, cos((box.0 + box.1) / 2 * .pi / 180))
    }

    /// The box's width in degrees of latitude.
    var projectedWidth: Double { (maxLongitude - minLongitude) * cosine }
    /// The box's height in degrees of latitude.
    var projectedHeight: Double { maxLatitude - minLatitude }
}
