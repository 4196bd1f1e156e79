/// The field names of one kind of record, which file readers check headers
/// and keys against.
struct RecordSchema: Sendable {
    /// The names of the fields a record must give, in the order of FORMATS.md.
    let requiredNames: [String]
    private let names: [String]

    /// The schema of the records whose fields are `Field`.
    init<Field: RecordField>(_ field: Field.Type) {
        names = Field.allCases.map(\.rawValue)
        requiredNames = Field.allCases.filter(\.isRequired).map(\.rawValue)
    }

    /// Whether `name` is a field of these records.
    ///
    /// - Complexity: O(number of fields). A scan, because a record has about
    ///   a dozen fields and their short names compare faster than they hash.
    func contains(_ name: String) -> Bool { names.contains(name) }
}
