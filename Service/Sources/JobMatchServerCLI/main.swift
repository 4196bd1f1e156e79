import ArgumentParser
import Foundation
import JobMatch
import JobMatchServer
import Logging

/// `jobmatch-server` (and `jobmatch serve`, which starts it): the matching
/// service over HTTP, SERVICE.md.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobmatch-server",
        abstract: "Serve matching over HTTP on a SQLite store of record (SERVICE.md).",
        discussion: """
            The index is rebuilt from the store at start, then --taxonomy, --seekers and --posts are imported \
            (validated as the command line validates them: a bad file exits 2 and imports nothing). \
            SIGTERM or SIGINT stops accepting, answers the requests under way, closes the store and exits 0.
            """)

    @Option(help: "The SQLite store of record; created if missing.")
    var store: String

    @Option(help: "Skills to import at start (CSV or JSON Lines).")
    var taxonomy: String?

    @Option(help: "Seekers to import at start.")
    var seekers: String?

    @Option(help: "Posts to import at start.")
    var posts: String?

    @Option(help: ArgumentHelp(
        "Districts for the console's map (CSV or JSON Lines).",
        discussion: "id,name,name_zh,lat,lon by centre; read at each start, never stored."))
    var districts: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 takes a free one (the log line 'Server started' names it).")
    var port = 8080

    @Option(help: "JSON file of bearer tokens and roles: {\"tokens\": [{\"token\": \"…\", \"role\": \"reader\" or \"writer\"}]}.")
    var tokens: String?

    @Flag(help: "Serve without authentication; refused unless --host is a loopback address.")
    var noAuth = false

    @Option(help: "Worker threads of batch work; queries use one each.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard !(tokens != nil && noAuth) else { throw ValidationError("give --tokens FILE or --no-auth, not both") }
        guard (0...65_535).contains(port), threads >= 1 else {
            throw ValidationError("--port must be 0…65535 and --threads at least 1")
        }
    }

    func run() async throws {
        var logger = Logger(label: "jobmatch")
        logger.logLevel = .info
        guard tokens != nil || noAuth else { throw ServerSetupError.noAccessRule }
        let access = try tokens.map { path throws(ServerSetupError) in try AccessTokens(file: path) }
        let server = try MatchServer(
            ServerConfiguration(
                storePath: store, imports: ImportFiles(taxonomy: taxonomy, seekers: seekers, posts: posts, districts: districts),
                host: host, port: port, tokens: access, options: EngineOptions(threads: threads)),
            logger: logger)
        try await server.run()
    }

    /// Exit status as `jobmatch`'s: 0 after a clean shutdown, 1 for a
    /// runtime failure, 2 for bad usage, a bad import file or an unusable store.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch let error as ServerSetupError {
            FileHandle.standardError.write(Data("jobmatch serve: \(error)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}
