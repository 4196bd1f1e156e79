import Dispatch

/// A live matcher: taxonomy, posts and seekers that change while queries run.
///
/// Build one index, then from any number of threads or tasks change it
/// (``upsert(posts:)``, ``removePosts(ids:)``, …) and ask it for the best
/// posts of a seeker or the best seekers of a post. Results are identical to
/// those of a ``MatchEngine`` built fresh from the same records, whatever
/// the order the changes came in.
///
/// ```swift
/// let index = try MatchIndex(taxonomy: taxonomy, posts: posts, seekers: seekers)
/// try index.upsert(newPost)                          // visible to every query that starts now
/// let list = try index.bestPosts(forSeekerID: "S000001", top: 10)
/// ```
///
/// **Consistency.** Each change (one call) is applied whole or not at all.
/// A query works on the snapshot current when it begins: it sees every
/// change that returned before, never part of a change.
///
/// **Cost.** Records live in immutable segments plus a small fresh one
/// that takes each change, so a change costs what it touches: the fresh
/// segment is vectorised again and replaced records get deletion marks.
/// Segments of like size are merged in the background. A taxonomy change
/// re-vectorises everything.
///
/// **Threads.** A query on one record runs on the calling thread (or, in
/// its `async` form, on a thread of its own off the cooperative pool); batch
/// work (``IndexSnapshot/rank(direction:top:progress:)``) uses
/// ``EngineOptions/threads`` workers. Nothing process-wide changes.
public final class MatchIndex: Sendable {
    /// The thread budget and tile shape of batch work.
    public let options: EngineOptions
    private let published: Locked<IndexSnapshot>
    /// Serialises changes and merge installs; the flag says a merge is under way.
    private let writer = Locked<Bool>(false)
    private let merges = DispatchGroup()

    /// Creates an index holding `posts` and `seekers`.
    ///
    /// - Throws: ``ConfigurationError`` for a parameter out of range, or
    ///   ``InvalidRecordsError`` listing every record that breaks a rule of
    ///   the model or repeats an id.
    /// - Complexity: O((posts + seekers) × dimensions).
    public convenience init(
        taxonomy: SkillTaxonomy, posts: [Post] = [], seekers: [Seeker] = [],
        configuration: ScoringConfiguration = .init(), options: EngineOptions = .init()
    ) throws {
        try self.init(
            taxonomy: taxonomy, posts: posts, seekers: seekers, configuration: configuration, options: options,
            policy: SegmentPolicy())
    }

    /// An index whose segments follow `policy`: tests make it small, to seal and merge often.
    init(
        taxonomy: SkillTaxonomy, posts: [Post], seekers: [Seeker], configuration: ScoringConfiguration,
        options: EngineOptions, policy: SegmentPolicy
    ) throws {
        try configuration.validate()
        try options.validate()
        try Self.check(posts, taxonomy: taxonomy)
        try Self.check(seekers, taxonomy: taxonomy)
        let context = IndexContext(
            taxonomy: taxonomy, configuration: configuration, employers: EmployerNumbers(), policy: policy)
        Self.register(posts, seekers, in: context)
        self.options = options
        published = Locked(IndexSnapshot(
            context: context, postSegments: SegmentList(records: posts, context: context),
            seekerSegments: SegmentList(records: seekers, context: context), options: options, generation: 0))
    }

    /// What the index holds now. Queries on the index take it as they begin.
    public var snapshot: IndexSnapshot { published.withLock { $0 } }

    // MARK: - Changes

    /// Adds `posts`, replacing any stored post with the same id, as one change.
    ///
    /// - Returns: the ids that were not stored before.
    /// - Throws: ``InvalidRecordsError`` listing every post that breaks a
    ///   rule of the model or repeats an id of the batch; nothing is changed.
    /// - Complexity: O(batch + fresh segment) vectorising, plus deletion marks.
    @discardableResult
    public func upsert(posts: [Post]) throws(InvalidRecordsError) -> Set<String> {
        try change { snapshot throws(InvalidRecordsError) in
            try Self.check(posts, taxonomy: snapshot.taxonomy)
            Self.register(posts, [], in: snapshot.context)
            return snapshot.postSegments.apply(upserts: posts, removals: [], context: snapshot.context).created
        }
    }

    /// Adds `post`, replacing any stored post with its id.
    ///
    /// - Returns: whether the post is new.
    /// - Throws: ``InvalidRecordsError`` if the post breaks a rule of the model.
    @discardableResult
    public func upsert(_ post: Post) throws(InvalidRecordsError) -> Bool {
        try !upsert(posts: [post]).isEmpty
    }

    /// Removes the posts with `ids`, as one change.
    ///
    /// - Returns: the ids that were stored, now removed.
    @discardableResult
    public func removePosts(ids: [String]) -> Set<String> {
        change { snapshot in snapshot.postSegments.apply(upserts: [], removals: ids, context: snapshot.context).removed }
    }

    /// Adds `seekers`, replacing any stored seeker with the same id, as one change.
    ///
    /// - Returns: the ids that were not stored before.
    /// - Throws: ``InvalidRecordsError`` listing every seeker that breaks a
    ///   rule of the model or repeats an id of the batch; nothing is changed.
    @discardableResult
    public func upsert(seekers: [Seeker]) throws(InvalidRecordsError) -> Set<String> {
        try change { snapshot throws(InvalidRecordsError) in
            try Self.check(seekers, taxonomy: snapshot.taxonomy)
            Self.register([], seekers, in: snapshot.context)
            return snapshot.seekerSegments.apply(upserts: seekers, removals: [], context: snapshot.context).created
        }
    }

    /// Adds `seeker`, replacing any stored seeker with its id.
    ///
    /// - Returns: whether the seeker is new.
    /// - Throws: ``InvalidRecordsError`` if the seeker breaks a rule of the model.
    @discardableResult
    public func upsert(_ seeker: Seeker) throws(InvalidRecordsError) -> Bool {
        try !upsert(seekers: [seeker]).isEmpty
    }

    /// Removes the seekers with `ids`, as one change.
    ///
    /// - Returns: the ids that were stored, now removed.
    @discardableResult
    public func removeSeekers(ids: [String]) -> Set<String> {
        change { snapshot in snapshot.seekerSegments.apply(upserts: [], removals: ids, context: snapshot.context).removed }
    }

    /// Adds `skills` to the taxonomy, replacing any skill with the same id
    /// in place, and re-vectorises every record.
    ///
    /// - Returns: the ids that were not in the taxonomy before.
    /// - Throws: ``InvalidRecordsError`` for a skill that breaks a rule of
    ///   the model or repeats an id of the batch, or listing the stored
    ///   posts and seekers the new taxonomy would make invalid (a
    ///   `max_level` lowered below a level they name); nothing is changed.
    /// - Complexity: O((posts + seekers) × dimensions), under the write
    ///   lock: other changes wait, queries go on with the old taxonomy.
    @discardableResult
    public func upsert(skills: [Skill]) throws(InvalidRecordsError) -> Set<String> {
        try change { snapshot throws(InvalidRecordsError) in
            let (taxonomy, created) = try snapshot.taxonomy(upserting: skills)
            guard taxonomy.skills != snapshot.taxonomy.skills else { return created }
            let context = IndexContext(
                taxonomy: taxonomy, configuration: snapshot.configuration, employers: snapshot.context.employers,
                policy: snapshot.context.policy)
            snapshot.context = context
            snapshot.postSegments = SegmentList(records: snapshot.postSegments.records, context: context)
            snapshot.seekerSegments = SegmentList(records: snapshot.seekerSegments.records, context: context)
            return created
        }
    }

    /// Applies `body` to a copy of the current snapshot and publishes the
    /// result as the next one, unless `body` throws.
    private func change<Result: Sendable, Failure: Error>(
        _ body: (inout IndexSnapshot) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let result = try writer.withLock { _ throws(Failure) -> Result in
            var next = snapshot
            let result = try body(&next)
            next.generation += 1
            published.withLock { $0 = next }
            return result
        }
        scheduleMerges()
        return result
    }

    // MARK: - Merges

    /// Blocks until no merge is under way or due.
    public func waitForMerges() {
        merges.wait()
    }

    /// Merges each side into one segment now, purging every deletion mark,
    /// on the calling thread; queries go on meanwhile.
    ///
    /// - Complexity: O((posts + seekers) × dimensions).
    public func compact() {
        waitForMerges()
        writer.withLock { _ in
            var next = snapshot
            next.postSegments = SegmentList(records: next.postSegments.records, context: next.context)
            next.seekerSegments = SegmentList(records: next.seekerSegments.records, context: next.context)
            published.withLock { $0 = next }
        }
    }

    /// Starts a background merge if one is due and none is under way.
    private func scheduleMerges() {
        let starts = writer.withLock { isMerging -> Bool in
            guard !isMerging, Self.hasMergeDue(snapshot) else { return false }
            isMerging = true
            // Entered under the lock, so that a waiter never sees a merge due but not yet counted.
            merges.enter()
            return true
        }
        guard starts else { return }
        // The merge holds the index until it is done: an index dropped
        // meanwhile goes when its last merge ends.
        DispatchQueue.global(qos: .utility).async { [self] in
            mergeWhileDue()
            merges.leave()
        }
    }

    /// Merges until no merge is due; each merge is built outside the write
    /// lock and put in place under it.
    private func mergeWhileDue() {
        while true {
            let current = snapshot
            if let plan = current.postSegments.mergePlan(policy: current.context.policy) {
                let merge = current.postSegments.merge(plan, context: current.context)
                install { $0.postSegments.install(merge) }
            } else if let plan = current.seekerSegments.mergePlan(policy: current.context.policy) {
                let merge = current.seekerSegments.merge(plan, context: current.context)
                install { $0.seekerSegments.install(merge) }
            }
            let isDone = writer.withLock { isMerging -> Bool in
                guard !Self.hasMergeDue(snapshot) else { return false }
                isMerging = false
                return true
            }
            if isDone { return }
        }
    }

    /// Publishes the current snapshot with `body` applied, if `body` says it changed anything.
    private func install(_ body: (inout IndexSnapshot) -> Bool) {
        writer.withLock { _ in
            var next = snapshot
            if body(&next) { published.withLock { $0 = next } }
        }
    }

    private static func hasMergeDue(_ snapshot: IndexSnapshot) -> Bool {
        snapshot.postSegments.mergePlan(policy: snapshot.context.policy) != nil
            || snapshot.seekerSegments.mergePlan(policy: snapshot.context.policy) != nil
    }

    // MARK: - Checks

    static func check(_ posts: [Post], taxonomy: SkillTaxonomy) throws(InvalidRecordsError) {
        try check(posts, kind: .post, id: \.id) { RecordValidator.problems(in: $0, taxonomy: taxonomy) }
    }

    static func check(_ seekers: [Seeker], taxonomy: SkillTaxonomy) throws(InvalidRecordsError) {
        try check(seekers, kind: .seeker, id: \.id) { RecordValidator.problems(in: $0, taxonomy: taxonomy) }
    }

    private static func check<Record>(
        _ records: [Record], kind: RecordError.Kind, id: (Record) -> String, problems: (Record) -> [FieldProblem]
    ) throws(InvalidRecordsError) {
        var errors: [RecordError] = []
        var ids = Set<String>()
        for record in records {
            var found = problems(record)
            if !ids.insert(id(record)).inserted { found.append(.duplicate(id(record))) }
            if !found.isEmpty { errors.append(RecordError(kind: kind, id: id(record), problems: found)) }
        }
        guard errors.isEmpty else { throw InvalidRecordsError(errors) }
    }

    private static func register(_ posts: [Post], _ seekers: [Seeker], in context: IndexContext) {
        for post in posts { context.employers.register(post.employer) }
        for seeker in seekers { if let employer = seeker.employer { context.employers.register(employer) } }
    }
}
