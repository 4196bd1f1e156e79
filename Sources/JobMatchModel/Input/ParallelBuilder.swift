import Dispatch
import Foundation

/// Builds the records of a batch of source items on every processor.
///
/// Reading a file is sequential, but building records from their fields is
/// independent work per record and most of the cost of a load, so batches
/// of records are built in parallel and then taken in file order.
enum ParallelBuilder {
    /// How many items a batch holds: enough to keep the threads' start-up
    /// cost small, few enough to bound the memory the batch's fields take.
    static let batchSize = 8192
    /// How many consecutive records one task builds.
    private static let chunkSize = 256

    /// `items` with each record's fields built into a record by `build`.
    ///
    /// - Parameters:
    ///   - items: a batch of items in file order.
    ///   - build: builds one record; it must not depend on other records.
    /// - Returns: one item per item of `items`, in the same order.
    /// - Complexity: O(cost of building the records ÷ processors).
    static func build<Record: Sendable>(
        _ items: [SourceItem<any RecordFields>], with build: @Sendable (any RecordFields) -> BuiltRecord<Record>
    ) -> [SourceItem<BuiltRecord<Record>>] {
        let chunks = (items.count + chunkSize - 1) / chunkSize
        guard chunks > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return items.map { $0.map(build) }
        }
        return [SourceItem<BuiltRecord<Record>>](unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
            // Each task initialises its own disjoint range of the buffer, so
            // sharing the pointer across threads is safe.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
                for index in range {
                    (output.baseAddress! + index).initialize(to: items[index].map(build))
                }
            }
            initializedCount = items.count
        }
    }
}
