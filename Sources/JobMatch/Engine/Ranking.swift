/// The result of ``MatchEngine/rank(_:direction:top:progress:)``: one list
/// per owner (valid seeker, or post), in input order, and the seekers left out.
///
/// Lists are stored compactly, each entry with its exact score and parts.
public struct Ranking: Sendable, RandomAccessCollection {
    /// Which side the lists hold.
    public let direction: RankingDirection
    /// The seekers of the batch that were not ranked, each with every problem.
    public let rejected: [RecordError]
    let lists: TopKLists
    let evaluator: PairEvaluator

    init(direction: RankingDirection, lists: TopKLists, evaluator: PairEvaluator, rejected: [RecordError]) {
        self.direction = direction
        self.lists = lists
        self.evaluator = evaluator
        self.rejected = rejected
    }

    /// The position of the first list: 0.
    public var startIndex: Int { 0 }
    /// One past the position of the last list.
    public var endIndex: Int { lists.counts.count }

    /// The list of the owner at `position` in input order.
    public subscript(position: Int) -> RankedList {
        var matches: [RankedMatch] = []
        let owner = forEachRow(ofListAt: position) { seekerID, postID, rank, score in
            matches.append(RankedMatch(seekerID: seekerID, postID: postID, rank: rank, score: score))
        }
        return RankedList(direction: direction, ownerID: owner, matches: matches)
    }

    /// Calls `body` with the seeker's id, the post's id, the rank and the
    /// score of each row of the list at `position`, best first, without
    /// building the list; returns the owner's id.
    @discardableResult
    func forEachRow(ofListAt position: Int, _ body: (String, String, Int, PairScore) throws -> Void) rethrows -> String {
        // Posts are stored in spatial order; seekers in input order.
        let owner = direction == .posts ? position : evaluator.posts.featureIndex[position]
        let start = owner * lists.k
        for rank in 0..<Int(lists.counts[owner]) {
            let candidate = lists.entries[start + rank]
            let other = Int(candidate.index)
            let (seeker, post) = direction == .posts ? (owner, other) : (other, owner)
            try body(evaluator.seekers.ids[seeker], evaluator.posts.ids[post], rank + 1, candidate.score)
        }
        return direction == .posts ? evaluator.seekers.ids[owner] : evaluator.posts.ids[owner]
    }
}

/// One seeker's best posts, or one post's best seekers.
public struct RankedList: Sendable, Hashable {
    /// Which side the matches are: `.posts` for a seeker's best posts.
    public let direction: RankingDirection
    /// The seeker's or post's id.
    public let ownerID: String
    /// The matches, best first.
    public let matches: [RankedMatch]
}

/// One row of a ranking.
public struct RankedMatch: Sendable, Hashable {
    /// The seeker's id.
    public let seekerID: String
    /// The post's id.
    public let postID: String
    /// The position in the owner's list, from 1.
    public let rank: Int
    /// The score and its parts.
    public let score: PairScore
}
