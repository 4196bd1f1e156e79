/// How many seekers of one group an assignment placed.
public struct PlacementRate<Group>: Sendable, Hashable, Codable where Group: Sendable & Hashable & Codable {
    /// The group: a key group or a warning level.
    public var group: Group
    /// The seekers of the batch in the group.
    public var seekers: Int
    /// Those of them placed.
    public var placed: Int
    /// `placed / seekers`, or `nil` for a group without seekers.
    public var rate: Double?

    /// The rate of `placed` out of `seekers`.
    public init(group: Group, seekers: Int, placed: Int) {
        self.group = group
        self.seekers = seekers
        self.placed = placed
        rate = seekers > 0 ? Double(placed) / Double(seekers) : nil
    }
}
