extension PairScore {
    /// The keys a row writes the score and its parts under.
    typealias Keys<Key: CodingKey> = (total: Key, skill: Key, geo: Key, wage: Key, distanceKm: Key, bonus: Key)

    /// Reads the score and its parts from `container`.
    init<Key>(from container: KeyedDecodingContainer<Key>, keys: Keys<Key>) throws {
        self.init(
            total: try container.decode(Double.self, forKey: keys.total),
            skill: try container.decode(Double.self, forKey: keys.skill),
            geo: try container.decode(Double.self, forKey: keys.geo),
            wage: try container.decode(Double.self, forKey: keys.wage),
            bonus: try container.decode(Double.self, forKey: keys.bonus),
            distanceKm: try container.decode(Double.self, forKey: keys.distanceKm))
    }

    /// Writes the score and its parts into `container`, rounded as files
    /// print them: 6 decimals, the distance 4.
    func encodeParts<Key>(into container: inout KeyedEncodingContainer<Key>, keys: Keys<Key>) throws {
        try container.encode(total.rounded(toPlaces: 6), forKey: keys.total)
        try container.encode(skill.rounded(toPlaces: 6), forKey: keys.skill)
        try container.encode(geo.rounded(toPlaces: 6), forKey: keys.geo)
        try container.encode(wage.rounded(toPlaces: 6), forKey: keys.wage)
        try container.encode(distanceKm.rounded(toPlaces: 4), forKey: keys.distanceKm)
        try container.encode(bonus.rounded(toPlaces: 6), forKey: keys.bonus)
    }
}
