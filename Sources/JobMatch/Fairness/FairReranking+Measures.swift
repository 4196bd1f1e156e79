import Foundation

extension FairReranking {
    /// NDCG of a re-ranked list against the unconstrained one:
    /// DCG(`ranked`) / DCG(`ideal`), where DCG(s) = Σᵢ sᵢ / log₂(i + 2) with i
    /// counted from 0; 1 when the ideal DCG is 0.
    ///
    /// With non-negative scores and `ideal` the scores of the unconstrained
    /// ranking of the same length, the result is in (0, 1], and 1 exactly
    /// when the scores come in the same order.
    /// - Parameters:
    ///   - ranked: The scores of the re-ranked list, in its order.
    ///   - ideal: The scores of the unconstrained list, in its order.
    /// - Complexity: O(n).
    public static func ndcg(_ ranked: [Double], ideal: [Double]) -> Double {
        let idealGain = discountedCumulativeGain(ideal)
        return idealGain == 0 ? 1 : discountedCumulativeGain(ranked) / idealGain
    }

    /// Σᵢ scores[i] / log₂(i + 2).
    private static func discountedCumulativeGain(_ scores: [Double]) -> Double {
        scores.enumerated().reduce(0) { $0 + $1.element / log2(Double($1.offset + 2)) }
    }

    /// Which picks of a re-ranked list the fairness constraint moved up.
    ///
    /// - Parameters:
    ///   - ranked: A re-ranked list, such as ``fair(protected:others:table:)``'s.
    ///   - unconstrained: The unconstrained list of the same groups and length.
    /// - Returns: One flag per pick of `ranked`: true where the pick stands
    ///   earlier in `ranked` than in `unconstrained`, or is not in `unconstrained` at all.
    /// - Complexity: O(n + m), the two lists' lengths.
    public static func movedUp(_ ranked: [FairPick], unconstrained: [FairPick]) -> [Bool] {
        let places = Dictionary(unconstrained.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return ranked.enumerated().map { place, pick in
            places[pick].map { place < $0 } ?? true
        }
    }
}
