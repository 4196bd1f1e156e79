/// A district of the city, by its centre: reports place seekers in the
/// district whose centre is nearest, and posts by their `district` field.
public struct District: Sendable, Hashable {
    /// The id, as posts' `district` field names it, such as `xialu`.
    public var id: String
    /// The display name.
    public var name: String
    /// The Chinese display name, if any.
    public var chineseName: String?
    /// The centre.
    public var centre: Coordinate

    /// Creates a district.
    public init(id: String, name: String, chineseName: String? = nil, centre: Coordinate) {
        self.id = id
        self.name = name
        self.chineseName = chineseName
        self.centre = centre
    }
}
