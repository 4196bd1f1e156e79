
/// Thread time a sweep spent computing skill parts (the GEMM or sparse
/// phase) and in the elementwise pass, summed over workers, and the tiles
/// it started.
package final class SweepTimings: Sendable {
    private let totals = Locked<(fill: Duration, consume: Duration)>((.zero, .zero))
    private let tiles = Locked(0)

    package init() {}

    /// A worker starts a tile.
    func startTile() {
        tiles.withLock { $0 += 1 }
    }

    func add(fill: Duration, consume: Duration) {
        totals.withLock {
            $0.fill += fill
            $0.consume += consume
        }
    }

    /// The tiles started so far.
    package var tilesStarted: Int { tiles.withLock { $0 } }

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
