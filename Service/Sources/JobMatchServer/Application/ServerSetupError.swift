/// Why the service cannot start: each case names what to fix.
public enum ServerSetupError: Error, Sendable, CustomStringConvertible {
    /// The tokens file cannot be read or is not the documented JSON.
    case badTokens(path: String, reason: String)
    /// `--no-auth` on an address other than loopback.
    case openOnNetwork(host: String)
    /// Neither `--tokens` nor `--no-auth`.
    case noAccessRule
    /// An import file has bad records; every problem, one a line.
    case badImport([String])
    /// The store cannot be used.
    case store(StoreError)

    /// One or more lines naming the cause.
    public var description: String {
        switch self {
        case .badTokens(let path, let reason): "\(path): bad tokens file: \(reason)"
        case .openOnNetwork(let host):
            "--no-auth is refused on \(host): without tokens the service may only listen on a loopback address"
        case .noAccessRule: "give --tokens FILE (roles reader and writer), or --no-auth on a loopback address"
        case .badImport(let lines): lines.joined(separator: "\n") + "\nnothing was imported"
        case .store(let error): error.description
        }
    }
}
