/// Escaping for everything the page inserts into its markup.
///
/// The page is XHTML-style markup that both browsers and XML parsers read,
/// so escaped text must be valid in either: the five characters with a
/// meaning in markup become entities, and the characters XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return, and
/// the non-characters U+FFFE and U+FFFF) become U+FFFD, which a reader sees
/// as a replaced character instead of a page that fails to open.
enum HTMLText {
    /// `text` safe to place in element content or in a quoted attribute value.
    ///
    /// - Parameter text: any text, such as a post's title from the data.
    /// - Returns: `text` with `&`, `<`, `>`, `"` and `'` as entities and the
    ///   characters XML forbids replaced by U+FFFD.
    /// - Complexity: O(*n*) in the length of `text`.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case _ where !isAllowedInXML(scalar): result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` must be replaced, as an entity or by U+FFFD.
    private static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: !isAllowedInXML(scalar)
        }
    }

    /// The `Char` production of XML 1.0; Swift strings hold no surrogates.
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
