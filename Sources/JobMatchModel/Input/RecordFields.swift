/// One record's fields by name, whatever the file format.
///
/// The CSV and JSON Lines readers each provide one; everything after the
/// lookup, from parsing numbers to building the record, is shared.
protocol RecordFields: Sendable {
    /// The value of the field `name`, or `nil` if the record does not give
    /// it: an empty or blank CSV cell, or a JSON key that is missing, `null`
    /// or an empty string.
    func value(of name: String) -> FieldValue?
}
