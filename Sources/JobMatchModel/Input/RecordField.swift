/// A field of one kind of input record: its name in files and whether a
/// record must give it.
protocol RecordField: RawRepresentable<String>, CaseIterable, Sendable {
    /// Whether a record without the field is rejected.
    var isRequired: Bool { get }
}
