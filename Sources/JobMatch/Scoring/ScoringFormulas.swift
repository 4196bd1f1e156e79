import Foundation

/// The formulas of SCORING.md in float64, shared by the reference and by the
/// engine's final evaluation of each candidate so both give identical scores.
enum ScoringFormulas {
    /// The great-circle distance in km between two points (haversine).
    static func distanceKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let halfDeltaLatitude = (b.latitude - a.latitude) * radians / 2
        let halfDeltaLongitude = (b.longitude - a.longitude) * radians / 2
        let sinLatitude = sin(halfDeltaLatitude)
        let sinLongitude = sin(halfDeltaLongitude)
        let h = sinLatitude * sinLatitude
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sinLongitude * sinLongitude
        return 2 * ScoringConfiguration.earthRadiusKm * asin(min(1, h.squareRoot()))
    }

    /// The geo part for a distance `d` in km.
    static func geo(distanceKm d: Double, _ configuration: ScoringConfiguration) -> Double {
        guard d > configuration.geoOffsetKm else { return 1 }
        let x = (d - configuration.geoOffsetKm) / configuration.geoScaleKm
        return exp(-M_LN2 * x * x)
    }

    /// The wage part for an offer `o` and an expectation `e`, if given.
    static func wage(offer o: Double, expected e: Double?, _ configuration: ScoringConfiguration) -> Double {
        guard let e, o < e else { return 1 }
        let x = (1 - o / e) / configuration.wageHalfShortfall
        return exp(-M_LN2 * x * x)
    }

    /// Whether `wageMax` falls short of the expectation by more than tolerated (rule 8).
    static func isWageTooLow(wageMax: Double, expected e: Double?, _ configuration: ScoringConfiguration) -> Bool {
        guard let e else { return false }
        return wageMax < e * (1 - configuration.maxShortfall)
    }

    /// One requirement's share of the skill part.
    ///
    /// - Parameters:
    ///   - own: the seeker's level in the required skill.
    ///   - group: the seeker's highest level in the skill's group.
    ///   - required: the required level `r`.
    ///   - share: the requirement's weight over the sum of the post's weights.
    static func skillCredit(own: Int, group: Int, required: Int, share: Double, relatedCredit ρ: Double) -> Double {
        let r = Double(required)
        return share * ((1 - ρ) * Double(min(own, required)) / r + ρ * Double(min(group, required)) / r)
    }

    /// The weighted sum of the three parts plus the bonus.
    static func total(skill: Double, geo: Double, wage: Double, bonus: Double, _ weights: ScoreWeights) -> Double {
        weights.skill * skill + weights.geo * geo + weights.wage * wage + bonus
    }
}
