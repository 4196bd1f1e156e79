import Testing
@testable import JobMatch

@Suite("Bounded heaps")
struct BoundedHeapTests {
    @Test("keeps the best k of random offers, ties by ordinal; heapsort and sort agree", arguments: [0, 1, 7, 50])
    func bestK(capacity: Int) {
        var random = SeededGenerator(seed: UInt64(capacity) + 11)
        let slots = UnsafeMutablePointer<Candidate>.allocate(capacity: max(capacity, 1))
        defer { slots.deallocate() }
        for round in 0..<200 {
            var heap = BoundedHeap(slots: slots, capacity: capacity)
            var offered: [Candidate] = []
            for index in 0..<Int.random(in: 0...120, using: &random) {
                var candidate = Candidate.empty
                // Few distinct scores, so that ties are common.
                candidate.score.total = Double(Int.random(in: 0...9, using: &random)) / 8
                // Distinct ordinals, as ids are: 37 is prime to 127, which bounds the offers.
                (candidate.ordinal, candidate.index) = (Int32(index * 37 % 127), Int32(index))
                offered.append(candidate)
                heap.offer(candidate)
            }
            let expected = Array(offered.sorted { $1.ranksBelow($0) }.prefix(capacity))
            #expect(heap.sorted().map(\.index) == expected.map(\.index), "round \(round)")
            #expect(heap.removeAllBestFirst().map(\.index) == expected.map(\.index), "round \(round)")
            #expect(heap.count == 0)
        }
    }
}
