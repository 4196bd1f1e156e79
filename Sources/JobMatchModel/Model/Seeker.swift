/// A job seeker: skills, place, expectations and the help they are entitled to.
public struct Seeker: Sendable, Hashable {
    /// The unique id.
    public var id: String
    /// Home or preferred location, degrees.
    public var location: Coordinate
    /// Skill grades; each skill at most once.
    public var skills: [SkillLevel]
    /// The farthest the seeker will travel, in km, if they set a limit.
    public var maxCommuteKm: Double?
    /// The expected monthly wage in CNY, for posts other than gigs.
    public var expectedMonthlyWage: Double?
    /// The expected hourly wage in CNY, for gigs.
    public var expectedHourlyWage: Double?
    /// The work types the seeker accepts.
    public var accepts: WorkTypeSet
    /// Key-group tags.
    public var keyGroups: Set<KeyGroup>
    /// The early-warning level.
    public var warning: WarningLevel
    /// The current employer, for members of the shared-employee pool.
    public var employer: String?
    /// The start of the seeker's availability, if given.
    public var availableFrom: Timestamp?
    /// The end of the seeker's availability, if given.
    public var availableUntil: Timestamp?

    /// Creates a seeker; only the id and location are required.
    public init(
        id: String,
        location: Coordinate,
        skills: [SkillLevel] = [],
        maxCommuteKm: Double? = nil,
        expectedMonthlyWage: Double? = nil,
        expectedHourlyWage: Double? = nil,
        accepts: WorkTypeSet = WorkTypeSet([.fulltime]),
        keyGroups: Set<KeyGroup> = [],
        warning: WarningLevel = .none,
        employer: String? = nil,
        availableFrom: Timestamp? = nil,
        availableUntil: Timestamp? = nil
    ) {
        self.id = id
        self.location = location
        self.skills = skills
        self.maxCommuteKm = maxCommuteKm
        self.expectedMonthlyWage = expectedMonthlyWage
        self.expectedHourlyWage = expectedHourlyWage
        self.accepts = accepts
        self.keyGroups = keyGroups
        self.warning = warning
        self.employer = employer
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
    }
}
