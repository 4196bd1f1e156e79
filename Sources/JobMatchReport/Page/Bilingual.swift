/// A name in Chinese with its English beside it, as the page writes every
/// heading and label: "供需对比 Supply and demand".
struct Bilingual: Sendable, Equatable {
    /// The Chinese name, written first.
    var chinese: String
    /// The English name; `nil` when there is none (an unknown code is shown once, as it is).
    var english: String?

    /// A name in both languages.
    init(_ chinese: String, _ english: String?) {
        (self.chinese, self.english) = (chinese, english)
    }

    /// Both names as plain text, for SVG text and `aria-label`s.
    var plain: String {
        guard let english, english != chinese else { return chinese }
        return chinese + " " + english
    }

    /// Both names as markup, the English in a `<span lang="en">` so that
    /// screen readers switch voice and the style sheet can soften it.
    var markup: Markup {
        guard let english, english != chinese else { return .text(chinese) }
        return .joined([.text(chinese + " "), tag("span", ["class": "en", "lang": "en"]) { english }])
    }
}
