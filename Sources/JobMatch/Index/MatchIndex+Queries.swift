/// Queries on the current snapshot: each takes ``MatchIndex/snapshot`` as
/// it begins. The `async` forms run off the cooperative pool, on a thread
/// of their own, so that a server's tasks never wait behind a scan.
extension MatchIndex {
    /// The best `k` posts for the stored seeker `seekerID`; see
    /// ``IndexSnapshot/bestPosts(forSeekerID:top:)``.
    public func bestPosts(forSeekerID seekerID: String, top k: Int) throws(UnknownRecordError) -> RankedList {
        try snapshot.bestPosts(forSeekerID: seekerID, top: k)
    }

    /// ``bestPosts(forSeekerID:top:)-(_,_)`` off the cooperative pool.
    public func bestPosts(forSeekerID seekerID: String, top k: Int) async throws -> RankedList {
        let snapshot = snapshot
        return try await Offload.run { _ in try snapshot.bestPosts(forSeekerID: seekerID, top: k) }
    }

    /// The best `k` posts for `seeker`, which is not stored; see
    /// ``IndexSnapshot/bestPosts(for:top:)``.
    public func bestPosts(for seeker: Seeker, top k: Int) throws(RecordError) -> RankedList {
        try snapshot.bestPosts(for: seeker, top: k)
    }

    /// ``bestPosts(for:top:)-(_,_)`` off the cooperative pool.
    public func bestPosts(for seeker: Seeker, top k: Int) async throws -> RankedList {
        let snapshot = snapshot
        return try await Offload.run { _ in try snapshot.bestPosts(for: seeker, top: k) }
    }

    /// The best `k` stored seekers for the stored post `postID`; see
    /// ``IndexSnapshot/bestSeekers(forPostID:top:)``.
    public func bestSeekers(forPostID postID: String, top k: Int) throws(UnknownRecordError) -> RankedList {
        try snapshot.bestSeekers(forPostID: postID, top: k)
    }

    /// ``bestSeekers(forPostID:top:)-(_,_)`` off the cooperative pool.
    public func bestSeekers(forPostID postID: String, top k: Int) async throws -> RankedList {
        let snapshot = snapshot
        return try await Offload.run { _ in try snapshot.bestSeekers(forPostID: postID, top: k) }
    }

    /// The stored post's best `k` stored seekers re-ranked under `policy`;
    /// see ``IndexSnapshot/bestSeekers(forPostID:top:policy:)``, off the
    /// cooperative pool.
    public func bestSeekers(forPostID postID: String, top k: Int, policy: FairnessPolicy) async throws -> FairRankedList {
        let snapshot = snapshot
        return try await Offload.run { _ in try snapshot.bestSeekers(forPostID: postID, top: k, policy: policy) }
    }

    /// Each part of the pair's score and every rule it breaks; see
    /// ``IndexSnapshot/explain(seekerID:postID:)``.
    public func explain(seekerID: String, postID: String) throws(UnknownRecordError) -> PairExplanation {
        try snapshot.explain(seekerID: seekerID, postID: postID)
    }

    /// The explanation of `seeker`, which is not stored, with the stored
    /// post `postID`, or `nil` if there is no such post; see
    /// ``IndexSnapshot/explain(_:postID:)``.
    public func explain(_ seeker: Seeker, postID: String) throws(RecordError) -> PairExplanation? {
        try snapshot.explain(seeker, postID: postID)
    }
}
