/// One step of the search for the adjusted α: the unadjusted table at one α
/// and how often it fails.
struct AlphaTrial {
    /// The α tried.
    let alpha: Double
    /// The unadjusted table at `alpha`.
    let minimumProtected: [Int]
    /// The probability that a ranking drawn at the table's p fails the table.
    let failureProbability: Double
    /// The sum of the table's entries: it grows with α, one at a time as the
    /// search closes in.
    let mass: Int

    /// The table of rankings of `k` candidates at protected share `p` and `alpha`.
    init(k: Int, p: Double, alpha: Double) {
        self.alpha = alpha
        minimumProtected = FairnessTable.minimumProtected(k: k, p: p, alpha: alpha)
        failureProbability = FairnessTable.failureProbability(of: minimumProtected, p: p)
        mass = minimumProtected.reduce(0, +)
    }

    /// Its failure probability's distance from `target`.
    func distance(to target: Double) -> Double { abs(failureProbability - target) }
}
