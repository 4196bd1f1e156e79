import Synchronization

/// A flag a long call checks between tiles, set when its task is cancelled.
///
/// The tiled pass runs on worker threads outside any task, where
/// `Task.isCancelled` cannot see the caller's task; the async entry points
/// set this flag from the task's cancellation handler instead.
package final class CancellationFlag: Sendable {
    private let state = Atomic<Bool>(false)

    /// A flag that is not set.
    package init() {}

    /// Whether the work should stop.
    package var isCancelled: Bool { state.load(ordering: .relaxed) }

    /// Asks the work to stop at its next check.
    package func cancel() { state.store(true, ordering: .relaxed) }
}
