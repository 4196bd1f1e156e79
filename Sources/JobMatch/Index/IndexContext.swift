/// What every segment of a live index is vectorised with: the taxonomy
/// and its feature layout, the scoring parameters, the employers' numbers.
///
/// A taxonomy change makes a new context and re-vectorises every segment;
/// the employers' numbers carry over, since they never change once given.
struct IndexContext: Sendable {
    let taxonomy: SkillTaxonomy
    let layout: FeatureLayout
    let configuration: ScoringConfiguration
    let employers: EmployerNumbers
    let policy: SegmentPolicy

    init(
        taxonomy: SkillTaxonomy, configuration: ScoringConfiguration, employers: EmployerNumbers, policy: SegmentPolicy
    ) {
        self.taxonomy = taxonomy
        layout = FeatureLayout(taxonomy: taxonomy)
        self.configuration = configuration
        self.employers = employers
        self.policy = policy
    }

    /// One post vectorised alone, for a query that owns it.
    func features(of post: Post) -> PostFeatures {
        PostFeatures(
            [post], taxonomy: taxonomy, layout: layout, employers: employers, configuration: configuration,
            keepsDenseMatrix: false)
    }

    /// Seekers vectorised for the sparse kernel, the one index queries use.
    func features(of seekers: [Seeker]) -> SeekerFeatures {
        SeekerFeatures(
            seekers, terms: SkillTerms(seekers, taxonomy: taxonomy, layout: layout), denseMatrix: false,
            taxonomy: taxonomy, layout: layout, employers: employers, configuration: configuration)
    }

    /// The evaluator of `seekers` against `posts` with the ranking weights and bonus.
    func evaluator(seekers: SeekerFeatures, posts: PostFeatures) -> PairEvaluator {
        PairEvaluator(
            seekers: seekers, posts: posts, taxonomy: taxonomy, configuration: configuration,
            weights: configuration.weights, includesBonus: true)
    }
}
