/// Records of a live index added together, vectorised once and never
/// changed afterwards: deletions are marked in the snapshot (``SegmentSlot``),
/// and a merge replaces whole segments.
protocol IndexSegment: AnyObject, Sendable {
    associatedtype Record: Sendable

    /// The records, in the segment's row order.
    var records: [Record] { get }
    /// The row of each record's id.
    var rowOfID: [String: Int32] { get }

    /// Vectorises `records`, valid for the context's taxonomy, with unique ids.
    init(_ records: [Record], context: IndexContext)

    /// The id of `record`.
    static func id(of record: Record) -> String
}

/// Posts of a live index: features in spatial order with per-run bounds,
/// as a ``MatchEngine`` holds them, but no dense matrix (queries use the
/// sparse kernel).
final class PostSegment: IndexSegment {
    let records: [Post]
    let rowOfID: [String: Int32]
    let features: PostFeatures

    init(_ posts: [Post], context: IndexContext) {
        features = PostFeatures(
            posts, taxonomy: context.taxonomy, layout: context.layout, employers: context.employers,
            configuration: context.configuration, keepsDenseMatrix: false)
        records = features.inputIndex.map { posts[$0] }
        rowOfID = Self.rows(of: records.map(\.id))
    }

    static func id(of post: Post) -> String { post.id }

    fileprivate static func rows(of ids: [String]) -> [String: Int32] {
        Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    }
}

/// Seekers of a live index: sparse skill terms and the packed attributes
/// the pass reads, in the order added.
final class SeekerSegment: IndexSegment {
    let records: [Seeker]
    let rowOfID: [String: Int32]
    let features: SeekerFeatures

    init(_ seekers: [Seeker], context: IndexContext) {
        records = seekers
        rowOfID = PostSegment.rows(of: seekers.map(\.id))
        features = context.features(of: seekers)
    }

    static func id(of seeker: Seeker) -> String { seeker.id }
}
