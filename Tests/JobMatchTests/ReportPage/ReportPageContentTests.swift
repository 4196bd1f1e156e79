import Foundation
import Testing

@testable import JobMatchReport

/// The numbers of the model appear in the page's tables, written as the
/// page writes numbers; and pages with little or no data say so.
@Suite("Report page: the model's numbers in the tables")
struct ReportPageContentTests {
    let page = ReportPageSamples.full()
    let root: PageElement

    init() throws {
        root = try ParsedPage.parse(ReportPageRenderer.html(page))
    }

    /// The rows of the `index`th table of the element with `id`.
    func rows(_ id: String, table index: Int = 0) throws -> [[String]] {
        let element = try #require(root.element(id: id), "no element \(id)")
        let tables = element.all("table")
        try #require(tables.indices.contains(index), "\(id) has no table \(index)")
        return tables[index].rows
    }

    @Test("overview and high-skill share")
    func overview() throws {
        let figures = try #require(root.element(id: "overview")?.first("dl")).all("dd").map(\.normalizedText)
        #expect(figures == ["20,000", "5,000", "9,870", "1,234,567", "8,123", "40.6%"])
        #expect(try rows("chart-high-skill") == [["18,800", "7,600", "40.4%", "35.0%"]])
    }

    @Test("supply and demand by grade and by district")
    func supplyAndDemand() throws {
        #expect(
            try rows("chart-grades")
                == page.report.grades.map {
                    [
                        PageLabels.grade($0.grade).plain, NumberText.count($0.seekers), NumberText.count($0.openings),
                        NumberText.ratio($0.ratio),
                    ]
                })
        let byDistrict = try #require(page.report.gradesByDistrict)
        let totals = try rows("chart-grades-by-district")
        #expect(totals.count == byDistrict.count)
        let huangshigang = try #require(byDistrict["huangshigang"])
        let seekers = huangshigang.reduce(0) { $0 + $1.seekers }
        let openings = huangshigang.reduce(0) { $0 + $1.openings }
        #expect(
            totals.first == [
                "黄石港区 Huangshigang District", NumberText.count(seekers), NumberText.count(openings),
                NumberText.ratio(Double(openings) / Double(seekers)),
            ])
        let matrix = try rows("chart-grades-by-district", table: 1)
        let grade3 = try #require(huangshigang.first { $0.grade == 3 })
        #expect(
            matrix.first?[4]
                == "\(NumberText.ratio(grade3.ratio))\(NumberText.count(grade3.openings)) / \(NumberText.count(grade3.seekers))"
        )
    }

    @Test("employment circles by district, key group and warning level")
    func circles() throws {
        let byDistrict = try rows("chart-circles")
        let whole = try #require(byDistrict.first)
        #expect(whole[0] == "全市 Whole city" && whole[1] == "20,000")
        for (index, circle) in page.report.circles.enumerated() {
            #expect(whole[2 + index] == NumberText.percent(circle.share) + NumberText.count(circle.covered))
        }
        let daye = try #require(byDistrict.first { $0[0] == "大冶市 Daye City" })
        let coverage = try #require(page.report.circles[1].byDistrict?["daye"])
        #expect(daye[3] == NumberText.percent(coverage.share) + NumberText.count(coverage.covered))

        let groups = try #require(root.element(id: "circles")).all("table")[1].rows
        let disabled = try #require(page.report.circles[0].byGroup["disabled"])
        #expect(groups[3][0] == "残疾人 People with disabilities")
        #expect(groups[3][1] == NumberText.count(disabled.seekers))
        #expect(groups[3][2] == NumberText.percent(disabled.share) + NumberText.count(disabled.covered))
        let warnings = try #require(root.element(id: "circles")).all("table")[2].rows
        #expect(
            warnings.map(\.first) == ["红色预警 Red warning", "黄色预警 Yellow warning", "蓝色预警 Blue warning", "无预警 No warning"])
    }

    @Test("the map's layers, counted")
    func map() throws {
        let summary = try rows("chart-map")
        #expect(summary[2] == ["岗位 Posts", NumberText.count(page.map.posts.count)])
        #expect(
            summary[3] == ["难招岗位 Hard-to-fill posts", NumberText.count(page.map.posts.filter(\.isHardToFill).count)])
        #expect(summary[0][1] == NumberText.count(page.map.seekerDensity.counts.reduce(0, +)))
        let svg = try #require(root.element(id: "chart-map")?.drawing)
        #expect(svg.all("polygon").filter { $0.attributes["class"] == "hard" }.count > 0)
        #expect(svg.all("circle").filter { $0.attributes["class"] == "centre" }.count == page.districts.count)
        #expect(svg.all("text").map(\.normalizedText).contains("阳新县"))
    }

    @Test("key groups and warning levels, below-four-fifths rows highlighted")
    func keyGroups() throws {
        for (id, model) in [
            ("chart-key-groups", page.report.keyGroups.groups),
            ("chart-warning-levels", page.report.keyGroups.warningLevels),
        ] {
            let table = try #require(root.element(id: id)?.first("table"))
            #expect(
                table.rows.map { Array($0.dropFirst()) }
                    == model.map {
                        [
                            NumberText.count($0.seekers), NumberText.count($0.feasible), NumberText.count($0.placed),
                            NumberText.percent($0.selectionRate), NumberText.ratio($0.selectionImpactRatio),
                            NumberText.percent($0.bestScoreMedianRate), NumberText.ratio($0.bestScoreImpactRatio),
                            $0.belowFourFifths ? "是 Yes" : "否 No",
                        ]
                    })
            let flagged = try #require(table.first("tbody")).all("tr").map { $0.attributes["class"] == "flagged" }
            #expect(flagged == model.map(\.belowFourFifths))
            // The four-fifths line stands at 0.8 × the highest rate, and says so.
            let highest = model.compactMap(\.selectionRate).max()!
            let svg = try #require(root.element(id: id)?.drawing)
            #expect(svg.all("line").contains { $0.attributes["class"] == "reference" })
            #expect(svg.all("text").contains { $0.normalizedText.hasSuffix(NumberText.percent(0.8 * highest)) })
        }
    }

    @Test("hard-to-fill posts: the top 20 by shortfall with their binding rules, totals by type and district")
    func hardToFill() throws {
        let hard = page.report.hardToFill
        let listed = try #require(root.element(id: "hard-to-fill")?.all("table").last).rows
        #expect(listed.count == 20)
        let shortfalls = listed.map { Int($0[6].replacingOccurrences(of: ",", with: ""))! }
        #expect(shortfalls == shortfalls.sorted(by: >))
        #expect(shortfalls.first == hard.posts.map { $0.openings - $0.feasibleSeekers }.max())
        let first = try #require(hard.posts.first { $0.post == listed[0][0] })
        #expect(
            listed[0][4] == NumberText.count(first.openings) && listed[0][5] == NumberText.count(first.feasibleSeekers))
        let distance = try #require(first.binding["distance"])
        #expect(distance == 0 || listed[0][7].contains("距离 Distance \(distance)"))
        #expect(
            try rows("chart-hard-to-fill-types").map { $0[1] }
                == PageLabels.ordered(hard.byType.keys, as: PageLabels.workTypes).map {
                    NumberText.count(hard.byType[$0]!)
                })
        #expect(try rows("chart-hard-to-fill-districts").count == hard.byDistrict.count)
    }

    @Test("exposure: slot share, feasible share and skew")
    func exposure() throws {
        #expect(
            try rows("chart-exposure").map { Array($0.dropFirst()) }
                == page.report.exposure.map {
                    [NumberText.percent($0.slotShare), NumberText.percent($0.feasibleShare), NumberText.ratio($0.skew)]
                })
    }

    @Test("training: the curve from the placements before, the courses with the most trainees")
    func training() throws {
        let training = page.report.training
        let curve = try rows("chart-training-curve")
        #expect(curve.first == ["0", NumberText.count(training.placementsBefore), "0"])
        #expect(curve.count == training.curve.count + 1)
        let last = try #require(training.curve.last)
        #expect(
            curve.last == [
                NumberText.count(last.trainees), NumberText.count(last.placements),
                "+\(last.placements - training.placementsBefore)",
            ])
        let svg = try #require(root.element(id: "chart-training-curve")?.drawing)
        #expect(svg.all("circle").count == training.curve.count + 1)
        let courses = try rows("chart-training-courses")
        let top = try #require(training.courses.max { ($0.trainees, $1.skill) < ($1.trainees, $0.skill) })
        #expect(courses.first?[0] == top.skill && courses.first?[2] == NumberText.count(top.trainees))
        #expect(courses.count == min(10, training.courses.count))
    }

    @Test("what-if: before and after by group, warning level and district, and the newly placed")
    func whatIf() throws {
        let whatIf = try #require(page.report.whatIf)
        let figures = try #require(root.element(id: "what-if")?.first("dl")).all("dd").map(\.normalizedText)
        #expect(
            figures == [
                NumberText.count(whatIf.placementsBefore), NumberText.count(whatIf.placementsAfter),
                NumberText.count(whatIf.newlyPlaced.count),
            ])
        let graduates = try #require(whatIf.byGroup["graduate"])
        #expect(
            try rows("chart-what-if-groups").first == [
                "高校毕业生 Graduates", NumberText.count(graduates.before), NumberText.count(graduates.after),
                "+\(graduates.after - graduates.before)",
            ])
        #expect(try rows("chart-what-if-warnings").count == whatIf.byWarning.count)
        #expect(try rows("chart-what-if-districts").count == whatIf.byDistrict.count)
    }
}

@Suite("Report page: little or no data")
struct ReportPageDegenerateTests {
    static let districtCharts = ["chart-grades-by-district", "chart-hard-to-fill-districts", "chart-what-if-districts"]

    @Test("without districts the district charts are left out and the circles show the whole city")
    func noDistricts() throws {
        let root = try ParsedPage.parse(PageSample.noDistricts.html)
        for id in Self.districtCharts { #expect(root.element(id: id) == nil, "\(id) without districts") }
        let circles = try #require(root.element(id: "chart-circles"))
        #expect(circles.first("table")?.rows.map(\.first) == ["全市 Whole city"])
        #expect(
            root.element(id: "chart-map")?.drawing?.all("circle").contains { $0.attributes["class"] == "centre" }
                == false)
        #expect(root.element(id: "map")?.all("table").count == 1)
    }

    @Test("one district gives one row in every district table")
    func oneDistrict() throws {
        let root = try ParsedPage.parse(PageSample.oneDistrict.html)
        for id in Self.districtCharts {
            #expect(root.element(id: id)?.first("table")?.rows.map(\.first) == ["黄石港区 Huangshigang District"])
        }
        #expect(root.element(id: "chart-circles")?.first("table")?.rows.count == 2)
    }

    @Test("zero seekers: rates are dashes, nothing divides by zero")
    func zeroSeekers() throws {
        let root = try ParsedPage.parse(PageSample.zeroSeekers.html)
        #expect(root.element(id: "overview")?.first("dl")?.all("dd").last?.normalizedText == "—")
        #expect(root.element(id: "chart-grades")?.first("table")?.rows.allSatisfy { $0[3] == "—" } == true)
        #expect(
            root.element(id: "chart-key-groups")?.first("table")?.rows == [
                ["无重点群体 No key group", "0", "0", "0", "—", "—", "—", "—", "否 No"]
            ])
        #expect(
            root.element(id: "chart-key-groups")?.drawing?.all("line").contains {
                $0.attributes["class"] == "reference"
            } == false)
        #expect(root.element(id: "chart-training-curve") == nil)
        #expect(root.element(id: "training")?.normalizedText.contains("No placements to gain by training") == true)
        #expect(root.element(id: "chart-map") != nil)
    }

    @Test("no training rows: the section says so in both languages")
    func noTraining() throws {
        let root = try ParsedPage.parse(PageSample.noTraining.html)
        let training = try #require(root.element(id: "training"))
        #expect(
            training.all("p").contains {
                $0.attributes["class"] == "empty"
                    && $0.normalizedText
                        == "没有可通过培训促成的安置：没有近似匹配。 No placements to gain by training: there are no near misses."
            })
        #expect(root.element(id: "chart-training-curve") == nil && root.element(id: "chart-training-courses") == nil)
    }

    @Test("without planned posts there is no what-if section")
    func noWhatIf() throws {
        let html = PageSample.noWhatIf.html
        let root = try ParsedPage.parse(html)
        #expect(root.element(id: "what-if") == nil)
        #expect(!html.contains("#what-if"))
    }

    @Test("nil ratios are dashes, and a line with no point is not drawn")
    func nilRatios() throws {
        let root = try ParsedPage.parse(PageSample.nilRatios.html)
        let grades = try #require(root.element(id: "chart-grades"))
        #expect(grades.first("table")?.rows.allSatisfy { $0[3] == "—" } == true)
        #expect(grades.drawing?.all("polyline").isEmpty == true)
        #expect(
            root.element(id: "chart-exposure")?.first("table")?.rows.allSatisfy {
                $0.dropFirst().allSatisfy { $0 == "—" }
            } == true)
        #expect(
            root.element(id: "chart-circles")?.first("table")?.rows.allSatisfy {
                $0.dropFirst(2).allSatisfy { $0.hasPrefix("—") }
            } == true)
    }

    @Test("empty key groups: both tables and the exposure say there is no data")
    func emptyGroups() throws {
        let root = try ParsedPage.parse(PageSample.emptyGroups.html)
        #expect(root.element(id: "chart-key-groups") == nil && root.element(id: "chart-warning-levels") == nil)
        let empties = try #require(root.element(id: "key-groups")).all("p").filter { $0.attributes["class"] == "empty" }
        #expect(empties.count == 2)
        #expect(root.element(id: "exposure")?.normalizedText.contains("没有曝光数据。 No exposure data.") == true)
        #expect(root.element(id: "circles")?.normalizedText.contains("Coverage by key group: no data.") == true)
    }

    @Test("a report of nothing: every section says what it lacks")
    func nothing() throws {
        let root = try ParsedPage.parse(PageSample.nothing.html)
        for (id, words) in [
            ("supply-demand", "No data by grade."), ("circles", "The report has no circle radii."),
            ("map", "Nothing to place on the map."), ("key-groups", "Selection rate by key group: no data."),
            ("hard-to-fill", "No hard-to-fill posts"), ("exposure", "No exposure data."),
            ("training", "there are no near misses"),
        ] {
            #expect(root.element(id: id)?.normalizedText.contains(words) == true, "\(id)")
        }
    }
}
