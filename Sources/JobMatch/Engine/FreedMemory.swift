#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed in the middle of the heap back to the system.
///
/// glibc keeps the blocks a long pass frees inside its arenas, where one
/// large allocation made afterwards (a graph's edges) cannot use them: the
/// process would hold both. glibc's `malloc_trim` returns them; it is looked
/// up at run time (Swift's Glibc module does not declare it), and where it
/// is missing this does nothing.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Whether this system's allocator can be asked to return memory.
    static var returnsMemory: Bool { trim != nil }

    /// Returns the free pages of every arena to the system.
    /// - Complexity: a walk over the heap's free blocks.
    static func release() {
        _ = trim?(0)
    }
}
