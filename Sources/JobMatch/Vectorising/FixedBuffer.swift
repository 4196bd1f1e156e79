/// A fixed-size, heap-allocated array of trivial values read through a raw
/// pointer in the scoring loops, free of bounds checks and reference counting.
///
/// `@unchecked Sendable`: the memory is written only while the buffer is
/// being built, by its single owner, and is read-only once shared.
final class FixedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The number of elements.
    let count: Int
    /// The first element; valid for `count` elements while the buffer lives.
    let base: UnsafeMutablePointer<Element>

    /// Creates a buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.count = count
        base = Self.allocate(count)
        base.initialize(repeating: value, count: count)
    }

    /// Creates a buffer holding `elements`.
    init(_ elements: [Element]) {
        count = elements.count
        base = Self.allocate(count)
        elements.withUnsafeBufferPointer { source in
            if let from = source.baseAddress { base.initialize(from: from, count: count) }
        }
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    /// Memory for `count` elements on a 64-byte boundary, so that rows of
    /// feature matrices start on cache lines and vector loads stay aligned.
    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Element> {
        UnsafeMutableRawPointer
            .allocate(byteCount: max(count, 1) * MemoryLayout<Element>.stride, alignment: 64)
            .bindMemory(to: Element.self, capacity: max(count, 1))
    }
}
