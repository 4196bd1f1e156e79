import Foundation

/// Runs of `size` consecutive posts summarised so that a seeker can rule out
/// a whole run with one test: the work types present, the bounding box of
/// the places, and the loosest radius.
///
/// With posts in ``SpatialOrder`` most runs lie beyond a seeker's commute,
/// and none of their pairs need the per-pair work.
struct PostBlocks: Sendable {
    /// Posts per run.
    static let size = 32

    struct Summary: Sendable {
        var typeBits: UInt8
        var minLatitude: Double
        var maxLatitude: Double
        var minLongitude: Double
        var maxLongitude: Double
        /// The least cosine of a latitude in the box.
        var minCosLatitude: Double
        /// The largest radius term of the run's posts (2 where one has none).
        var limitTerm: Double
    }

    let summaries: FixedBuffer<Summary>

    init(locations: [Coordinate], screen: FixedBuffer<PostScreen>) {
        let radians = Double.pi / 180
        summaries = FixedBuffer(stride(from: 0, to: locations.count, by: Self.size).map { first in
            let run = first..<min(locations.count, first + Self.size)
            let latitudes = run.map { locations[$0].latitude * radians }
            let longitudes = run.map { locations[$0].longitude * radians }
            let (minLatitude, maxLatitude) = (latitudes.min()!, latitudes.max()!)
            return Summary(
                typeBits: run.reduce(0) { $0 | screen[$1].typeBit },
                minLatitude: minLatitude, maxLatitude: maxLatitude,
                minLongitude: longitudes.min()!, maxLongitude: longitudes.max()!,
                minCosLatitude: min(cos(minLatitude), cos(maxLatitude)),
                limitTerm: run.reduce(0) { max($0, screen[$1].limitTerm) })
        })
    }

    /// Whether some post of run `block` might be feasible for the seeker:
    /// a type they may take is present, and the box is within reach.
    @inline(__always)
    func mayMatch(_ seeker: SeekerScreen, latitude: Double, longitude: Double, block: Int) -> Bool {
        seeker.eligibleTypes & summaries.base[block].typeBits != 0
            && !isBeyondReach(seeker, latitude: latitude, longitude: longitude, block: block)
    }

    /// Whether every post of run `block` is beyond the seeker's commute
    /// limit or its own radius, so that each pair breaks the distance rule.
    ///
    /// The test bounds the haversine term from below with the latitude and
    /// longitude gaps to the box and `sin x ≥ x − x³/6`, so it never holds
    /// for a run with a post in reach.
    @inline(__always)
    func isBeyondReach(_ seeker: SeekerScreen, latitude: Double, longitude: Double, block: Int) -> Bool {
        let box = summaries.base[block]
        let limit = min(seeker.limitTerm, box.limitTerm)
        guard limit < 2 else { return false }
        let latitudeGap = max(0, box.minLatitude - latitude, latitude - box.maxLatitude)
        // Outside the box's arc of longitude, the nearest point is one of its ends, either way round.
        let longitudeGap = longitude >= box.minLongitude && longitude <= box.maxLongitude
            ? 0 : min(Self.eastward(longitude, box.minLongitude), Self.eastward(box.maxLongitude, longitude))
        let a = Self.sineLowerBound(latitudeGap / 2), b = Self.sineLowerBound(longitudeGap / 2)
        let lowerBound = a * a + seeker.place.cosLatitude * box.minCosLatitude * b * b
        return lowerBound * (1 - 1e-9) > limit
    }

    /// The angle from `from` eastwards to `to`, in `0 ..< 2π`.
    @inline(__always)
    private static func eastward(_ from: Double, _ to: Double) -> Double {
        let angle = (to - from).truncatingRemainder(dividingBy: 2 * .pi)
        return angle < 0 ? angle + 2 * .pi : angle
    }

    /// A lower bound of `sin x` for `0 ≤ x ≤ π/2`.
    @inline(__always)
    private static func sineLowerBound(_ x: Double) -> Double { max(0, x - x * x * x / 6) }
}
