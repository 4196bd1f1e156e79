/// One employer's part in the shared-employee pool.
public struct EmployerSharing: Sendable, Hashable, Codable {
    /// The employer's id.
    public var employer: String
    /// Its employees placed in other employers' `shared` posts.
    public var lent: Int
    /// The seekers placed in its own `shared` posts.
    public var borrowed: Int

    /// Creates one employer's figures.
    public init(employer: String, lent: Int, borrowed: Int) {
        self.employer = employer
        self.lent = lent
        self.borrowed = borrowed
    }
}
