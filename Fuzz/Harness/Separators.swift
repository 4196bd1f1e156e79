/// Whether `item` holds a list separator byte, `;` or `:`.
///
/// Compares bytes, as the parsers split: `String.contains(";")` compares
/// characters, so it misses a `;` followed by a combining mark (one
/// character) and finds U+037E GREEK QUESTION MARK (canonically `;`), which
/// the parsers rightly leave inside an item.
func holdsSeparator(_ item: String) -> Bool {
    item.utf8.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }
}
