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
        score = PairScore(
            total: try container.decode(Double.self, forKey: .score),
            skill: try container.decode(Double.self, forKey: .skill),
            geo: try container.decode(Double.self, forKey: .geo),
            wage: try container.decode(Double.self, forKey: .wage),
            bonus: try container.decode(Double.self, forKey: .bonus),
            distanceKm: try container.decode(Double.self, forKey: .distanceKm))
    }

    /// Writes the row in its JSON Lines shape, parts rounded as files print them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seekerID, forKey: .seeker)
        try container.encode(postID, forKey: .post)
        try container.encode(rank, forKey: .rank)
        try container.encode(score.total.rounded(toPlaces: 6), forKey: .score)
        try container.encode(score.skill.rounded(toPlaces: 6), forKey: .skill)
        try container.encode(score.geo.rounded(toPlaces: 6), forKey: .geo)
        try container.encode(score.wage.rounded(toPlaces: 6), forKey: .wage)
        try container.encode(score.distanceKm.rounded(toPlaces: 4), forKey: .distanceKm)
        try container.encode(score.bonus.rounded(toPlaces: 6), forKey: .bonus)
    }
}
