import Dispatch

/// Runs CPU-bound work off Swift's cooperative pool, which must never be
/// blocked by long computations, and cancels it with the calling task.
package enum Offload {
    /// Runs `work` on a Dispatch thread and returns its result.
    ///
    /// `work` is handed a flag that the calling task's cancellation sets;
    /// long work checks it between tiles.
    ///
    /// - Throws: `CancellationError` if the task was cancelled before the
    ///   work finished, else whatever `work` throws.
    package static func run<Value: Sendable>(
        _ work: @escaping @Sendable (CancellationFlag) throws -> Value
    ) async throws -> Value {
        let flag = CancellationFlag()
        let value = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(with: Result { try work(flag) })
                }
            }
        } onCancel: {
            flag.cancel()
        }
        if flag.isCancelled { throw CancellationError() }
        return value
    }
}
