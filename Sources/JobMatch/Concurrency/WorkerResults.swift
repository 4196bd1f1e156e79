/// One slot per worker thread for what it hands back.
///
/// `@unchecked Sendable`: each worker writes only its own slot, and the
/// slots are read only after every worker has returned. The slots are
/// written through a pointer: a mutating call on an array property would be
/// an access to that one variable from every worker at once, a data race.
final class WorkerResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at worker: Int) {
        slots[worker] = value
    }

    var values: [Value] { slots.map { $0! } }
}
