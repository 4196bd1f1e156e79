/// A re-ranked list as `{"post": id, "ndcg": x, "matches": [{"seeker",
/// "rank", "score", …, "moved_up"}]}`: the service's answer for a post's
/// best seekers with a fairness constraint, the rows those of a
/// ``RankedList`` with `moved_up` added.
extension FairRankedList: Codable {
    private enum CodingKeys: String, CodingKey {
        case post, ndcg, matches
    }

    private enum RowKeys: String, CodingKey {
        case movedUp = "moved_up"
    }

    /// Reads a list in the service's shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let post = try container.decode(String.self, forKey: .post)
        ndcg = try container.decode(Double.self, forKey: .ndcg)
        var rows = try container.nestedUnkeyedContainer(forKey: .matches)
        var matches: [RankedMatch] = [], movedUp: [Bool] = []
        while !rows.isAtEnd {
            let row = try rows.superDecoder()
            let owned = try OwnedRow(from: row)
            matches.append(RankedMatch(seekerID: owned.other, postID: post, rank: owned.rank, score: owned.score))
            movedUp.append(try row.container(keyedBy: RowKeys.self).decode(Bool.self, forKey: .movedUp))
        }
        list = RankedList(direction: .seekers, ownerID: post, matches: matches)
        self.movedUp = movedUp
    }

    /// Writes the list in the service's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(list.ownerID, forKey: .post)
        try container.encode(ndcg, forKey: .ndcg)
        var rows = container.nestedUnkeyedContainer(forKey: .matches)
        for (match, moved) in zip(list.matches, movedUp) {
            let row = rows.superEncoder()
            try OwnedRow(direction: .seekers, other: match.seekerID, rank: match.rank, score: match.score).encode(to: row)
            var extra = row.container(keyedBy: RowKeys.self)
            try extra.encode(moved, forKey: .movedUp)
        }
    }
}
