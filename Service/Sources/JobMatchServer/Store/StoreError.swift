/// Why a store cannot be used. The service refuses to start on any of
/// these and leaves the file as it is: a store is never emptied or rebuilt
/// behind its owner's back.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file is not a SQLite database, or SQLite finds it damaged.
    case damaged(path: String, reason: String)
    /// A SQLite database, but with tables of something else.
    case foreign(path: String)
    /// A JobMatch store of another format version.
    case otherVersion(path: String, found: String)
    /// A stored record no longer decodes: the store was changed by hand or damaged.
    case badRecord(path: String, table: String, id: String, reason: String)
    /// SQLite failed to open, read or write the file.
    case unavailable(path: String, reason: String)

    /// One line naming the file, the cause and what to do.
    public var description: String {
        switch self {
        case .damaged(let path, let reason):
            "\(path): the store is damaged (\(reason)); restore it from a backup or start with a new file"
        case .foreign(let path):
            "\(path): not a JobMatch store (it has tables, but no store_info); give a new file or a JobMatch store"
        case .otherVersion(let path, let found):
            "\(path): a JobMatch store of version \(found); this jobmatch reads version \(RecordStore.version)"
        case .badRecord(let path, let table, let id, let reason):
            "\(path): \(table) row '\(id)' does not decode (\(reason)); the store was changed outside JobMatch"
        case .unavailable(let path, let reason): "\(path): cannot use the store: \(reason)"
        }
    }
}
