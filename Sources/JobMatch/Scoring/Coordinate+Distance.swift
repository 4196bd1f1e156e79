extension Coordinate {
    /// The great-circle distance to `other` in km, as SCORING.md measures
    /// it (haversine on a sphere of radius 6371.0088 km).
    public func distanceKm(to other: Coordinate) -> Double {
        ScoringFormulas.distanceKm(self, other)
    }
}
