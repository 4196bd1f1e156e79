/// The openings of the posts of one work type and how many stayed unfilled.
public struct WorkTypeOpenings: Sendable, Hashable, Codable {
    /// The work type.
    public var workType: WorkType
    /// The openings of all posts of the type.
    public var openings: Int
    /// The openings no one was placed in.
    public var unfilled: Int

    /// Creates the figures of one work type.
    public init(workType: WorkType, openings: Int, unfilled: Int) {
        self.workType = workType
        self.openings = openings
        self.unfilled = unfilled
    }

    enum CodingKeys: String, CodingKey {
        case workType = "work_type"
        case openings
        case unfilled
    }
}
