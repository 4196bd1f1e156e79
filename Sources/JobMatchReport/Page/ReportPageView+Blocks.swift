/// The building blocks every section uses: a chart's figure, a data table,
/// the words for an empty section, a row of key figures.
extension ReportPageView {
    /// A column of a data table.
    struct Column {
        /// The header.
        var title: Bilingual
        /// Right-aligned, for numbers.
        var isNumeric = true
    }

    /// A row of a data table; its first cell is the row's header.
    struct Row {
        /// The cells, one per column.
        var cells: [Markup]
        /// Highlighted: a group below the four-fifths line.
        var isFlagged = false
    }

    /// A chart with its legend and its table under it.
    ///
    /// The legend and drawing sit in one `.plot` block, which print keeps
    /// on one page; the table may run on.
    ///
    /// - Parameters:
    ///   - id: the figure's `id`, `chart-…`.
    ///   - title: the `<figcaption>`.
    ///   - legend: the legend, above the drawing.
    ///   - drawing: the `<svg>`.
    ///   - tables: the numbers, and any note under them.
    func figure(
        id: String, title: Bilingual, legend: Markup = .empty, drawing: Markup, className: String = "chart",
        @MarkupBuilder tables: () -> Markup
    ) -> Markup {
        tag("figure", ["id": id, "class": className]) {
            tag("figcaption") { title.markup }
            tag("div", ["class": "plot"]) {
                legend
                drawing
            }
            tables()
        }
    }

    /// A data table with a caption, a header row and a header cell per row.
    ///
    /// Wrapped so that a wide table scrolls sideways on a phone instead of
    /// widening the page.
    func table(caption: Bilingual, columns: [Column], rows: [Row]) -> Markup {
        tag("div", ["class": "table-wrap"]) {
            tag("table") {
                tag("caption") { caption.markup }
                tag("thead") {
                    tag("tr") {
                        for column in columns {
                            tag("th", ["scope": "col", "class": column.isNumeric ? "num" : nil]) { column.title.markup }
                        }
                    }
                }
                tag("tbody") {
                    for row in rows {
                        tag("tr", ["class": row.isFlagged ? "flagged" : nil]) {
                            for (index, cell) in row.cells.enumerated() {
                                let numeric = columns.indices.contains(index) && columns[index].isNumeric ? "num" : nil
                                if index == 0 {
                                    tag("th", ["scope": "row", "class": numeric]) { cell }
                                } else {
                                    tag("td", ["class": numeric]) { cell }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The words for something with nothing to show, in both languages.
    func empty(_ text: Bilingual) -> Markup {
        tag("p", ["class": "empty"]) { text.markup }
    }

    /// A sentence under a chart or table.
    func note(_ text: Bilingual) -> Markup {
        tag("p", ["class": "note"]) { text.markup }
    }

    /// Headline numbers as a grid of labelled figures.
    func keyFigures(_ figures: [(name: Bilingual, value: String)]) -> Markup {
        tag("dl", ["class": "figures"]) {
            for figure in figures {
                tag("div") {
                    tag("dt") { figure.name.markup }
                    tag("dd") { figure.value }
                }
            }
        }
    }

    /// A table cell's text.
    func cell(_ text: String) -> Markup { .text(text) }

    /// A count's cell: `12,345`.
    func cell(_ count: Int) -> Markup { .text(NumberText.count(count)) }
}
