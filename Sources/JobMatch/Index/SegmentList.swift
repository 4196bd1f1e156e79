/// One side of a live index, posts or seekers, as one snapshot sees it:
/// sealed segments, and a small fresh one that takes each change.
///
/// A change costs what it touches, not the size of the index: the fresh
/// segment (at most ``SegmentPolicy/freshCapacity`` records) is vectorised
/// again, and a record replaced or removed in a sealed segment gets a
/// deletion mark there. When the fresh segment fills, it is sealed as it
/// is; merges (``mergePlan(policy:)``) then combine sealed segments of like
/// size in the background, as Lucene's tiered merge policy does.
struct SegmentList<Segment: IndexSegment>: Sendable {
    /// The sealed segments, oldest first.
    private(set) var sealed: [SegmentSlot<Segment>] = []
    /// The segment that takes changes; it never has deletion marks.
    private(set) var fresh: Segment?

    /// No records.
    init() {}

    /// One sealed segment of `records`, valid and with unique ids.
    init(records: [Segment.Record], context: IndexContext) {
        if !records.isEmpty { sealed = [SegmentSlot(segment: Segment(records, context: context), deleted: ExcludedRows())] }
    }

    /// Every segment with live records, sealed then fresh, with its deletions.
    var slots: [SegmentSlot<Segment>] {
        sealed.filter { $0.liveCount > 0 } + (fresh.map { [SegmentSlot(segment: $0, deleted: ExcludedRows())] } ?? [])
    }

    /// The number of live records.
    var count: Int { sealed.reduce(fresh?.records.count ?? 0) { $0 + $1.liveCount } }

    /// The live record with `id`, if any.
    ///
    /// - Complexity: one hash lookup per segment, newest first.
    func record(id: String) -> Segment.Record? {
        if let fresh, let row = fresh.rowOfID[id] { return fresh.records[Int(row)] }
        for slot in sealed.reversed() {
            if let row = slot.liveRow(of: id) { return slot.segment.records[Int(row)] }
        }
        return nil
    }

    /// Every live record.
    var records: [Segment.Record] { sealed.flatMap(\.liveRecords) + (fresh?.records ?? []) }

    /// Upserts `records` (ids unique among them) and removes the records
    /// with `removals`, as one change.
    ///
    /// - Returns: the ids of `records` that were new, and of `removals` that were found.
    /// - Complexity: O(fresh segment + records) vectorising, plus the
    ///   deletion marks of the sealed segments touched.
    mutating func apply(
        upserts records: [Segment.Record], removals: [String], context: IndexContext
    ) -> (created: Set<String>, removed: Set<String>) {
        var freshRecords = fresh?.records ?? []
        var freshDropped = Set<Int32>()
        var marks: [Int: [Int32]] = [:]
        var found = Set<String>()
        for id in removals + records.map(Segment.id(of:)) {
            if let row = fresh?.rowOfID[id], freshDropped.insert(row).inserted {
                found.insert(id)
            } else if let (slot, row) = sealedLocation(of: id), !(marks[slot]?.contains(row) ?? false) {
                marks[slot, default: []].append(row)
                found.insert(id)
            }
        }
        for (slot, rows) in marks { sealed[slot].deleted = sealed[slot].deleted.adding(rows) }
        if !freshDropped.isEmpty {
            freshRecords = freshRecords.indices.filter { !freshDropped.contains(Int32($0)) }.map { freshRecords[$0] }
        }
        freshRecords += records
        if freshRecords.count >= context.policy.freshCapacity {
            sealed.append(SegmentSlot(segment: Segment(freshRecords, context: context), deleted: ExcludedRows()))
            fresh = nil
        } else if !records.isEmpty || !freshDropped.isEmpty {
            fresh = freshRecords.isEmpty ? nil : Segment(freshRecords, context: context)
        }
        let ids = Set(records.map(Segment.id(of:)))
        return (ids.subtracting(found), Set(removals).intersection(found))
    }

    /// The sealed slot and live row holding `id`, if any.
    private func sealedLocation(of id: String) -> (Int, Int32)? {
        for slot in sealed.indices.reversed() {
            if let row = sealed[slot].liveRow(of: id) { return (slot, row) }
        }
        return nil
    }

    // MARK: - Merging

    /// The sealed segments worth merging now, by their position, if any:
    /// one with a third or more of its rows deleted, to purge them; else
    /// `mergeFactor` segments of the lowest size tier that has as many
    /// (tier `t` holds up to `freshCapacity · mergeFactorᵗ⁺¹` records).
    func mergePlan(policy: SegmentPolicy) -> [Int]? {
        if let wasteful = sealed.indices.first(where: {
            sealed[$0].deleted.count * 3 >= sealed[$0].segment.records.count && sealed[$0].segment.records.count > 0
        }) {
            return [wasteful]
        }
        var tiers: [Int: [Int]] = [:]
        for index in sealed.indices {
            tiers[policy.tier(of: sealed[index].liveCount), default: []].append(index)
        }
        guard let (_, members) = tiers.filter({ $0.value.count >= policy.mergeFactor }).min(by: { $0.key < $1.key }) else {
            return nil
        }
        return Array(members.sorted { sealed[$0].liveCount < sealed[$1].liveCount }.prefix(policy.mergeFactor)).sorted()
    }

    /// The slots at `positions`, merged into one segment of their live records.
    ///
    /// Runs without any lock: it reads only this snapshot's immutable slots.
    func merge(_ positions: [Int], context: IndexContext) -> SegmentMerge<Segment> {
        var records: [Segment.Record] = []
        var rowMaps: [[Int32]] = []
        for position in positions {
            let slot = sealed[position]
            var map = [Int32](repeating: -1, count: slot.segment.records.count)
            for row in slot.segment.records.indices where !slot.deleted.contains(Int32(row)) {
                map[row] = Int32(records.count)
                records.append(slot.segment.records[row])
            }
            rowMaps.append(map)
        }
        let segment = Segment(records, context: context)
        // The new segment may store its records in another order (posts go in spatial order).
        let rowOfMergedPosition = records.map { segment.rowOfID[Segment.id(of: $0)]! }
        return SegmentMerge(
            sources: positions.map { sealed[$0] }, merged: segment,
            rowMaps: rowMaps.map { $0.map { $0 < 0 ? -1 : rowOfMergedPosition[Int($0)] } })
    }

    /// Puts `merge` in place of its sources, carrying over the deletions
    /// made since it was planned; `false`, changing nothing, if a source is
    /// gone (a taxonomy change rebuilt the segments meanwhile).
    mutating func install(_ merge: SegmentMerge<Segment>) -> Bool {
        var positions: [Int] = []
        for source in merge.sources {
            guard let position = sealed.firstIndex(where: { $0.segment === source.segment }) else { return false }
            positions.append(position)
        }
        var deleted: [Int32] = []
        for (source, position) in zip(merge.sources.indices, positions) {
            let newlyDeleted = sealed[position].deleted.rows.filter { !merge.sources[source].deleted.contains($0) }
            deleted += newlyDeleted.map { merge.rowMaps[source][Int($0)] }
        }
        let first = positions.min()!
        for position in positions.sorted(by: >) { sealed.remove(at: position) }
        if !merge.merged.records.isEmpty {
            sealed.insert(SegmentSlot(segment: merge.merged, deleted: ExcludedRows(deleted)), at: first)
        }
        return true
    }
}

/// A merge built off the write path, waiting to be put in place.
struct SegmentMerge<Segment: IndexSegment>: Sendable {
    /// The slots merged, as the snapshot the merge was planned on saw them.
    let sources: [SegmentSlot<Segment>]
    /// The new segment of their live records.
    let merged: Segment
    /// For each source, each of its rows' row in `merged`, or -1 for a row already deleted.
    let rowMaps: [[Int32]]
}
