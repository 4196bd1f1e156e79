/// The result of ``MatchEngine/rank(_:direction:top:progress:)``: one list
/// per owner (valid seeker, or post), in input order, and the seekers left out.
///
/// Lists are stored compactly and their score parts are computed when read.
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
        // Posts are stored in spatial order; seekers in input order.
        let owner = direction == .posts ? position : evaluator.posts.featureIndex[position]
        let candidates = lists.candidates(of: owner)
        let ownerIDs = direction == .posts ? evaluator.seekers.ids : evaluator.posts.ids
        let matches = candidates.enumerated().map { rank, candidate in
            let other = Int(candidate.index)
            let (seeker, post) = direction == .posts ? (owner, other) : (other, owner)
            // The pair was scored exactly when it entered the list; only the parts are recomputed.
            let score = evaluator.exactScore(seeker: seeker, post: post)!
            return RankedMatch(
                seekerID: evaluator.seekers.ids[seeker], postID: evaluator.posts.ids[post], rank: rank + 1, score: score)
        }
        return RankedList(direction: direction, ownerID: ownerIDs[owner], matches: matches)
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
