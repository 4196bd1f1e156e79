/// The three inputs of a run, loaded together: taxonomy, seekers and posts.
public struct DataSet: Sendable {
    /// The taxonomy built from the valid skills.
    public var taxonomy: SkillTaxonomy
    /// The taxonomy file's skills and problems.
    public var skills: Loaded<Skill>
    /// The seekers file's seekers and problems.
    public var seekers: Loaded<Seeker>
    /// The posts file's posts and problems.
    public var posts: Loaded<Post>

    /// Creates a data set from loaded files.
    public init(taxonomy: SkillTaxonomy, skills: Loaded<Skill>, seekers: Loaded<Seeker>, posts: Loaded<Post>) {
        self.taxonomy = taxonomy
        self.skills = skills
        self.seekers = seekers
        self.posts = posts
    }

    /// Every problem of the three files: taxonomy, seekers, then posts.
    public var problems: [InputError] { skills.problems + seekers.problems + posts.problems }

    /// Every rejected record of the three files.
    public var rejected: [RejectedRecord] { skills.rejected + seekers.rejected + posts.rejected }

    /// Every warning of the three files.
    public var warnings: [InputWarning] { skills.warnings + seekers.warnings + posts.warnings }

    /// Whether all three files loaded without any problem.
    public var isValid: Bool { skills.isValid && seekers.isValid && posts.isValid }
}
