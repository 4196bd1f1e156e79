/// When a live index seals its fresh segment and merges sealed ones.
struct SegmentPolicy: Sendable {
    /// Records in the fresh segment before it is sealed: each change
    /// vectorises the fresh segment again, so this bounds a change's cost.
    var freshCapacity = 64
    /// Sealed segments of one size tier that make a merge.
    var mergeFactor = 8

    /// The size tier of a segment of `count` records: tier `t` holds up to
    /// `freshCapacity · mergeFactorᵗ⁺¹` records.
    func tier(of count: Int) -> Int {
        var tier = 0
        var bound = freshCapacity * mergeFactor
        while count >= bound {
            tier += 1
            bound *= mergeFactor
        }
        return tier
    }
}
