/// One place of a re-ranked list: the candidate at `position` of group `group`'s list.
public struct FairPick: Sendable, Hashable {
    /// The index of the group's list among the lists given.
    public var group: Int
    /// The index of the candidate in its group's list.
    public var position: Int

    /// The candidate at `position` of group `group`'s list.
    public init(group: Int, position: Int) {
        self.group = group
        self.position = position
    }
}
