/// Parameters of assignment reports.
public struct AssignmentConfiguration: Sendable, Hashable {
    /// The service subsidy paid to the shared-employee pool's operator for
    /// each successful shared placement, in CNY.
    public var subsidyPerSharedPlacement: Double

    /// Creates a configuration; the subsidy is 1,000 CNY per person by default.
    public init(subsidyPerSharedPlacement: Double = 1000) {
        self.subsidyPerSharedPlacement = subsidyPerSharedPlacement
    }
}
