import Foundation

/// A value that threads share behind a lock ThreadSanitizer understands.
///
/// The standard library's `Mutex` hands a contended lock over in the kernel
/// (a priority-inheritance futex) inside code ThreadSanitizer does not see,
/// so under contention it reports races on whatever such a lock guards.
/// `NSLock` is a pthread mutex, whose calls ThreadSanitizer intercepts.
///
/// `@unchecked Sendable`: `value` is read and written only inside
/// ``withLock(_:)``, with the lock held.
package final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// A lock guarding `value`.
    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the lock held and the value lent to it.
    package func withLock<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
