/// The arithmetic every section shares.
enum ReportMath {
    /// `numerator / denominator`, `nil` for a zero denominator (REPORTS.md).
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// `numerator / denominator` of two rates, `nil` if either is missing or the denominator is 0.
    static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return numerator / denominator
    }

    /// The median of `values`: the middle one, or the mean of the two middle ones.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
