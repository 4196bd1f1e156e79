import Foundation
import Testing

@testable import JobMatchReport

/// The pages the tests render: the full one and the degenerate ones.
enum PageSample: String, CaseIterable, Sendable {
    case full, emptyGroups, noDistricts, oneDistrict, zeroSeekers, noTraining, noWhatIf, nilRatios, nothing, nonFinite

    var page: ReportPage {
        switch self {
        case .full: ReportPageSamples.full()
        case .emptyGroups: ReportPageSamples.emptyGroups()
        case .noDistricts: ReportPageSamples.noDistricts()
        case .oneDistrict: ReportPageSamples.oneDistrict()
        case .zeroSeekers: ReportPageSamples.zeroSeekers()
        case .noTraining: ReportPageSamples.noTraining()
        case .noWhatIf: ReportPageSamples.noWhatIf()
        case .nilRatios: ReportPageSamples.nilRatios()
        case .nothing: ReportPageSamples.nothing()
        case .nonFinite: ReportPageSamples.nonFinite()
        }
    }

    var html: String { ReportPageRenderer.html(page) }
}

@Suite("Report page: a self-contained, well-formed document")
struct ReportPageDocumentTests {
    static let sections = [
        "overview", "supply-demand", "circles", "map", "key-groups", "hard-to-fill", "exposure", "training", "what-if",
    ]
    static let charts = [
        "chart-high-skill", "chart-grades", "chart-grades-by-district", "chart-circles", "chart-map",
        "chart-key-groups",
        "chart-warning-levels", "chart-hard-to-fill-types", "chart-hard-to-fill-districts", "chart-exposure",
        "chart-training-curve", "chart-training-courses", "chart-what-if-groups", "chart-what-if-warnings",
        "chart-what-if-districts",
    ]

    @Test("parses as XML, in Chinese, UTF-8, its style inline", arguments: PageSample.allCases)
    func parsesAsXML(sample: PageSample) throws {
        let html = sample.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        let root = try ParsedPage.parse(html)
        #expect(root.name == "html")
        #expect(root.attributes["lang"] == "zh-CN")
        let head = try #require(root.first("head"))
        #expect(head.first("meta")?.attributes["charset"] == "utf-8")
        #expect(head.first("title")?.normalizedText == "就业供需匹配报告 Job matching report")
        #expect(head.first("style")?.text.contains("@media print") == true)
        #expect(root.first("h1")?.normalizedText == "就业供需匹配报告 Job matching report")
    }

    @Test("every chart is a figure with an SVG image and a table under it")
    func everyChartIsPresent() throws {
        let root = try ParsedPage.parse(PageSample.full.html)
        for id in Self.charts {
            let figure = try #require(root.element(id: id), "no chart \(id)")
            #expect(figure.name == "figure")
            #expect(figure.first("figcaption")?.normalizedText.isEmpty == false)
            let svg = try #require(figure.all("svg").first { $0.attributes["class"] == "chart" }, "no drawing in \(id)")
            #expect(svg.attributes["role"] == "img")
            #expect(svg.attributes["aria-label"]?.isEmpty == false)
            #expect(svg.attributes["viewBox"]?.hasPrefix("0 0 560 ") == true)
            #expect(svg.attributes["width"] == "100%")
            let table = try #require(figure.first("table"), "no table under \(id)")
            #expect(table.first("caption")?.normalizedText.isEmpty == false)
            #expect(table.first("thead")?.all("th").allSatisfy { $0.attributes["scope"] == "col" } == true)
            #expect(!table.rows.isEmpty)
            let order = figure.descendants.map { ObjectIdentifier($0) }
            #expect(order.firstIndex(of: ObjectIdentifier(svg))! < order.firstIndex(of: ObjectIdentifier(table))!)
        }
        // Every other SVG is a legend swatch, hidden from screen readers.
        for svg in root.all("svg") where svg.attributes["class"] != "chart" {
            #expect(svg.attributes["aria-hidden"] == "true")
        }
    }

    @Test("the table of contents links every section; nothing points outside the page", arguments: PageSample.allCases)
    func linksStayInside(sample: PageSample) throws {
        let html = sample.html
        let root = try ParsedPage.parse(html)
        let ids = root.descendants.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids repeat")
        for element in root.descendants {
            for attribute in ["src", "href", "xlink:href", "action", "poster", "srcset"] {
                guard let value = element.attributes[attribute] else { continue }
                #expect(
                    value.hasPrefix("#") && ids.contains(String(value.dropFirst())),
                    "\(element.name) \(attribute)=\(value)")
            }
        }
        for outside in ["url(", "<script", "<link", "<img", "<iframe", "<object", "@import", "://"] {
            #expect(!html.contains(outside), "\(outside) in the page")
        }
        let links = try #require(root.first("nav")).all("a").compactMap { $0.attributes["href"] }
        let sections = root.all("section").compactMap { $0.attributes["id"] }
        #expect(links == sections.map { "#" + $0 })
        #expect(
            sections == (sample == .noWhatIf || sample == .nothing ? Array(Self.sections.dropLast()) : Self.sections))
        for section in root.all("section") {
            #expect(section.children.first?.name == "h2")
        }
    }

    @Test("no NaN or infinity anywhere", arguments: PageSample.allCases)
    func noNonFiniteNumbers(sample: PageSample) {
        let words = sample.html.lowercased().split { !$0.isLetter }
        for word in ["nan", "inf", "infinity"] {
            #expect(!words.contains(Substring(word)), "\(word) in the page")
        }
    }

    @Test("text from the data is escaped and reads back as it was")
    func textIsEscaped() throws {
        var page = ReportPageSamples.full()
        let title = #"<script>&""#
        page.report.hardToFill.posts[0].title = title
        page.report.hardToFill.posts[0].openings = 1_000
        page.districts[0].name = "Huang<b>shi</b> & 'Co'"
        page.generated.inputs = ["a&b<c>.csv"]
        page.report.keyGroups.groups.append(
            KeyGroupRow(
                group: "<x y=\"1\">", seekers: 1, feasible: 1, placed: 1, selectionRate: 1, selectionImpactRatio: 1,
                bestScoreMedianRate: 1, bestScoreImpactRatio: 1, belowFourFifths: false))
        page.report.hardToFill.posts[1].title = "bell\u{07} and \u{FFFE}"
        page.report.hardToFill.posts[1].openings = 999
        let html = ReportPageRenderer.html(page)

        #expect(html.contains("&lt;script&gt;&amp;&quot;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<x"))
        #expect(!html.contains("\u{07}"))
        let root = try ParsedPage.parse(html)
        let posts = try #require(root.element(id: "hard-to-fill")?.all("table").last)
        #expect(posts.rows.first?[1] == title)
        #expect(posts.rows.contains { $0[1] == "bell\u{FFFD} and \u{FFFD}" })
        #expect(root.first("header")?.normalizedText.contains("a&b<c>.csv") == true)
        #expect(root.normalizedText.contains("Huang<b>shi</b> & 'Co'"))
        #expect(root.element(id: "chart-key-groups")?.first("table")?.rows.contains { $0[0] == "<x y=\"1\">" } == true)
    }
}
