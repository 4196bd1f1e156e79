extension FairnessTable {
    /// The adjusted α of the reference implementation: the α_c whose
    /// unadjusted table fails with probability nearest `alpha`, found by the
    /// reference's bisection.
    ///
    /// The search (fairsearch-fair-python's and -java's `adjustAlpha`) keeps
    /// a low α, whose table fails less often than `alpha` (it starts at 0),
    /// and a high one, failing more often (it starts at `alpha`), and tries
    /// their midpoint until the failure probability is `alpha` exactly, or
    /// the two tables differ by one entry, or the midpoint's table is one
    /// entry from each; it then answers with the tried α whose failure
    /// probability is nearest, preferring the midpoint and then the low α on
    /// ties. Failure probabilities are ``failureProbability(of:p:)``'s, as the
    /// Java port's (so for (30, 0.3, 0.15) this is 0.075, as the Java tests
    /// say; the Python port, leaving out the last place, arrives at 0.0796875).
    /// When `alpha`'s own table asks for no protected candidate there is
    /// nothing to adjust and `alpha` comes back; the reference then stops at
    /// once with `alpha / 2`, whose table is the same.
    ///
    /// - Parameters:
    ///   - k: The ranking's length, at least 0.
    ///   - p: The protected share, in [0, 1].
    ///   - alpha: The significance level, in [0, 1].
    /// - Returns: An α in [0, `alpha`].
    /// - Complexity: That of ``minimumProtected(k:p:alpha:)`` and
    ///   ``failureProbability(of:p:)`` once per bisection step.
    public static func adjustedAlpha(k: Int, p: Double, alpha: Double) -> Double {
        adjustedTrial(k: k, p: p, alpha: alpha).alpha
    }

    /// The table at the adjusted α, with that α.
    static func adjustedTrial(k: Int, p: Double, alpha: Double) -> AlphaTrial {
        var low = AlphaTrial(k: k, p: p, alpha: 0)
        var high = AlphaTrial(k: k, p: p, alpha: alpha)
        guard low.mass < high.mass else { return high }
        var middle = AlphaTrial(k: k, p: p, alpha: alpha / 2)
        while low.mass < high.mass, middle.failureProbability != alpha {
            if middle.failureProbability < alpha {
                low = middle
            } else {
                high = middle
            }
            middle = AlphaTrial(k: k, p: p, alpha: (low.alpha + high.alpha) / 2)
            if high.mass - low.mass == 1 || high.alpha - low.alpha <= 1e-16 {
                return low.distance(to: alpha) <= high.distance(to: alpha) ? low : high
            }
            if high.mass - middle.mass == 1, middle.mass - low.mass == 1 {
                return [middle, low, high].min { $0.distance(to: alpha) < $1.distance(to: alpha) }!
            }
        }
        return middle
    }
}
