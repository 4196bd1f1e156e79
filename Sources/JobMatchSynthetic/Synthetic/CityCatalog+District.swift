import JobMatch
extension CityCatalog {
    /// A district or county: where people live and employers sit.
    public struct District: Sendable {
        /// The id used in posts' `district` field, such as `xialu`.
        public let id: String
        /// The English name.
        public let name: String
        /// The Chinese name.
        public let chineseName: String
        /// The centre of the built-up area.
        public let centre: Coordinate
        /// The standard deviation of homes and sites around the centre, km.
        public let spreadKm: Double
        /// Relative weight of residents, roughly in ten thousands.
        public let populationWeight: Double
        /// Whether it is a county-level area of towns and villages rather
        /// than an urban district: more returning migrants and formerly poor
        /// households live there.
        public let isCounty: Bool
        /// The place name that starts registered firm names, in English: `Daye`.
        public let firmNamePrefix: String
        /// The same in Chinese: `大冶`.
        public let chineseFirmNamePrefix: String
    }
}

extension CityCatalog {
    /// The districts as reports read them: id, names and centre.
    public var reportDistricts: [JobMatch.District] {
        districts.map { JobMatch.District(id: $0.id, name: $0.name, chineseName: $0.chineseName, centre: $0.centre) }
    }
}
