import JobMatch

/// How `jobmatch serve` was asked to run.
public struct ServerConfiguration: Sendable {
    /// The SQLite store of record; created if missing.
    public var storePath: String
    /// Files imported into the store at start.
    public var imports: ImportFiles
    /// The address to listen on; `127.0.0.1` unless given.
    public var host: String
    public var port: Int
    /// The tokens, or `nil` to serve without authentication (loopback only).
    public var tokens: AccessTokens?
    /// The index's thread budget and tiles.
    public var options: EngineOptions

    /// A configuration; ``validate()`` checks it.
    public init(
        storePath: String, imports: ImportFiles = ImportFiles(), host: String = "127.0.0.1", port: Int = 8080,
        tokens: AccessTokens?, options: EngineOptions = EngineOptions()
    ) {
        self.storePath = storePath
        self.imports = imports
        self.host = host
        self.port = port
        self.tokens = tokens
        self.options = options
    }

    /// Checks that a service without tokens listens on loopback only.
    ///
    /// - Throws: ``ServerSetupError/openOnNetwork(host:)``.
    public func validate() throws(ServerSetupError) {
        guard tokens != nil || Self.isLoopback(host) else { throw .openOnNetwork(host: host) }
    }

    /// Whether `host` names this machine only: `localhost`, `127.0.0.0/8`, `::1`.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
