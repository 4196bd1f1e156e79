import Foundation

/// One run of a command in a child process: its wall time and peak
/// resident memory, from `wait4`'s resource usage of that child alone.
///
/// On Linux the peak is at least the parent's resident set at the spawn
/// (the memory left at `exec` counts toward the child's high-water mark):
/// spawn from a small process.
package struct ChildRun: Sendable {
    /// Seconds from spawning to exit.
    package var wallSeconds: Double
    /// The child's peak resident set in bytes.
    package var peakResidentBytes: Int

    /// Runs `executable` with `arguments`, its standard output and error
    /// sent to `/dev/null`.
    ///
    /// - Throws: ``ChildRunError`` if it cannot start or exits other than 0.
    package init(executable: String, arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ChildRunError(command: arguments.first ?? executable, status: "cannot start: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        wallSeconds = (ContinuousClock.now - started).seconds
        peakResidentBytes = usage.ru_maxrss * 1024
        // Exited normally with status 0: the low 7 bits (the signal) and the exit code are all 0.
        guard status == 0 else { throw ChildRunError(command: arguments.first ?? executable, status: "wait status \(status)") }
    }
}

/// A child command of the benchmark that failed.
package struct ChildRunError: Error, CustomStringConvertible {
    package let command: String
    package let status: String
    package var description: String { "jobmatch \(command) failed in the benchmark: \(status)" }
}
