import ArgumentParser
import JobMatch

/// `--threads`: how many workers a command that scores pairs runs.
struct ThreadOptions: ParsableArguments {
    @Option(help: "Worker threads (default: one per core).")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// The engine's options with these threads.
    var engineOptions: EngineOptions {
        var options = EngineOptions()
        if let threads { options.threads = threads }
        return options
    }
}
