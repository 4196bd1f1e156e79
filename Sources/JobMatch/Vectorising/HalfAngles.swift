import Foundation

/// A location as the sines and cosines of its half angles.
///
/// The haversine term of two places, `sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)`,
/// then follows from products and differences without a trigonometric call:
/// the angle-difference identities keep it exact to float64 rounding even for
/// places metres apart, where `1 − u·v` of unit vectors in float32 is not.
struct HalfAngles: Sendable {
    var sinHalfLatitude: Double
    var cosHalfLatitude: Double
    var sinHalfLongitude: Double
    var cosHalfLongitude: Double
    var cosLatitude: Double

    init(_ location: Coordinate) {
        let radians = Double.pi / 180
        sinHalfLatitude = sin(location.latitude * radians / 2)
        cosHalfLatitude = cos(location.latitude * radians / 2)
        sinHalfLongitude = sin(location.longitude * radians / 2)
        cosHalfLongitude = cos(location.longitude * radians / 2)
        cosLatitude = cos(location.latitude * radians)
    }

    /// The haversine term between `self` and `other`; the distance is
    /// `2R·asin(√h)`, increasing with `h`.
    @inline(__always)
    func haversineTerm(to other: HalfAngles) -> Double {
        let sinHalfDeltaLatitude = sinHalfLatitude * other.cosHalfLatitude - cosHalfLatitude * other.sinHalfLatitude
        let sinHalfDeltaLongitude = sinHalfLongitude * other.cosHalfLongitude - cosHalfLongitude * other.sinHalfLongitude
        return sinHalfDeltaLatitude * sinHalfDeltaLatitude
            + cosLatitude * other.cosLatitude * sinHalfDeltaLongitude * sinHalfDeltaLongitude
    }

    /// The haversine term of a distance limit, widened by a hair so that
    /// rounding never rejects a pair the exact distance accepts; 2 (above any
    /// pair's term) where there is no limit.
    static func limitTerm(km limit: Double?) -> Double {
        let halfAngle = (limit ?? .infinity) / (2 * ScoringConfiguration.earthRadiusKm)
        guard halfAngle < .pi / 2 * 0.999_999 else { return 2 }
        let s = sin(halfAngle)
        return s * s * (1 + 1e-9) + 1e-15
    }

    /// The haversine term below which a pair is surely within the limit of
    /// term `limitTerm` (from ``limitTerm(km:)``) by the exact distance too:
    /// the limit narrowed by as much as it was widened, below 0 for a limit
    /// of 0 km, and 2 for none.
    static func surelyWithin(limitTerm: Double) -> Double {
        guard limitTerm < 2 else { return 2 }
        return (limitTerm - 1e-15) / (1 + 1e-9) * (1 - 1e-9) - 1e-15
    }
}
