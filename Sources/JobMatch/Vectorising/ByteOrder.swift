/// Byte-wise ordering of ids, as SCORING.md breaks ties.
enum ByteOrder {
    /// Whether `a` precedes `b` comparing their UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Each id's position when the ids are sorted byte-wise.
    static func ordinals(of ids: [String]) -> [Int32] {
        let order = ids.indices.sorted { precedes(ids[$0], ids[$1]) }
        var ordinals = [Int32](repeating: 0, count: ids.count)
        for (position, index) in order.enumerated() { ordinals[index] = Int32(position) }
        return ordinals
    }
}
