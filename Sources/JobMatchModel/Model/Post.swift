/// A post an employer offers: place, pay, headcount and skill requirements.
public struct Post: Sendable, Hashable {
    /// The unique id.
    public var id: String
    /// The employer's id.
    public var employer: String
    /// A display title.
    public var title: String?
    /// The kind of engagement.
    public var workType: WorkType
    /// The workplace, degrees.
    public var location: Coordinate
    /// The farthest a seeker may live, in km, if the post sets a limit.
    public var radiusKm: Double?
    /// The lowest offered wage: CNY per hour for gigs, per month otherwise.
    public var wageMin: Double
    /// The highest offered wage, same unit as `wageMin`.
    public var wageMax: Double
    /// Headcount, at least 1.
    public var openings: Int
    /// The start of the post's time window (gigs, secondments), if any.
    public var start: Timestamp?
    /// The end of the post's time window, if any.
    public var end: Timestamp?
    /// The district, for reports.
    public var district: String?
    /// The industry, for reports.
    public var industry: String?
    /// Skill requirements; each skill at most once.
    public var requirements: [Requirement]

    /// Creates a post.
    public init(
        id: String,
        employer: String,
        title: String? = nil,
        workType: WorkType = .fulltime,
        location: Coordinate,
        radiusKm: Double? = nil,
        wageMin: Double,
        wageMax: Double,
        openings: Int = 1,
        start: Timestamp? = nil,
        end: Timestamp? = nil,
        district: String? = nil,
        industry: String? = nil,
        requirements: [Requirement] = []
    ) {
        self.id = id
        self.employer = employer
        self.title = title
        self.workType = workType
        self.location = location
        self.radiusKm = radiusKm
        self.wageMin = wageMin
        self.wageMax = wageMax
        self.openings = openings
        self.start = start
        self.end = end
        self.district = district
        self.industry = industry
        self.requirements = requirements
    }

    /// The offer `o` of SCORING.md: the middle of the wage range.
    public var offeredWage: Double { (wageMin + wageMax) / 2 }
}
