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
