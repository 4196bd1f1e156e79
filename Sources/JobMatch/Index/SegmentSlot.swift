/// A segment as one snapshot sees it: the segment and its rows deleted since.
struct SegmentSlot<Segment: IndexSegment>: Sendable {
    let segment: Segment
    /// Rows whose records were removed or replaced after the segment was made.
    var deleted: ExcludedRows

    /// The number of records still live.
    var liveCount: Int { segment.records.count - deleted.count }

    /// The live row holding `id`, if any.
    func liveRow(of id: String) -> Int32? {
        guard let row = segment.rowOfID[id], !deleted.contains(row) else { return nil }
        return row
    }

    /// The live records, in row order.
    var liveRecords: [Segment.Record] {
        guard deleted.count > 0 else { return segment.records }
        return segment.records.indices.filter { !deleted.contains(Int32($0)) }.map { segment.records[$0] }
    }
}
