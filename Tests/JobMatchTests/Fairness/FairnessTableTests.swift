import Foundation
import Testing
@testable import JobMatch

@Suite("FA*IR tables")
struct FairnessTableTests {
    @Test(
        "parameters out of range throw, naming the parameter and value",
        arguments: [
            (0, 0.5, 0.1, "k = 0 is out of range: k must be in 1...10000"),
            (-3, 0.5, 0.1, "k = -3 is out of range: k must be in 1...10000"),
            (10_001, 0.5, 0.1, "k = 10001 is out of range: k must be in 1...10000"),
            (10, -0.1, 0.1, "p = -0.1 is out of range: p must be in [0, 1)"),
            (10, 1, 0.1, "p = 1.0 is out of range: p must be in [0, 1)"),
            (10, .nan, 0.1, "p = nan is out of range: p must be in [0, 1)"),
            (10, 0.5, 0, "alpha = 0.0 is out of range: alpha must be in (0, 1)"),
            (10, 0.5, 1, "alpha = 1.0 is out of range: alpha must be in (0, 1)"),
            (10, 0.5, -0.2, "alpha = -0.2 is out of range: alpha must be in (0, 1)"),
            (10, 0.5, .nan, "alpha = nan is out of range: alpha must be in (0, 1)"),
            (10, 0.5, .infinity, "alpha = inf is out of range: alpha must be in (0, 1)"),
        ])
    func badParameters(k: Int, p: Double, alpha: Double, message: String) {
        for adjusts in [true, false] {
            let error = #expect(throws: FairnessError.self) {
                try FairnessTable(k: k, p: p, alpha: alpha, adjustsForMultipleTests: adjusts)
            }
            #expect(error?.description == message)
        }
    }

    @Test("the smallest and edge parameters make tables")
    func edgeParameters() throws {
        #expect(try FairnessTable(k: 1, p: 0.5, alpha: 0.5).minimumProtected == [0])
        #expect(try FairnessTable(k: 1, p: 0.5, alpha: 0.6, adjustsForMultipleTests: false).minimumProtected == [1])
        #expect(try FairnessTable(k: 3, p: 0.99, alpha: 0.5, adjustsForMultipleTests: false).minimumProtected == [1, 2, 3])
        let zero = try FairnessTable(k: 50, p: 0, alpha: 0.1)
        #expect(zero.minimumProtected == [Int](repeating: 0, count: 50))
        #expect(zero.adjustedAlpha == 0.1)
        #expect(FairnessTable.minimumProtected(k: 0, p: 0.5, alpha: 0.1).isEmpty)
        #expect(FairnessTable.minimumProtected(k: 5, p: 0.5, alpha: 0) == [0, 0, 0, 0, 0])
    }

    /// At p = 0.5 the distribution function hits α exactly (P(X ≤ 0) = 0.125
    /// for 3 trials; P(X ≤ (n − 1) / 2) = 0.5 for odd n), and the quantile is
    /// the count where it does, as scipy's binom.ppf gives it.
    @Test("exact ties at p = 0.5")
    func exactTies() {
        #expect(FairnessTable.minimumProtected(k: 4, p: 0.5, alpha: 0.125) == [0, 0, 0, 1])
        #expect(FairnessTable.minimumProtected(k: 7, p: 0.5, alpha: 0.5) == [0, 1, 1, 2, 2, 3, 3])
    }

    /// The binomial distribution function by summing its probabilities.
    static func distribution(_ x: Int, trials: Int, p: Double) -> Double {
        var probability = pow(1 - p, Double(trials))
        var sum = 0.0
        for successes in 0...x {
            sum += probability
            probability *= Double(trials - successes) / Double(successes + 1) * p / (1 - p)
        }
        return sum
    }

    @Test("each entry is the binomial α-quantile, found by summing probabilities")
    func quantileDefinition() {
        var random = SeededGenerator(seed: 0xFA1_0001)
        for _ in 0..<300 {
            let k = Int.random(in: 1...60, using: &random)
            let p = Double(Int.random(in: 1...18, using: &random)) / 20
            let alpha = Double.random(in: 0.001...0.999, using: &random)
            let table = FairnessTable.minimumProtected(k: k, p: p, alpha: alpha)
            #expect(table.count == k)
            for (index, quantile) in table.enumerated() {
                #expect(Self.distribution(quantile, trials: index + 1, p: p) >= alpha - 1e-12)
                if quantile > 0 {
                    #expect(Self.distribution(quantile - 1, trials: index + 1, p: p) < alpha + 1e-12)
                }
            }
            #expect(zip(table, table.dropFirst()).allSatisfy { $1 == $0 || $1 == $0 + 1 })
        }
    }

    @Test("a walk that climbs past the counts it first tracks gives the table of a full walk")
    func trackedCountsGrow() throws {
        // α = 1 asks for counts whose distribution function rounds to 1, far above the mean.
        let table = FairnessTable.minimumProtected(k: 100, p: 0.01, alpha: 1)
        #expect(FairnessTable.quantiles(k: 100, p: 0.01, alpha: 1, reach: 11) == nil)
        #expect(table == FairnessTable.quantiles(k: 100, p: 0.01, alpha: 1, reach: 100))
        #expect(try #require(table.last) > 11)
    }

    /// The failure probability by trying every pattern of protected places.
    static func failureByEnumeration(of table: [Int], p: Double) -> Double {
        var failure = 0.0
        for pattern in 0..<(1 << table.count) {
            var held = 0
            var probability = 1.0
            var failed = false
            for (index, required) in table.enumerated() {
                let isProtected = pattern >> index & 1 == 1
                held += isProtected ? 1 : 0
                probability *= isProtected ? p : 1 - p
                failed = failed || held < required
            }
            if failed { failure += probability }
        }
        return failure
    }

    @Test("failure probabilities match trying every pattern of protected places")
    func failureProbabilityByEnumeration() {
        var random = SeededGenerator(seed: 0xFA1_0002)
        for round in 0..<120 {
            let k = Int.random(in: 1...12, using: &random)
            let p = Double.random(in: 0...1, using: &random)
            let table: [Int]
            if round.isMultiple(of: 2) {
                table = FairnessTable.minimumProtected(k: k, p: p, alpha: Double.random(in: 0...0.5, using: &random))
            } else {
                table = (0..<k).map { _ in Int.random(in: -1...4, using: &random) }
            }
            let expected = Self.failureByEnumeration(of: table, p: p)
            #expect(abs(FairnessTable.failureProbability(of: table, p: p) - expected) < 1e-12, "\(table), p = \(p)")
        }
    }

    @Test("failure probabilities of trivial tables")
    func trivialFailureProbabilities() {
        #expect(FairnessTable.failureProbability(of: [], p: 0.3) == 0)
        #expect(FairnessTable.failureProbability(of: [0, 0, 0], p: 0.3) == 0)
        #expect(FairnessTable.failureProbability(of: [2], p: 0.3) == 1)
        #expect(FairnessTable.failureProbability(of: [0, 1], p: 0) == 1)
        #expect(abs(FairnessTable.failureProbability(of: [1], p: 0.3) - 0.7) < 1e-15)
        #expect(abs(FairnessTable.failureProbability(of: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1], p: 0.2) - pow(0.8, 9)) < 1e-15)
    }

    @Test("the adjusted α is at most α and its table is the adjusted table")
    func adjustedAlphaConsistency() throws {
        var random = SeededGenerator(seed: 0xFA1_0003)
        for _ in 0..<40 {
            let k = Int.random(in: 1...80, using: &random)
            let p = Double(Int.random(in: 0...19, using: &random)) / 20
            let alpha = Double.random(in: 0.01...0.3, using: &random)
            let table = try FairnessTable(k: k, p: p, alpha: alpha)
            #expect(table.adjustedAlpha <= alpha)
            #expect(table.adjustedAlpha == FairnessTable.adjustedAlpha(k: k, p: p, alpha: alpha))
            #expect(table.minimumProtected == FairnessTable.minimumProtected(k: k, p: p, alpha: table.adjustedAlpha))
            let unadjusted = FairnessTable.minimumProtected(k: k, p: p, alpha: alpha)
            #expect(zip(table.minimumProtected, unadjusted).allSatisfy { $0 <= $1 })
        }
    }
}
