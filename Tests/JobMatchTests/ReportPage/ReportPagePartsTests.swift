import Foundation
import Testing

@testable import JobMatchReport

/// The page's small parts: number formats, escaping, axes and the map's projection.
@Suite("Report page: numbers, escaping, axes, projection")
struct ReportPagePartsTests {
    @Test("counts with thousands separators")
    func counts() {
        #expect(NumberText.count(0) == "0")
        #expect(NumberText.count(999) == "999")
        #expect(NumberText.count(1_000) == "1,000")
        #expect(NumberText.count(1_234_567) == "1,234,567")
        #expect(NumberText.count(-12_345) == "-12,345")
        #expect(NumberText.count(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test("rates as percentages with one decimal, ratios with two, missing values as a dash")
    func ratesAndRatios() {
        #expect(NumberText.percent(0.4531) == "45.3%")
        #expect(NumberText.percent(1) == "100.0%")
        #expect(NumberText.percent(0) == "0.0%")
        #expect(NumberText.percent(-0.0001) == "0.0%")
        #expect(NumberText.ratio(1.2345) == "1.23")
        #expect(NumberText.ratio(0) == "0.00")
        for missing in [nil, .nan, .infinity, -.infinity] as [Double?] {
            #expect(NumberText.percent(missing) == "—")
            #expect(NumberText.ratio(missing) == "—")
        }
        #expect(NumberText.kilometres(1) == "1 km")
        #expect(NumberText.kilometres(2.5) == "2.5 km")
        #expect(NumberText.svg(.nan) == "0")
    }

    @Test("escaping: markup characters as entities, characters XML forbids replaced")
    func escaping() {
        #expect(HTMLText.escaped(#"<a href="x">&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escaped("黄石 Huangshi") == "黄石 Huangshi")
        #expect(HTMLText.escaped("a\u{0}b\u{1B}c\td\ne\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\td\ne\u{FFFD}")
        #expect(HTMLText.escaped("🙂") == "🙂")
        let element = Markup.element("td", ["title": #"" onclick="x"#, "class": nil], content: .text("<b>"))
        #expect(element.rendered == #"<td title="&quot; onclick=&quot;x">&lt;b&gt;</td>"#)
        #expect(Markup.element("td").rendered == "<td></td>")
        #expect(Markup.element("rect", ["x": "1"]).rendered == #"<rect x="1"/>"#)
    }

    @Test("axes: round ticks covering the values, two at least, even for empty or odd ranges")
    func ticks() {
        #expect(SVGChart.ticks(to: 6_341) == [0, 2_000, 4_000, 6_000, 8_000])
        #expect(SVGChart.ticks(to: 0.52).map { ($0 * 10).rounded() / 10 } == [0, 0.2, 0.4, 0.6])
        #expect(SVGChart.ticks(to: 3, minimumStep: 1) == [0, 1, 2, 3])
        for (lower, upper) in [(0.0, 0.0), (5, 5), (0, .nan), (.infinity, 1), (10, 2), (8_123, 8_194)] {
            let ticks = SVGChart.ticks(from: lower, to: upper)
            #expect(ticks.count >= 2 && ticks.allSatisfy(\.isFinite), "\(lower)…\(upper): \(ticks)")
            #expect(ticks == ticks.sorted())
        }
        #expect(SVGChart.alignedTicks(to: 1.5, steps: 3) == [0, 0.5, 1, 1.5])
        #expect(SVGChart.runs(of: [1, nil, 2, 3, nil]) == [[0], [2, 3]])
    }

    @Test("the map is equirectangular, longitude scaled by the cosine of the mean latitude")
    func projection() throws {
        // One degree by one degree at a mean latitude of 60°: half as wide as tall.
        let map = CityMap(
            minLatitude: 59.5, maxLatitude: 60.5, minLongitude: 10, maxLongitude: 11,
            seekerDensity: DensityGrid(rows: 2, columns: 2, counts: [1, 0, 0, 4]),
            posts: [
                MapPost(id: "west", latitude: 60, longitude: 10, openings: 1, isHardToFill: false),
                MapPost(id: "east", latitude: 60, longitude: 11, openings: 1, isHardToFill: true),
            ])
        let figure = try #require(SVGChart.cityMap(map, districts: [], label: "map"))
        let svg = try ParsedPage.parse(figure.drawing.rendered)
        let frame = try #require(svg.all("rect").first { $0.attributes["class"] == "frame" })
        let width = Double(frame.attributes["width"]!)!
        let height = Double(frame.attributes["height"]!)!
        #expect(abs(width / height - cos(60 * Double.pi / 180)) < 0.01)
        let west = try #require(svg.all("circle").first { $0.attributes["class"] == "post" })
        #expect(abs(Double(west.attributes["cx"]!)! - Double(frame.attributes["x"]!)!) < 0.2)
        #expect(abs(Double(west.attributes["cy"]!)! - (Double(frame.attributes["y"]!)! + height / 2)) < 0.2)
        // Two shaded cells: the south-west one (row 0) at the bottom left.
        let cells = svg.all("rect").filter { $0.attributes["title"] == nil && $0.first("title") != nil }
        #expect(cells.count == 2)
        let southWest = try #require(cells.first { $0.first("title")?.normalizedText.hasSuffix(": 1") == true })
        #expect(Double(southWest.attributes["y"]!)! > Double(frame.attributes["y"]!)! + height / 2 - 1)
    }

    @Test("a map of one point still has a size; a map of nothing is left out")
    func degenerateMaps() throws {
        let point = CityMap(
            minLatitude: 30.2, maxLatitude: 30.2, minLongitude: 115, maxLongitude: 115,
            seekerDensity: DensityGrid(rows: 1, columns: 1, counts: [5]),
            posts: [MapPost(id: "P", latitude: 30.2, longitude: 115, openings: 1, isHardToFill: false)])
        let figure = try #require(SVGChart.cityMap(point, districts: [], label: "map"))
        #expect(!figure.drawing.rendered.contains("NaN"))
        _ = try ParsedPage.parse(figure.drawing.rendered)
        let nothing = CityMap(
            minLatitude: .nan, maxLatitude: 1, minLongitude: 0, maxLongitude: 1,
            seekerDensity: DensityGrid(rows: 0, columns: 0, counts: []), posts: [])
        #expect(SVGChart.cityMap(nothing, districts: [], label: "map") == nil)
    }
}
