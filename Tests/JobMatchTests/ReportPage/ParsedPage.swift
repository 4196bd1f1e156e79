import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A report page read back with an XML parser, as a tree of elements to
/// query: the page must be well-formed XML for this to succeed at all.
final class PageElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [PageElement] = []
    /// Text and elements in document order, for `text`.
    private var parts: [Part] = []

    private enum Part {
        case text(String)
        case element(PageElement)
    }

    init(name: String, attributes: [String: String]) {
        (self.name, self.attributes) = (name, attributes)
    }

    fileprivate func append(_ child: PageElement) {
        children.append(child)
        parts.append(.element(child))
    }

    fileprivate func append(text: String) {
        parts.append(.text(text))
    }

    /// All text inside, as a reader sees it.
    var text: String {
        parts.map {
            switch $0 {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    /// The text with runs of white space made one space, trimmed.
    var normalizedText: String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// This element and every element inside it, in document order.
    var descendants: [PageElement] {
        [self] + children.flatMap(\.descendants)
    }

    /// The elements inside named `name`.
    func all(_ name: String) -> [PageElement] {
        descendants.dropFirst().filter { $0.name == name }
    }

    /// The first element inside named `name`.
    func first(_ name: String) -> PageElement? {
        all(name).first
    }

    /// The element inside with this `id`.
    func element(id: String) -> PageElement? {
        descendants.first { $0.attributes["id"] == id }
    }

    /// The chart drawing inside: the `<svg class="chart">`, not a legend's swatch.
    var drawing: PageElement? {
        all("svg").first { $0.attributes["class"] == "chart" }
    }

    /// A table's body rows, each as its cells' normalized text.
    var rows: [[String]] {
        (first("tbody")?.all("tr") ?? []).map { row in
            row.children.filter { $0.name == "th" || $0.name == "td" }.map(\.normalizedText)
        }
    }
}

/// Parses a page with Foundation's `XMLParser`.
enum ParsedPage {
    struct ParseError: Error, CustomStringConvertible {
        var message: String
        var line: Int
        var description: String { "line \(line): \(message)" }
    }

    /// The root element of `html`, or the parser's error.
    static func parse(_ html: String) throws -> PageElement {
        let parser = XMLParser(data: Data(html.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "no root element", line: parser.lineNumber)
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: PageElement?
        var stack: [PageElement] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = PageElement(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.append(text: string)
        }
    }
}
