/// The page's views: the document and, in the extensions beside this file,
/// one function per section. Each takes the report and returns markup.
struct ReportPageView {
    /// One section of the page: an `id` for the table of contents, a heading and its content.
    struct Section {
        /// The fragment the table of contents links to.
        var id: String
        /// The `<h2>`.
        var title: Bilingual
        /// Everything under the heading.
        var content: Markup
    }

    /// The page being drawn.
    let page: ReportPage
    /// Names for its codes and districts.
    let labels: PageLabels

    /// The views of `page`.
    init(page: ReportPage) {
        self.page = page
        self.labels = PageLabels(districts: page.districts)
    }

    /// The report's numbers.
    var report: Report { page.report }

    /// The sections in reading order; the what-if section only with planned posts.
    var sections: [Section] {
        [overview, supplyAndDemand, circles, cityMap, keyGroups, hardToFill, exposure, training]
            + (whatIf.map { [$0] } ?? [])
    }

    /// The whole document.
    var document: Markup {
        let sections = sections
        return tag("html", ["lang": "zh-CN"]) {
            tag("head") {
                tag("meta", ["charset": "utf-8"])
                tag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                tag("title") { Self.title.plain }
                tag("style") { Markup.trusted(PageStyle.css) }
            }
            tag("body") {
                header
                tag("nav", ["class": "toc", "aria-label": "目录 Contents"]) {
                    tag("h2") { Bilingual("目录", "Contents").markup }
                    tag("ol") {
                        for section in sections {
                            tag("li") { tag("a", ["href": "#" + section.id]) { section.title.markup } }
                        }
                    }
                }
                tag("main") {
                    for section in sections {
                        tag("section", ["id": section.id, "aria-labelledby": section.id + "-title"]) {
                            tag("h2", ["id": section.id + "-title"]) { section.title.markup }
                            section.content
                        }
                    }
                }
            }
        }
    }

    /// The page's title.
    static let title = Bilingual("就业供需匹配报告", "Job matching report")

    /// The title and what the report was made from.
    private var header: Markup {
        let note = page.generated
        return tag("header", ["class": "page"]) {
            tag("h1") { Self.title.markup }
            tag("dl", ["class": "run"]) {
                tag("dt") { Bilingual("输入", "Inputs").markup }
                tag("dd") { note.inputs.isEmpty ? NumberText.missing : note.inputs.joined(separator: ", ") }
                tag("dt") { Bilingual("匹配方式", "Mode").markup }
                tag("dd") { Self.mode(note.mode).markup }
                tag("dt") { Bilingual("候选数", "Candidates").markup }
                tag("dd") { note.candidates == "all" ? Bilingual("全部", "all").markup : Markup.text(note.candidates) }
            }
        }
    }

    /// The name of an assignment mode of `jobmatch match`.
    private static func mode(_ code: String) -> Bilingual {
        switch code {
        case "optimal": Bilingual("最优分配", "optimal")
        case "stable": Bilingual("稳定匹配", "stable")
        case "greedy": Bilingual("贪心分配", "greedy")
        default: Bilingual(code, nil)
        }
    }
}
