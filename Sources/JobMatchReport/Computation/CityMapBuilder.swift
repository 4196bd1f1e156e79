import Foundation
import JobMatch

/// The map's layers: seekers counted in grid cells, never placed one by one.
enum CityMapBuilder {
    /// Cells across the map; rows follow the box's shape.
    static let columns = 40

    static func map(_ facts: ReportFacts, hardToFill: Set<String>) -> CityMap {
        let places = facts.seekers.map(\.location) + facts.request.posts.map(\.location)
        guard let first = places.first else {
            return CityMap(minLatitude: 0, maxLatitude: 0, minLongitude: 0, maxLongitude: 0,
                           seekerDensity: DensityGrid(rows: 0, columns: 0, counts: []), posts: [])
        }
        var (south, north, west, east) = (first.latitude, first.latitude, first.longitude, first.longitude)
        for place in places {
            (south, north) = (min(south, place.latitude), max(north, place.latitude))
            (west, east) = (min(west, place.longitude), max(east, place.longitude))
        }
        let width = max(east - west, 1e-6) * cos((south + north) / 2 * .pi / 180)
        let height = max(north - south, 1e-6)
        let rows = max(1, min(80, Int((Double(columns) * height / max(width, 1e-6)).rounded())))
        var counts = [Int](repeating: 0, count: rows * columns)
        for seeker in facts.seekers {
            let row = min(rows - 1, Int((seeker.location.latitude - south) / height * Double(rows)))
            let column = min(columns - 1, Int((seeker.location.longitude - west) / max(east - west, 1e-6) * Double(columns)))
            counts[row * columns + column] += 1
        }
        return CityMap(
            minLatitude: south, maxLatitude: north, minLongitude: west, maxLongitude: east,
            seekerDensity: DensityGrid(rows: rows, columns: columns, counts: counts),
            posts: facts.request.posts.map {
                MapPost(id: $0.id, latitude: $0.location.latitude, longitude: $0.location.longitude, openings: $0.openings,
                        isHardToFill: hardToFill.contains($0.id))
            })
    }
}
