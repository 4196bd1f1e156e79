/// Stops the process with `message` unless `condition` holds.
///
/// Unlike `precondition`, keeps the message in optimised builds, so that a
/// crash found by the fuzzer says which invariant broke.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
