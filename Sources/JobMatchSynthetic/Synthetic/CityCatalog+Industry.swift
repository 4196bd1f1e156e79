import JobMatch
extension CityCatalog {
    /// An industry: its occupations, employers, pay and where it is found.
    public struct Industry: Sendable {
        /// The id used in posts' `industry` field, such as `electronics`.
        public let id: String
        /// The English name.
        public let name: String
        /// The Chinese name.
        public let chineseName: String
        /// The occupations employers post and seekers come from.
        public let occupations: [Occupation]
        /// Relative weight of each district as a home of its employers.
        public let districtWeights: [String: Double]
        /// Relative weight of the industry among posts of each work type.
        public let workTypeWeights: [WorkType: Double]
        /// Relative weight of the industry as the background of seekers.
        public let seekerWeight: Double
        /// How many employers of the industry the generator creates.
        public let employerCount: Int
        /// Middle words of employer names, English and Chinese: `Casting`, `铸造`.
        public let employerStems: [(english: String, chinese: String)]
        /// Monthly pay in CNY from grade 1 (lower bound) to grade 6 (upper bound).
        public let monthlyWage: ClosedRange<Double>
        /// Whether work happens at clients' homes or changing sites rather
        /// than at the employer's address (domestic service, building sites).
        public let worksAtClientSites: Bool

        /// The typical monthly wage at `level`: linear from grade 1 to 6,
        /// then 10 % more for each grade above 6.
        public func monthlyWage(atLevel level: Int) -> Double {
            let lower = monthlyWage.lowerBound, upper = monthlyWage.upperBound
            guard level > 6 else { return lower + (upper - lower) * Double(max(level, 1) - 1) / 5 }
            return upper * (1 + 0.1 * Double(level - 6))
        }
    }
}
