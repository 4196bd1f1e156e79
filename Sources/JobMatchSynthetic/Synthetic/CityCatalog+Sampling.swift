import JobMatch
extension CityCatalog {
    /// A point drawn around `district`'s centre with its spread, rounded to
    /// five decimals (about a metre).
    ///
    /// Draws beyond 2.5 spreads are pulled in so no one lands in the Yangtze
    /// or the next prefecture.
    func point(around district: District, using random: inout Xoshiro256StarStar) -> Coordinate {
        let north = min(2.5, max(-2.5, random.normal())) * district.spreadKm
        let east = min(2.5, max(-2.5, random.normal())) * district.spreadKm
        let latitude = district.centre.latitude + north / Self.kilometresPerDegreeLatitude
        let longitude = district.centre.longitude + east / kilometresPerDegreeLongitude
        return Coordinate(
            latitude: (latitude * 100_000).rounded() / 100_000,
            longitude: (longitude * 100_000).rounded() / 100_000)
    }
}
