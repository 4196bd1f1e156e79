/// Turns a ``ReportPage`` into the report's page: one self-contained HTML
/// file, in Chinese with English beside it (REPORTS.md, "The page").
///
/// The file holds everything it shows: the style sheet is inline, charts
/// are inline SVG drawn from the numbers, and there is no script, font,
/// image or link outside the page (only `#section` links of its table of
/// contents). Each chart has its numbers in a table under it. The markup is
/// well-formed XML as well as HTML, so it can be checked with an XML parser.
///
/// ```swift
/// let html = ReportPageRenderer.html(page)
/// try html.write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public enum ReportPageRenderer {
    /// The page for `page`, as one HTML document.
    ///
    /// Any data renders: rates that are `nil` show as "—", sections with
    /// nothing to show say so, district charts are left out without
    /// districts, the what-if section without planned posts.
    ///
    /// - Parameter page: the report's numbers and the map's data.
    /// - Returns: the document's text, UTF-8 ready, starting `<!DOCTYPE html>`.
    /// - Complexity: O(size of the report + cells of the density grid + posts).
    public static func html(_ page: ReportPage) -> String {
        "<!DOCTYPE html>\n" + ReportPageView(page: page).document.rendered + "\n"
    }
}
