/// A piece of well-formed page markup.
///
/// Markup is built only from escaped text and from elements, so nothing
/// taken from the data can open a tag or end an attribute: a `String`
/// written inside a ``MarkupBuilder`` block is text and is escaped. The one
/// way around it, ``trusted(_:)``, is kept for the page's own style sheet.
struct Markup: Sendable {
    /// The markup as it appears in the page.
    private(set) var rendered: String

    /// Markup that renders as `rendered`, unescaped.
    private init(rendered: String) {
        self.rendered = rendered
    }

    /// Nothing.
    static let empty = Markup(rendered: "")

    /// `text` escaped as element content.
    static func text(_ text: String) -> Markup {
        Markup(rendered: HTMLText.escaped(text))
    }

    /// Markup written by this module itself, such as the style sheet, inserted as it is.
    ///
    /// - Parameter source: markup that holds no data from the report.
    static func trusted(_ source: String) -> Markup {
        Markup(rendered: source)
    }

    /// The parts one after another.
    static func joined(_ parts: [Markup]) -> Markup {
        Markup(rendered: parts.map(\.rendered).joined())
    }

    /// Elements written as `<name …/>`: HTML's void elements, and the SVG
    /// shapes, which never have content. Every other element gets an end
    /// tag even when empty, because `<td/>` in an HTML parser opens a cell.
    private static let selfClosing: Set<String> = [
        "meta", "br", "hr", "col", "wbr",
        "rect", "line", "circle", "polyline", "polygon", "path",
    ]

    /// The element `name` with its attributes and content.
    ///
    /// - Parameters:
    ///   - name: an element name written by this module (`table`, `svg`, …).
    ///   - attributes: names and values; a `nil` value leaves the attribute
    ///     out. Values are escaped.
    ///   - content: the element's children.
    static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], content: Markup = .empty
    ) -> Markup {
        var start = "<" + name
        for (attribute, value) in attributes {
            guard let value else { continue }
            start += " " + attribute + "=\"" + HTMLText.escaped(value) + "\""
        }
        if content.rendered.isEmpty && selfClosing.contains(name) { return Markup(rendered: start + "/>") }
        return Markup(rendered: start + ">" + content.rendered + "</" + name + ">")
    }
}

/// Builds ``Markup`` from a block of elements, strings (escaped as text),
/// `if`, `if let` and `for`.
@resultBuilder
enum MarkupBuilder {
    /// An element or other markup.
    static func buildExpression(_ markup: Markup) -> Markup { markup }
    /// Text, escaped.
    static func buildExpression(_ text: String) -> Markup { .text(text) }
    /// Several pieces in order.
    static func buildExpression(_ parts: [Markup]) -> Markup { .joined(parts) }
    /// The statements of a block in order.
    static func buildBlock(_ parts: Markup...) -> Markup { .joined(parts) }
    /// An `if` without `else`.
    static func buildOptional(_ part: Markup?) -> Markup { part ?? .empty }
    /// The taken branch of an `if … else`.
    static func buildEither(first: Markup) -> Markup { first }
    /// The taken branch of an `if … else`.
    static func buildEither(second: Markup) -> Markup { second }
    /// The iterations of a `for` loop.
    static func buildArray(_ parts: [Markup]) -> Markup { .joined(parts) }
}

/// The element `name` with `attributes` and the content built by `content`.
///
/// The page's view functions are written with this one function:
/// `tag("tr") { tag("th", ["scope": "row"]) { name } }`.
///
/// - Parameters:
///   - name: an element name written by this module.
///   - attributes: names and values, escaped; `nil` values are left out.
///   - content: the children; strings in it are escaped text.
func tag(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
    @MarkupBuilder content: () -> Markup = { .empty }
) -> Markup {
    Markup.element(name, attributes, content: content())
}
