import JobMatch

/// What a report is made of and how: the records, the districts, planned
/// posts, and the parameters of REPORTS.md's command.
public struct ReportRequest: Sendable {
    public var taxonomy: SkillTaxonomy
    public var seekers: [Seeker]
    public var posts: [Post]
    /// The districts by their centres; empty to leave district tables out.
    public var districts: [District]
    /// Posts of a planned project, for the what-if; empty for none.
    public var planned: [Post]
    /// The radii of the employment circles, km.
    public var circles: [Double]
    /// The most seekers the training plan trains.
    public var trainees: Int
    public var mode: AssignmentMode
    public var candidates: CandidateLimit
    /// A fair re-ranking of posts' lists whose exposure the report gives
    /// beside the unconstrained lists'; `nil` for none.
    public var fairness: FairnessPolicy?
    public var configuration: ScoringConfiguration
    public var options: EngineOptions
    /// The input files, for the page's header.
    public var inputNames: [String]

    /// A request with REPORTS.md's defaults: circles of 1, 3 and 5 km, 100
    /// trainees, optimal assignment on 50 candidates a side.
    public init(
        taxonomy: SkillTaxonomy, seekers: [Seeker], posts: [Post], districts: [District] = [], planned: [Post] = [],
        circles: [Double] = [1, 3, 5], trainees: Int = 100, mode: AssignmentMode = .optimal,
        candidates: CandidateLimit = .perSide(50), fairness: FairnessPolicy? = nil, configuration: ScoringConfiguration = .init(),
        options: EngineOptions = .init(), inputNames: [String] = []
    ) {
        self.taxonomy = taxonomy
        self.seekers = seekers
        self.posts = posts
        self.districts = districts
        self.planned = planned
        self.circles = circles
        self.trainees = trainees
        self.mode = mode
        self.candidates = candidates
        self.fairness = fairness
        self.configuration = configuration
        self.options = options
        self.inputNames = inputNames
    }
}
