/// Every post's openings as slots in flat arrays, each post's slots kept as
/// a binary min-heap by a key, so the slot with the least key is at hand.
///
/// The auction keys slots by the bid each holds (a new bid must beat the
/// lowest); deferred acceptance keys them by how the post ranks the holder (a
/// new proposal competes with the least preferred). Slots keep their number
/// while they move in the heap, so callers can hold on to them.
struct SlotHeaps: Sendable {
    /// `slotStart[p] ..< slotStart[p + 1]` are post `p`'s slots.
    let slotStart: [Int]
    /// The post of each slot.
    let slotPost: [Int32]
    /// Each slot's key.
    private(set) var key: [Int64]
    /// Each post's least key, `Int64.max` for a post without slots; kept
    /// apart from the heaps because bidding reads it once per edge.
    private(set) var leastKey: [Int64]
    /// Each post's slots in heap order, in the post's range.
    private var heap: [Int32]
    /// Where each slot sits in `heap`.
    private var position: [Int32]

    /// Slots for posts with the given numbers of slots, all with `initialKey`.
    init(slotCounts: [Int], initialKey: Int64) {
        var slotStart = [0]
        slotStart.reserveCapacity(slotCounts.count + 1)
        for count in slotCounts { slotStart.append(slotStart.last! + count) }
        let total = slotStart.last!
        precondition(total <= Int(Int32.max), "too many openings for 32-bit slot numbers")
        self.slotStart = slotStart
        slotPost = slotCounts.indices.flatMap { post in repeatElement(Int32(post), count: slotCounts[post]) }
        key = [Int64](repeating: initialKey, count: total)
        leastKey = slotCounts.map { $0 > 0 ? initialKey : .max }
        heap = (0..<Int32(total)).map { $0 }
        position = heap
    }

    /// The number of slots of all posts.
    var count: Int { key.count }

    /// The slot of `post` with the least key; `post` must have a slot.
    @inline(__always)
    func leastSlot(of post: Int) -> Int { Int(heap[slotStart[post]]) }

    /// Gives `slot` a new key and restores its post's heap.
    ///
    /// - Complexity: O(log slots of the post).
    mutating func setKey(_ newKey: Int64, of slot: Int) {
        sift(slot, to: newKey, aheadOfEqualKeys: false)
    }

    /// Gives `slot` its post's least key and puts it first among the slots
    /// with that key, so ``leastSlot(of:)`` returns it.
    ///
    /// - Complexity: O(log slots of the post).
    mutating func makeLeast(_ slot: Int) {
        sift(slot, to: leastKey[Int(slotPost[slot])], aheadOfEqualKeys: true)
    }

    private mutating func sift(_ slot: Int, to newKey: Int64, aheadOfEqualKeys: Bool) {
        let post = Int(slotPost[slot])
        let start = slotStart[post], count = slotStart[post + 1] - start
        let rising = newKey > key[slot]
        key[slot] = newKey
        var local = Int(position[slot]) - start
        if rising {
            while true {
                var child = 2 * local + 1
                guard child < count else { break }
                if child + 1 < count, key[Int(heap[start + child + 1])] < key[Int(heap[start + child])] { child += 1 }
                guard key[Int(heap[start + child])] < newKey else { break }
                move(from: start + child, to: start + local)
                local = child
            }
        } else {
            while local > 0 {
                let parent = (local - 1) / 2
                let parentKey = key[Int(heap[start + parent])]
                guard newKey < parentKey || aheadOfEqualKeys && newKey == parentKey else { break }
                move(from: start + parent, to: start + local)
                local = parent
            }
        }
        heap[start + local] = Int32(slot)
        position[slot] = Int32(start + local)
        leastKey[post] = key[Int(heap[start])]
    }

    private mutating func move(from source: Int, to target: Int) {
        heap[target] = heap[source]
        position[Int(heap[target])] = Int32(target)
    }
}
