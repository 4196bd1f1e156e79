/// A ranking row in its JSON Lines shape (FORMATS.md): `seeker, post, rank,
/// score, skill, geo, wage, distance_km, bonus`, the parts rounded as the
/// files print them (6 decimals, distance 4), so that a row decoded from a
/// file or a service answer equals one encoded here.
extension RankedMatch: Codable {
    private enum CodingKeys: String, CodingKey {
        case seeker, post, rank, score, skill, geo, wage
        case distanceKm = "distance_km"
        case bonus
    }

    /// Reads a ranking row in its JSON Lines shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seekerID = try container.decode(String.self, forKey: .seeker)
        postID = try container.decode(String.self, forKey: .post)
        rank = try container.decode(Int.self, forKey: .rank)
        score = try PairScore(from: container, keys: Self.scoreKeys)
    }

    /// Writes the row in its JSON Lines shape, parts rounded as files print them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seekerID, forKey: .seeker)
        try container.encode(postID, forKey: .post)
        try container.encode(rank, forKey: .rank)
        try score.encodeParts(into: &container, keys: Self.scoreKeys)
    }

    private static let scoreKeys: PairScore.Keys<CodingKeys> = (.score, .skill, .geo, .wage, .distanceKm, .bonus)
}
