/// A seeker's best posts as `{"seeker": id, "matches": [{"post", "rank",
/// "score", "skill", "geo", "wage", "distance_km", "bonus"}]}`, a post's best
/// seekers as `{"post": id, "matches": [{"seeker", …}]}`: the answer of the
/// matching service (SERVICE.md). Rows are the ranking rows of FORMATS.md
/// without the owner's id, parts rounded as files print them.
extension RankedList: Codable {
    private enum CodingKeys: String, CodingKey {
        case seeker, post, matches
    }

    /// Reads a list; the owner's key, `seeker` or `post`, gives its direction.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let seeker = try container.decodeIfPresent(String.self, forKey: .seeker) {
            direction = .posts
            ownerID = seeker
        } else {
            direction = .seekers
            ownerID = try container.decode(String.self, forKey: .post)
        }
        var rows = try container.nestedUnkeyedContainer(forKey: .matches)
        var matches: [RankedMatch] = []
        while !rows.isAtEnd {
            let row = try rows.decode(OwnedRow.self)
            let (seekerID, postID) = direction == .posts ? (ownerID, row.other) : (row.other, ownerID)
            matches.append(RankedMatch(seekerID: seekerID, postID: postID, rank: row.rank, score: row.score))
        }
        self.matches = matches
    }

    /// Writes the list in the service's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ownerID, forKey: direction == .posts ? .seeker : .post)
        var rows = container.nestedUnkeyedContainer(forKey: .matches)
        for match in matches {
            try rows.encode(OwnedRow(
                direction: direction, other: direction == .posts ? match.postID : match.seekerID, rank: match.rank,
                score: match.score))
        }
    }
}

/// One row of a list, without the owner's id.
struct OwnedRow: Codable {
    var direction: RankingDirection
    var other: String
    var rank: Int
    var score: PairScore

    init(direction: RankingDirection, other: String, rank: Int, score: PairScore) {
        (self.direction, self.other, self.rank, self.score) = (direction, other, rank, score)
    }

    private enum CodingKeys: String, CodingKey {
        case seeker, post, rank, score, skill, geo, wage, bonus
        case distanceKm = "distance_km"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let post = try container.decodeIfPresent(String.self, forKey: .post) {
            (direction, other) = (.posts, post)
        } else {
            (direction, other) = (.seekers, try container.decode(String.self, forKey: .seeker))
        }
        rank = try container.decode(Int.self, forKey: .rank)
        score = try PairScore(from: container, keys: Self.scoreKeys)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(other, forKey: direction == .posts ? .post : .seeker)
        try container.encode(rank, forKey: .rank)
        try score.encodeParts(into: &container, keys: Self.scoreKeys)
    }

    private static let scoreKeys: PairScore.Keys<CodingKeys> = (.score, .skill, .geo, .wage, .distanceKm, .bonus)
}
