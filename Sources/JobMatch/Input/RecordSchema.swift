/// The field names of one kind of record, as file readers check headers and keys against them.
struct RecordSchema: Sendable {
    /// Every field name, in the order of FORMATS.md.
    let names: [String]
    /// The names of the fields a record must give.
    let requiredNames: [String]
    private let known: Set<String>

    /// The schema of the records whose fields are `Field`.
    init<Field: RecordField>(_ field: Field.Type) {
        names = Field.allCases.map(\.rawValue)
        requiredNames = Field.allCases.filter(\.isRequired).map(\.rawValue)
        known = Set(names)
    }

    /// Whether `name` is a field of these records.
    func contains(_ name: String) -> Bool { known.contains(name) }
}
