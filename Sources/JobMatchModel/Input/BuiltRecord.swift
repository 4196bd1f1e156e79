/// A record built from a file's fields, with the problems that keep it out.
struct BuiltRecord<Record: Sendable>: Sendable {
    /// The record's id, if it could be read, for finding duplicates.
    var id: String?
    /// The record; a field that could not be read holds a placeholder, so
    /// the record is meaningful only if `problems` is empty.
    var record: Record
    /// Every problem of the record, in field order.
    var problems: [FieldProblem]
}
