/// What a ``MatchIndex`` holds at one moment: taxonomy, posts and seekers.
///
/// A snapshot never changes. Every query on it sees the same records, and
/// every change that returned before the snapshot was taken: queries on
/// ``MatchIndex`` take the current snapshot when they begin, and several
/// queries that must agree can share one snapshot.
public struct IndexSnapshot: Sendable {
    var context: IndexContext
    var postSegments: SegmentList<PostSegment>
    var seekerSegments: SegmentList<SeekerSegment>
    /// The index's options: its thread budget for batch work.
    public let options: EngineOptions
    /// How many changes the index had applied when the snapshot was taken.
    public internal(set) var generation: UInt64

    /// The skill taxonomy.
    public var taxonomy: SkillTaxonomy { context.taxonomy }
    /// The scoring parameters.
    public var configuration: ScoringConfiguration { context.configuration }
    /// The number of posts.
    public var postCount: Int { postSegments.count }
    /// The number of seekers.
    public var seekerCount: Int { seekerSegments.count }

    /// The post with `id`, if any.
    public func post(id: String) -> Post? { postSegments.record(id: id) }

    /// The seeker with `id`, if any.
    public func seeker(id: String) -> Seeker? { seekerSegments.record(id: id) }

    /// Every post, ordered by id byte-wise.
    ///
    /// - Complexity: O(posts × log posts).
    public var posts: [Post] { postSegments.records.sorted { ByteOrder.precedes($0.id, $1.id) } }

    /// Every seeker, ordered by id byte-wise.
    ///
    /// - Complexity: O(seekers × log seekers).
    public var seekers: [Seeker] { seekerSegments.records.sorted { ByteOrder.precedes($0.id, $1.id) } }
}

extension IndexSnapshot {
    /// The taxonomy with `skills` added, each replacing any skill with its
    /// id in place: what ``MatchIndex/upsert(skills:)`` would make, without
    /// making it, so that a caller can check a change before storing it.
    ///
    /// - Returns: the taxonomy, and the ids that are new.
    /// - Throws: ``InvalidRecordsError`` for a skill that breaks a rule of
    ///   the model or repeats an id of the batch, or listing the stored
    ///   posts and seekers the new taxonomy would make invalid.
    /// - Complexity: O(skills + the stored records' skills).
    public func taxonomy(upserting skills: [Skill]) throws(InvalidRecordsError) -> (SkillTaxonomy, created: Set<String>) {
        var errors: [RecordError] = []
        var ids = Set<String>()
        for skill in skills {
            var problems = RecordValidator.problems(in: skill)
            if !ids.insert(skill.id).inserted { problems.append(.duplicate(skill.id)) }
            if !problems.isEmpty { errors.append(RecordError(kind: .skill, id: skill.id, problems: problems)) }
        }
        guard errors.isEmpty else { throw InvalidRecordsError(errors) }
        var list = taxonomy.skills
        var created = Set<String>()
        for skill in skills {
            if let index = list.firstIndex(where: { $0.id == skill.id }) {
                list[index] = skill
            } else {
                list.append(skill)
                created.insert(skill.id)
            }
        }
        // Valid and unique skills always make a taxonomy.
        let next = try! SkillTaxonomy(skills: list)
        if list != taxonomy.skills {
            try MatchIndex.check(postSegments.records, taxonomy: next)
            try MatchIndex.check(seekerSegments.records, taxonomy: next)
        }
        return (next, created)
    }
}
