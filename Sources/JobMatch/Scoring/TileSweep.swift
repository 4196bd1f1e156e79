import Dispatch
import Synchronization

/// Receives a sweep's tiles on one worker thread, one owner block at a time.
protocol TileConsumer: SendableMetatype {
    /// A new block of owners starts.
    mutating func begin(owners: Range<Int>)
    /// The skill parts of `owners × others`, laid out as `layout` says.
    mutating func consume(_ tile: UnsafePointer<Float>, layout: SkillTiles.Layout, owners: Range<Int>, others: Range<Int>)
    /// Every tile of the block has been consumed.
    mutating func end(owners: Range<Int>)
    /// Whether the consumer reads the tiles' skill parts; a sweep for one
    /// that does not leaves them uncomputed.
    static var readsSkillParts: Bool { get }
}

extension TileConsumer {
    static var readsSkillParts: Bool { true }
}

/// Walks every tile of owners × others: owners in blocks of `tileRows`
/// spread over `threads` workers, others in blocks of `tileColumns`, each
/// tile filled into the worker's own reused buffer and handed to its consumer.
///
/// One worker runs on the calling thread; more run through
/// `DispatchQueue.concurrentPerform`. The dense kernel's `sgemm` runs on one
/// OpenBLAS thread per worker (see ``BLAS/prepare()``), so the sweep's
/// thread count is the options' and nothing process-wide changes.
struct TileSweep {
    let tiles: SkillTiles
    let ownerCount: Int
    let otherCount: Int
    let options: EngineOptions
    /// Told the fraction of owner blocks done, from the worker threads.
    var progress: (@Sendable (Double) -> Void)?
    /// Where to add up the time spent filling and consuming tiles, if anywhere.
    var timings: SweepTimings?
    /// Others the pass leaves out (deleted records): NaN in every tile.
    var excludedOthers: ExcludedRows?
    /// Checked before each tile: once set, every worker stops.
    var cancellation: CancellationFlag?

    /// Runs one consumer per worker, made by `makeConsumer(worker)`, over
    /// every tile, and returns the consumers for their results.
    ///
    /// Which worker takes which block depends only on the options, so a
    /// consumer's results never depend on timing. After a cancellation the
    /// consumers hold part of the results; the caller must check the flag.
    func run<Consumer: TileConsumer>(_ makeConsumer: @escaping @Sendable (Int) -> Consumer) -> [Consumer] {
        guard ownerCount > 0, otherCount > 0 else { return [makeConsumer(0)] }
        let blockCount = (ownerCount + options.tileRows - 1) / options.tileRows
        let workers = max(1, min(options.threads, blockCount))
        if tiles.kernel == .dense { BLAS.prepare() }
        let counter = BlockCounter()
        guard workers > 1 else { return [sweep(worker: 0, of: 1, blockCount: blockCount, counter: counter, makeConsumer)] }
        let finished = WorkerResults<Consumer>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            finished.store(sweep(worker: worker, of: workers, blockCount: blockCount, counter: counter, makeConsumer), at: worker)
        }
        return finished.values
    }

    /// One worker's share: blocks `worker`, `worker + workers`, … .
    private func sweep<Consumer: TileConsumer>(
        worker: Int, of workers: Int, blockCount: Int, counter: BlockCounter, _ makeConsumer: (Int) -> Consumer
    ) -> Consumer {
        let tileRows = options.tileRows
        let tileColumns = min(options.tileColumns, otherCount)
        var consumer = makeConsumer(worker)
        let tile = UnsafeMutablePointer<Float>.allocate(capacity: tileRows * tileColumns)
        defer { tile.deallocate() }
        for block in stride(from: worker, to: blockCount, by: workers) {
            let owners = (block * tileRows)..<min(ownerCount, (block + 1) * tileRows)
            consumer.begin(owners: owners)
            for firstOther in stride(from: 0, to: otherCount, by: tileColumns) {
                if cancellation?.isCancelled == true { return consumer }
                let others = firstOther..<min(otherCount, firstOther + tileColumns)
                timings?.startTile()
                let started = ContinuousClock.now
                let layout: SkillTiles.Layout
                if Consumer.readsSkillParts {
                    layout = tiles.fill(tile, owners: owners, others: others)
                    excludedOthers?.exclude(from: tile, layout: layout, ownerCount: owners.count, others: others)
                } else {
                    layout = SkillTiles.Layout(rowStride: 0, columnStride: 0)
                }
                let filled = ContinuousClock.now
                consumer.consume(tile, layout: layout, owners: owners, others: others)
                timings?.add(fill: filled - started, consume: ContinuousClock.now - filled)
            }
            consumer.end(owners: owners)
            if let progress { progress(Double(counter.increment()) / Double(blockCount)) }
        }
        return consumer
    }
}

/// How many owner blocks the workers of a sweep have finished.
private final class BlockCounter: Sendable {
    private let done = Atomic<Int>(0)

    /// Counts one more block; returns the count.
    func increment() -> Int { done.add(1, ordering: .relaxed).newValue }
}
