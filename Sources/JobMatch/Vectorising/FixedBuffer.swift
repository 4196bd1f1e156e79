/// A fixed-size, heap-allocated array of trivial values read through a raw
/// pointer in the scoring loops, free of bounds checks and reference counting.
///
/// Reads go through ``base`` or the subscript; every write goes through
/// ``mutableBase``, so that searching for it finds every writer. A buffer
/// is written in one of two ways: by its single owner, before it is shared
/// (while features are built, or in a consumer's buffers of its own); or
/// after it is shared, by several threads at once, each writing only slots
/// that no other thread reads or writes until their work is joined (a
/// sweep's workers, each filling the lists of the owners it swept).
///
/// `@unchecked Sendable`: the class manages the memory but does not order
/// the accesses to it. It is safe to share because its writers keep the
/// rule above: no slot is written by two threads, nor read by one thread
/// while another writes it, and the join that ends the workers' writes
/// orders them before any read of the results.
final class FixedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The number of elements.
    let count: Int
    /// The first element, for reading; valid for `count` elements while the buffer lives.
    let base: UnsafePointer<Element>

    /// Creates a buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.count = count
        let elements = Self.allocate(count)
        elements.initialize(repeating: value, count: count)
        base = UnsafePointer(elements)
    }

    /// Creates a buffer holding `elements`.
    init(_ elements: [Element]) {
        count = elements.count
        let copy = Self.allocate(elements.count)
        elements.withUnsafeBufferPointer { source in
            if let from = source.baseAddress { copy.initialize(from: from, count: source.count) }
        }
        base = UnsafePointer(copy)
    }

    deinit { base.deallocate() }

    /// The element at `index`, which must be below `count`.
    subscript(index: Int) -> Element { base[index] }

    /// The first element, for writing in place.
    ///
    /// The caller must write only slots that no other thread reads or
    /// writes until the caller's work is joined with theirs (see the type's
    /// summary).
    var mutableBase: UnsafeMutablePointer<Element> { UnsafeMutablePointer(mutating: base) }

    /// Memory for `count` elements on a 64-byte boundary, so that rows of
    /// feature matrices start on cache lines and vector loads stay aligned.
    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Element> {
        UnsafeMutableRawPointer
            .allocate(byteCount: max(count, 1) * MemoryLayout<Element>.stride, alignment: 64)
            .bindMemory(to: Element.self, capacity: max(count, 1))
    }
}
