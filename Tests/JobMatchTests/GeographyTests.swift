import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Places far from the city")
struct GeographyTests {
    /// Seekers and posts scattered around `centre` within `spread` degrees,
    /// with commute limits and radii, wrapped onto valid coordinates.
    static func instance(centre: Coordinate, spread: Double, seed: UInt64) -> (SkillTaxonomy, [Seeker], [Post]) {
        var random = SeededGenerator(seed: seed)
        func place() -> Coordinate {
            var latitude = centre.latitude + Double.random(in: -spread...spread, using: &random)
            var longitude = centre.longitude + Double.random(in: -spread...spread, using: &random)
            if latitude > 90 { latitude = 180 - latitude; longitude += 180 }
            if latitude < -90 { latitude = -180 - latitude; longitude += 180 }
            return Coordinate(latitude: latitude, longitude: (longitude + 540).truncatingRemainder(dividingBy: 360) - 180)
        }
        let seekers = (0..<200).map { index in
            Seeker(id: "S\(index)", location: place(), maxCommuteKm: Double.random(in: 5...40, using: &random))
        }
        let posts = (0..<150).map { index in
            Post(id: "P\(index)", employer: "E", location: place(),
                 radiusKm: index.isMultiple(of: 3) ? Double.random(in: 5...60, using: &random) : nil,
                 wageMin: 3000, wageMax: 4000)
        }
        return (WorkedExample.taxonomy, seekers, posts)
    }

    @Test("the antimeridian and the poles: the engine agrees with the reference", arguments: [
        Coordinate(latitude: 10, longitude: 179.9), Coordinate(latitude: 89.8, longitude: 30),
        Coordinate(latitude: -89.9, longitude: -179.95), Coordinate(latitude: 0, longitude: -180),
    ])
    func farPlaces(_ centre: Coordinate) throws {
        let (taxonomy, seekers, posts) = Self.instance(centre: centre, spread: 0.4, seed: 11)
        let expected = ReferenceRanking.rank(seekers: seekers, posts: posts, taxonomy: taxonomy, direction: .posts, top: 5)
        #expect(expected.contains { !$0.isEmpty })
        for kernel in [SkillKernel.dense, .sparse] {
            let engine = try MatchEngine(
                taxonomy: taxonomy, posts: posts, options: EngineOptions(tileRows: 16, tileColumns: 70, skillKernel: kernel))
            let ranking = ReferenceRanking.entries(of: engine.rank(seekers, direction: .posts, top: 5))
            #expect(ranking.map { $0.map(\.id) } == expected.map { $0.map(\.id) })
        }
    }
}
