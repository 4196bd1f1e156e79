import Foundation

/// Locations and distance limits in struct-of-arrays form.
///
/// Besides the degrees it keeps the sines and cosines of half angles, so the
/// haversine term of a pair, `sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)`, follows
/// from products and differences without a trigonometric call: the angle
/// difference identities keep it exact to float64 rounding even for pairs a
/// few metres apart, where `1 − u·v` of unit vectors would not.
struct PlaceColumns: Sendable {
    let latitude: FixedBuffer<Double>
    let longitude: FixedBuffer<Double>
    let sinHalfLatitude: FixedBuffer<Double>
    let cosHalfLatitude: FixedBuffer<Double>
    let sinHalfLongitude: FixedBuffer<Double>
    let cosHalfLongitude: FixedBuffer<Double>
    let cosLatitude: FixedBuffer<Double>
    /// The distance limit in km, +∞ where none is set.
    let limitKm: FixedBuffer<Double>
    /// The haversine term at the limit, widened by a hair so that rounding
    /// never rejects a pair the exact distance would accept; 2 where no limit.
    let limitHaversine: FixedBuffer<Double>

    init(_ locations: [Coordinate], limitsKm: [Double?]) {
        let radians = Double.pi / 180
        latitude = FixedBuffer(locations.map(\.latitude))
        longitude = FixedBuffer(locations.map(\.longitude))
        sinHalfLatitude = FixedBuffer(locations.map { sin($0.latitude * radians / 2) })
        cosHalfLatitude = FixedBuffer(locations.map { cos($0.latitude * radians / 2) })
        sinHalfLongitude = FixedBuffer(locations.map { sin($0.longitude * radians / 2) })
        cosHalfLongitude = FixedBuffer(locations.map { cos($0.longitude * radians / 2) })
        cosLatitude = FixedBuffer(locations.map { cos($0.latitude * radians) })
        limitKm = FixedBuffer(limitsKm.map { $0 ?? .infinity })
        limitHaversine = FixedBuffer(limitsKm.map(Self.haversineTerm(atKm:)))
    }

    /// The haversine term of a distance limit, slightly widened.
    private static func haversineTerm(atKm limit: Double?) -> Double {
        let halfAngle = (limit ?? .infinity) / (2 * ScoringConfiguration.earthRadiusKm)
        guard halfAngle < .pi / 2 * 0.999_999 else { return 2 }
        let s = sin(halfAngle)
        return s * s * (1 + 1e-9) + 1e-15
    }

    /// The haversine term between place `i` here and place `j` of `other`.
    @inline(__always)
    func haversineTerm(_ i: Int, _ other: PlaceColumns, _ j: Int) -> Double {
        let sinHalfDeltaLatitude = sinHalfLatitude.base[i] * other.cosHalfLatitude.base[j]
            - cosHalfLatitude.base[i] * other.sinHalfLatitude.base[j]
        let sinHalfDeltaLongitude = sinHalfLongitude.base[i] * other.cosHalfLongitude.base[j]
            - cosHalfLongitude.base[i] * other.sinHalfLongitude.base[j]
        return sinHalfDeltaLatitude * sinHalfDeltaLatitude
            + cosLatitude.base[i] * other.cosLatitude.base[j] * sinHalfDeltaLongitude * sinHalfDeltaLongitude
    }

    /// The location of place `i`.
    func coordinate(_ i: Int) -> Coordinate { Coordinate(latitude: latitude[i], longitude: longitude[i]) }
}
