/// A group's share of every prefix, as whole candidates: ⌊share × j⌋ of the
/// first j places, computed in `Double` exactly as written.
struct ShareFloor {
    /// The share, in [0, 1].
    let share: Double

    /// The candidates the group is owed among the first `prefix` places.
    func owed(inPrefix prefix: Int) -> Int {
        Int((share * Double(prefix)).rounded(.down))
    }

    /// Entry c: the shortest prefix, up to `k`, that owes the group c + 1
    /// candidates; the group's c-th candidate (from 0) must be placed within it.
    func deadlines(upTo k: Int) -> [Int] {
        var deadlines: [Int] = []
        guard k > 0 else { return deadlines }
        for prefix in 1...k {
            while deadlines.count < owed(inPrefix: prefix) { deadlines.append(prefix) }
        }
        return deadlines
    }
}
