extension FairnessTable {
    /// The unadjusted table: entry i is m(i + 1) = F⁻¹(α; i + 1, p), the
    /// smallest x with P(X ≤ x) ≥ α for X ~ Binomial(i + 1, p), as scipy's
    /// `binom.ppf` (clamped at 0, so all zeros for α = 0).
    ///
    /// The quantile is computed, not looked up or approximated. The walk keeps
    /// the distribution function F(x; n) of Binomial(n, p) at every count x it
    /// can still need and steps n by Pascal's rule
    /// F(x; n + 1) = (1 − p)·F(x; n) + p·F(x − 1; n): a convex combination of
    /// non-negative numbers, so nothing is lost to cancellation, and exact
    /// for p = 0.5 up to n ≈ 50, where the probabilities have few bits. Since
    /// F(x; n + 1) ≤ F(x; n) and F(x + 1; n + 1) ≥ F(x; n), the quantile never
    /// falls and rises by at most one from n to n + 1, so each step tests a
    /// single count.
    ///
    /// - Parameters:
    ///   - k: The table's length, at least 0.
    ///   - p: The protected share, in [0, 1].
    ///   - alpha: The significance level, in [0, 1].
    /// - Returns: `k` entries, non-decreasing, each at most one above the one before.
    /// - Complexity: O(k·m) time and O(m) memory, m a little above the last
    ///   entry (about k·p).
    public static func minimumProtected(k: Int, p: Double, alpha: Double) -> [Int] {
        precondition(k >= 0, "k = \(k) must be at least 0")
        precondition((0...1).contains(p), "p = \(p) must be in [0, 1]")
        precondition((0...1).contains(alpha), "alpha = \(alpha) must be in [0, 1]")
        guard k > 0 else { return [] }
        // The counts tracked: far enough above the mean for any α short of
        // 1, and doubled on the rare walk that climbs past them (the values
        // below `reach` do not depend on it, so a retry gives the same table).
        let spread = (Double(k) * p * (1 - p)).squareRoot()
        var reach = min(k, Int((Double(k) * p + 8 * spread).rounded(.up)) + 2)
        while true {
            if let table = quantiles(k: k, p: p, alpha: alpha, reach: reach) { return table }
            reach = min(k, 2 * reach)
        }
    }

    /// The table of ``minimumProtected(k:p:alpha:)`` if none of its entries
    /// exceeds `reach`, else `nil`.
    static func quantiles(k: Int, p: Double, alpha: Double, reach: Int) -> [Int]? {
        let q = 1 - p
        // distribution[x] = F(x; n); F(x; 0) = 1 for every x ≥ 0.
        var distribution = [Double](repeating: 1, count: reach + 1)
        var table: [Int] = []
        table.reserveCapacity(k)
        var quantile = 0
        for n in 1...k {
            // F(x; n) = 1 for x ≥ n; going down reads F(x − 1; n − 1) before it changes.
            var x = min(n - 1, reach)
            while x > 0 {
                distribution[x] = q * distribution[x] + p * distribution[x - 1]
                x -= 1
            }
            distribution[0] *= q
            if distribution[quantile] < alpha {
                quantile += 1
                if quantile > reach { return nil }
            }
            table.append(quantile)
        }
        return table
    }
}
