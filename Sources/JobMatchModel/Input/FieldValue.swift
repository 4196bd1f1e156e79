/// A field's value as the file holds it, before it is read as a number, a
/// list, a date or a keyword.
///
/// CSV gives text whose meaning the field decides: `5` may be a number or a
/// name. JSON fixes the type by syntax, so there `"5"` is a string and a
/// field that wants a number rejects it.
enum FieldValue: Sendable, Hashable {
    /// Text of a CSV cell, or of one item split from it.
    case text(String)
    /// A JSON value.
    case json(JSONValue)
}
