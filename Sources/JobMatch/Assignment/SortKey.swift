/// Sort keys that put higher scores first as plain unsigned integers, so
/// that sorting millions of edges compares integers rather than calling a
/// closure that looks scores and ids up.
enum SortKey {
    /// A key below the key of every lower score; equal scores, 0 and -0
    /// included, get equal keys.
    static func descending(_ score: Double) -> UInt64 {
        // Adding 0 turns -0 into 0.
        let bits = (score + 0).bitPattern
        let ascending = bits >> 63 == 0 ? bits | 1 << 63 : ~bits
        return ~ascending
    }
}
