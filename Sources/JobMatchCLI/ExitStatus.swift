/// The documented exit statuses of `jobmatch`.
enum ExitStatus: Int32 {
    /// The command did what was asked.
    case success = 0
    /// A runtime failure: an output that could not be written, an internal error.
    case failure = 1
    /// Bad usage or bad input data.
    case badInput = 2
}
