import Synchronization

/// Thread time a sweep spent computing skill parts (the GEMM or sparse
/// phase) and in the elementwise pass, summed over workers.
package final class SweepTimings: Sendable {
    private let totals = Mutex<(fill: Duration, consume: Duration)>((.zero, .zero))

    package init() {}

    func add(fill: Duration, consume: Duration) {
        totals.withLock {
            $0.fill += fill
            $0.consume += consume
        }
    }

    /// Seconds of thread time filling tiles.
    package var fillSeconds: Double { totals.withLock { $0.fill.seconds } }
    /// Seconds of thread time in the elementwise pass.
    package var consumeSeconds: Double { totals.withLock { $0.consume.seconds } }
}

extension Duration {
    /// The duration in seconds.
    package var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
