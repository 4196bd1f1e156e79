/// Scores, ranks and explains seeker–post pairs for one set of posts.
///
/// Build an engine once from a taxonomy, the posts and a configuration; then
/// rank batches of seekers or explain pairs from any number of tasks at once.
/// The engine is an immutable value: it holds no global state and is safe to
/// share between threads.
///
/// ```swift
/// let engine = try MatchEngine(taxonomy: taxonomy, posts: posts)
/// let ranking = try engine.rank(seekers, direction: .posts, top: 10)
/// for list in ranking {
///     for match in list.matches { print(match.seekerID, match.postID, match.score.total) }
/// }
/// ```
public struct MatchEngine: Sendable {
    /// The skill taxonomy.
    public let taxonomy: SkillTaxonomy
    /// The posts, in the order given.
    public let posts: [Post]
    /// The scoring parameters.
    public let configuration: ScoringConfiguration
    /// Threads and tile shape.
    public let options: EngineOptions

    let layout: FeatureLayout
    let employers: EmployerNumbers
    let postFeatures: PostFeatures
    private let postIndex: [String: Int]

    /// Validates the inputs and vectorises the posts.
    ///
    /// - Throws: ``ConfigurationError`` for a parameter out of range, or
    ///   ``RecordError`` for a post that breaks a rule of the model.
    /// - Complexity: O(posts × dimensions).
    public init(
        taxonomy: SkillTaxonomy, posts: [Post],
        configuration: ScoringConfiguration = .init(), options: EngineOptions = .init()
    ) throws {
        try configuration.validate()
        try options.validate()
        var postIndex: [String: Int] = [:]
        for (index, post) in posts.enumerated() {
            let problems = RecordValidator.problems(in: post, taxonomy: taxonomy)
            guard problems.isEmpty else { throw RecordError(kind: .post, id: post.id, problems: problems) }
            guard postIndex.updateValue(index, forKey: post.id) == nil else {
                throw RecordError(kind: .post, id: post.id, problem: .duplicate(post.id))
            }
        }
        self.init(
            validated: posts, postIndex: postIndex, taxonomy: taxonomy, configuration: configuration, options: options)
    }

    /// Vectorises posts already validated, with `postIndex` their positions by id.
    private init(
        validated posts: [Post], postIndex: [String: Int], taxonomy: SkillTaxonomy,
        configuration: ScoringConfiguration, options: EngineOptions
    ) {
        self.taxonomy = taxonomy
        self.posts = posts
        self.configuration = configuration
        self.options = options
        self.postIndex = postIndex
        layout = FeatureLayout(taxonomy: taxonomy)
        employers = EmployerNumbers(posts: posts)
        postFeatures = PostFeatures(
            posts, taxonomy: taxonomy, layout: layout, employers: employers, configuration: configuration,
            keepsDenseMatrix: true)
    }

    /// An engine for the posts from `start` on, which are valid already.
    func suffix(from start: Int) -> MatchEngine {
        let posts = Array(posts[start...])
        return MatchEngine(
            validated: posts, postIndex: Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.id, $0) }),
            taxonomy: taxonomy, configuration: configuration, options: options)
    }

    /// The post with `id`, if any.
    public func post(id: String) -> Post? { postIndex[id].map { posts[$0] } }

    /// The number of columns of a feature vector (padded for alignment).
    public var dimensions: Int { layout.dimensions }

    /// Ranks the feasible pairs of `seekers` and the engine's posts.
    ///
    /// A seeker that breaks a rule of the model, or repeats an earlier
    /// seeker's id, is left out and listed in ``Ranking/rejected`` with
    /// every problem; the others are ranked as if it were not there.
    ///
    /// - Parameters:
    ///   - seekers: the batch to rank.
    ///   - direction: `.posts` for each seeker's best posts, `.seekers` for
    ///     each post's best seekers of the batch.
    ///   - k: the list length; lists are shorter where fewer pairs are feasible.
    ///   - progress: told the fraction done, from worker threads, as the pass runs.
    /// - Returns: one list per valid seeker (or post) in input order, best
    ///   first, equal scores in ascending byte-wise id order.
    /// - Complexity: O(seekers × posts × dimensions), in memory
    ///   O((seekers + posts) × dimensions + k × (seekers or posts)).
    public func rank(
        _ seekers: [Seeker], direction: RankingDirection, top k: Int,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> Ranking {
        rank(seekers, direction: direction, top: k, progress: progress, cancellation: nil)
    }

    /// ``rank(_:direction:top:progress:)`` off the caller's thread: the
    /// pass runs on threads of its own, never on the cooperative pool, and
    /// stops between tiles when the task is cancelled.
    ///
    /// - Throws: `CancellationError` if the task was cancelled.
    public func rank(
        _ seekers: [Seeker], direction: RankingDirection, top k: Int,
        progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> Ranking {
        try await Offload.run { cancellation in
            rank(seekers, direction: direction, top: k, progress: progress, cancellation: cancellation)
        }
    }

    /// Each pair's parts and broken rules, from the float64 reference.
    ///
    /// - Throws: ``RecordError`` if the seeker breaks a rule of the model,
    ///   ``UnknownRecordError`` if no post has `postID`.
    public func explain(_ seeker: Seeker, postID: String) throws -> PairExplanation {
        let problems = RecordValidator.problems(in: seeker, taxonomy: taxonomy)
        guard problems.isEmpty else { throw RecordError(kind: .seeker, id: seeker.id, problems: problems) }
        guard let post = post(id: postID) else { throw UnknownRecordError(kind: .post, id: postID) }
        return ReferenceScorer(taxonomy: taxonomy, configuration: configuration).explain(seeker, post)
    }

    func rank(
        _ seekers: [Seeker], direction: RankingDirection, top k: Int,
        progress: (@Sendable (Double) -> Void)?, cancellation: CancellationFlag?
    ) -> Ranking {
        let batch = SeekerBatch(seekers, taxonomy: taxonomy)
        let evaluator = evaluator(for: batch.valid, weights: configuration.weights, includesBonus: true)
        var scorer = TiledScorer(evaluator: evaluator, options: options, kernel: evaluator.seekers.kernel)
        scorer.cancellation = cancellation
        let lists = scorer.topK(direction, k: max(0, k), progress: progress)
        return Ranking(direction: direction, lists: lists, evaluator: evaluator, rejected: batch.rejected)
    }

    /// Vectorises a batch of valid seekers, with unique ids, against the engine's posts.
    func evaluator(for seekers: [Seeker], weights: ScoreWeights, includesBonus: Bool) -> PairEvaluator {
        let terms = SkillTerms(seekers, taxonomy: taxonomy, layout: layout)
        let kernel = options.skillKernel.resolved(averageTerms: terms.averageCount, dimensions: layout.dimensions)
        let seekerFeatures = SeekerFeatures(
            seekers, terms: terms, denseMatrix: kernel == .dense, taxonomy: taxonomy, layout: layout,
            employers: employers, configuration: configuration)
        return PairEvaluator(
            seekers: seekerFeatures, posts: postFeatures, taxonomy: taxonomy,
            configuration: configuration, weights: weights, includesBonus: includesBonus)
    }
}
