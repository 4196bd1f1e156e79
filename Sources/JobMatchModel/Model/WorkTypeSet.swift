/// A set of work types stored as a bit mask, cheap to test in the scoring loop.
public struct WorkTypeSet: Sendable, Hashable {
    /// The mask, one bit per ``WorkType`` in declaration order.
    public private(set) var rawValue: UInt8

    /// Creates a set holding the given types.
    public init(_ types: some Sequence<WorkType>) {
        rawValue = types.reduce(0) { $0 | $1.bit }
    }

    /// Whether the set holds `type`.
    public func contains(_ type: WorkType) -> Bool { rawValue & type.bit != 0 }

    /// Adds `type` to the set.
    public mutating func insert(_ type: WorkType) { rawValue |= type.bit }

    /// Removes `type` from the set.
    public mutating func remove(_ type: WorkType) { rawValue &= ~type.bit }

    /// The types in both sets.
    public func intersection(_ other: WorkTypeSet) -> WorkTypeSet {
        var result = self
        result.rawValue &= other.rawValue
        return result
    }

    /// The types in the set, in declaration order.
    public var members: [WorkType] { WorkType.allCases.filter(contains) }
}
