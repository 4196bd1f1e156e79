/// A file that could not be written; nothing is left under its final name.
public enum FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output directory does not exist and could not be made.
    case cannotCreateDirectory(path: String, reason: String)
    /// The temporary file beside the destination could not be created.
    case cannotCreateFile(path: String, reason: String)
    /// Writing or closing the temporary file failed, for example on a full disk.
    case cannotWrite(path: String, reason: String)
    /// The finished temporary file could not be renamed to its destination.
    case cannotMoveIntoPlace(path: String, reason: String)

    /// The path of the directory or destination file concerned.
    public var path: String {
        switch self {
        case .cannotCreateDirectory(let path, _), .cannotCreateFile(let path, _),
             .cannotWrite(let path, _), .cannotMoveIntoPlace(let path, _):
            path
        }
    }

    /// What the operating system reported.
    public var reason: String {
        switch self {
        case .cannotCreateDirectory(_, let reason), .cannotCreateFile(_, let reason),
             .cannotWrite(_, let reason), .cannotMoveIntoPlace(_, let reason):
            reason
        }
    }

    /// One line naming the file and the reason.
    public var description: String {
        switch self {
        case .cannotCreateDirectory: "cannot create directory \(path): \(reason)"
        case .cannotCreateFile: "cannot create \(path): \(reason)"
        case .cannotWrite: "cannot write \(path): \(reason)"
        case .cannotMoveIntoPlace: "cannot move finished file into place at \(path): \(reason)"
        }
    }
}
