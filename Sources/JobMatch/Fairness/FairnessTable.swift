/// FA*IR's ranked group fairness table (Zehlike et al., "FA*IR: A Fair Top-k
/// Ranking Algorithm", CIKM 2017).
///
/// A ranking of `k` candidates passes the table when, for every i, its first
/// i + 1 places hold at least `minimumProtected[i]` protected candidates.
/// Entry i is the binomial test's threshold: the α-quantile of the number of
/// protected candidates among i + 1 drawn each with probability p, so that a
/// ranking drawn that way fails any one prefix with probability at most α.
/// Testing all k prefixes fails more often than that; the multiple-testing
/// adjustment, as in the authors' fairsearch-fair-python and
/// fairsearch-fair-java, lowers α to the α_c whose table fails as a whole with
/// the probability nearest α.
public struct FairnessTable: Sendable, Equatable {
    /// The largest `k` a table is made for.
    static let largestK = 10_000

    /// The length of the rankings the table checks.
    public let k: Int
    /// The share of protected candidates a fair ranking is drawn with.
    public let p: Double
    /// The significance level asked for.
    public let alpha: Double
    /// α after the multiple-testing adjustment (equal to `alpha` when not adjusted).
    public let adjustedAlpha: Double
    /// `minimumProtected[i]`: the fewest protected candidates among the first i + 1 (so count == k).
    public let minimumProtected: [Int]

    /// The table for rankings of `k` candidates, a protected share `p` and
    /// significance `alpha`, adjusted for testing k prefixes unless
    /// `adjustsForMultipleTests` is false.
    ///
    /// - Parameters:
    ///   - k: The ranking's length, in 1...10 000.
    ///   - p: The protected share, in [0, 1).
    ///   - alpha: The significance level, in (0, 1).
    ///   - adjustsForMultipleTests: Whether to build the table at the adjusted
    ///     α (see ``adjustedAlpha(k:p:alpha:)``) rather than at `alpha`.
    /// - Throws: ``FairnessError`` naming the first parameter out of range.
    /// - Complexity: O(k·m) for the unadjusted table, m its last entry
    ///   (about k·p); the adjustment repeats that, with a failure probability
    ///   of the same cost, once per step of its bisection (some tens at most).
    public init(k: Int, p: Double, alpha: Double, adjustsForMultipleTests: Bool = true) throws(FairnessError) {
        guard (1...Self.largestK).contains(k) else {
            throw .outOfRange("k", k, allowed: "1...\(Self.largestK)")
        }
        guard p >= 0, p < 1 else { throw .outOfRange("p", p, allowed: "[0, 1)") }
        guard alpha > 0, alpha < 1 else { throw .outOfRange("alpha", alpha, allowed: "(0, 1)") }
        self.k = k
        self.p = p
        self.alpha = alpha
        let trial = adjustsForMultipleTests
            ? Self.adjustedTrial(k: k, p: p, alpha: alpha)
            : AlphaTrial(k: k, p: p, alpha: alpha)
        adjustedAlpha = trial.alpha
        minimumProtected = trial.minimumProtected
    }
}
