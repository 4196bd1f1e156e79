/// The best `capacity` candidates seen so far, kept as a min-heap whose root
/// is the weakest, in memory the caller owns.
///
/// - Complexity: O(log k) per offer once full; O(1) to reject a candidate
///   below the weakest.
struct BoundedHeap<Entry: HeapEntry> {
    private let slots: UnsafeMutablePointer<Entry>
    private let capacity: Int
    /// The number of candidates held.
    private(set) var count: Int

    /// A heap over `capacity` slots at `slots`, starting empty.
    init(slots: UnsafeMutablePointer<Entry>, capacity: Int) {
        self.slots = slots
        self.capacity = capacity
        count = 0
    }

    /// The score a candidate must reach to be considered: −∞ until full,
    /// then the weakest held; +∞ for a heap that holds nothing.
    @inline(__always)
    var threshold: Double {
        guard capacity > 0 else { return .infinity }
        return count < capacity ? -.infinity : slots[0].total
    }

    /// Keeps `candidate` if it ranks above the weakest held or there is room.
    @inline(__always)
    mutating func offer(_ candidate: Entry) {
        if count < capacity {
            var child = count
            count += 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard candidate.ranksBelow(slots[parent]) else { break }
                slots[child] = slots[parent]
                child = parent
            }
            slots[child] = candidate
        } else if capacity > 0, slots[0].ranksBelow(candidate) {
            siftDown(candidate)
        }
    }

    private func siftDown(_ candidate: Entry) {
        var parent = 0
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count, slots[child + 1].ranksBelow(slots[child]) { child += 1 }
            guard slots[child].ranksBelow(candidate) else { break }
            slots[parent] = slots[child]
            parent = child
        }
        slots[parent] = candidate
    }

    /// The candidates held, best first, sorted in place by heapsort (each
    /// weakest moved behind the shrinking heap); the heap is left empty.
    ///
    /// - Complexity: O(k log k), without a comparison closure or a copy to sort.
    mutating func removeAllBestFirst() -> [Entry] {
        let held = count
        while count > 1 {
            count -= 1
            let last = slots[count]
            slots[count] = slots[0]
            siftDown(last)
        }
        count = 0
        return Array(UnsafeBufferPointer(start: slots, count: held))
    }

    /// The candidates held, best first.
    func sorted() -> [Entry] {
        UnsafeBufferPointer(start: slots, count: count).sorted { $1.ranksBelow($0) }
    }
}

/// What a ``BoundedHeap`` holds: a total and an order among equal totals.
protocol HeapEntry: BitwiseCopyable {
    /// The exact float64 score.
    var total: Double { get }
    /// Whether `self` ranks below `other`: a lower score, or the same score and a later id.
    func ranksBelow(_ other: Self) -> Bool
}
