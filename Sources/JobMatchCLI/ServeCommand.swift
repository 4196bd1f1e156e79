import ArgumentParser
import Foundation

/// `jobmatch serve`: starts the matching service, the `jobmatch-server`
/// executable of the `Service/` package, with the same arguments.
///
/// The service is a program of its own so that `jobmatch` stays free of
/// the server stack (SwiftNIO, Hummingbird, SQLite): the binary shipped to
/// batch workers does not carry it.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve matching over HTTP (runs jobmatch-server; `jobmatch serve --help` shows its options).",
        discussion: """
            jobmatch-server is looked for beside jobmatch, then in Service/.build of a source checkout, \
            then on PATH. `make serve` builds it and starts it on the bundled fixtures.
            """)

    @Argument(parsing: .allUnrecognized, help: "jobmatch-server's options: --store F [--tokens F | --no-auth] …")
    var arguments: [String] = []

    func run() throws {
        guard let server = Self.serverExecutable() else {
            throw CommandFailure.failure(
                "jobmatch-server not found beside \(Self.ownPath), in Service/.build, or on PATH; build it with `make serve`")
        }
        let argv = [server] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        throw CommandFailure.failure("cannot run \(server): \(String(cString: strerror(errno)))")
    }

    /// This executable's own path.
    private static var ownPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Beside this executable; in `Service/.build/<configuration>/` of the
    /// checkout whose `.build/<configuration>/` holds it; on `PATH`.
    static func serverExecutable() -> String? {
        let own = URL(fileURLWithPath: ownPath)
        let folder = own.deletingLastPathComponent()
        var candidates = [folder.appendingPathComponent("jobmatch-server").path]
        // <checkout>/.build/<triple>/<configuration>/jobmatch, or <checkout>/.build/<configuration>/jobmatch.
        let configuration = folder.lastPathComponent
        var checkout = folder.deletingLastPathComponent()
        while checkout.pathComponents.count > 1, checkout.lastPathComponent != ".build" { checkout = checkout.deletingLastPathComponent() }
        if checkout.lastPathComponent == ".build" {
            candidates.append(checkout.deletingLastPathComponent().appendingPathComponent("Service/.build/\(configuration)/jobmatch-server").path)
        }
        candidates += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/jobmatch-server" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
