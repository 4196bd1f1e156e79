import Foundation
import Testing
@testable import JobMatch

@Suite("Unconstrained ranking, NDCG and moved-up flags")
struct FairnessMeasuresTests {
    @Test("the merge orders by score, then id bytes, then group")
    func unconstrainedOrder() {
        let groups = [
            [FairCandidate(id: "é", score: 2), FairCandidate(id: "x", score: 1)],
            [FairCandidate(id: "z", score: 2), FairCandidate(id: "x", score: 1)],
            [FairCandidate(id: "B", score: 2), FairCandidate(id: "a", score: 2)],
        ]
        // By bytes "B" < "a" < "z" < "é"; the two "x" at 1 go by group.
        #expect(
            FairReranking.unconstrained(groups: groups, k: 10) == [
                FairPick(group: 2, position: 0), FairPick(group: 2, position: 1), FairPick(group: 1, position: 0),
                FairPick(group: 0, position: 0), FairPick(group: 0, position: 1), FairPick(group: 1, position: 1),
            ])
        #expect(FairReranking.unconstrained(groups: groups, k: 2).count == 2)
        #expect(FairReranking.unconstrained(groups: groups, k: 0).isEmpty)
        #expect(FairReranking.unconstrained(groups: [[], []], k: 3).isEmpty)
    }

    @Test("NDCG by hand")
    func ndcg() {
        let ideal = [3.0, 2, 1]
        let idealGain = 3 + 2 / log2(3.0) + 1 / 2
        #expect(FairReranking.ndcg(ideal, ideal: ideal) == 1)
        #expect(abs(FairReranking.ndcg([1, 3, 2], ideal: ideal) - (1 + 3 / log2(3.0) + 2 / 2) / idealGain) < 1e-15)
        #expect(FairReranking.ndcg([0, 0], ideal: [0, 0]) == 1)
        #expect(FairReranking.ndcg([], ideal: []) == 1)
        #expect(FairReranking.ndcg([0, 1], ideal: [1, 0]) < 1)
    }

    @Test("moved up: earlier than in the unconstrained list, or not in it")
    func movedUp() {
        let unconstrained = [
            FairPick(group: 1, position: 0), FairPick(group: 1, position: 1), FairPick(group: 0, position: 0),
        ]
        let ranked = [
            FairPick(group: 1, position: 0), FairPick(group: 0, position: 0), FairPick(group: 0, position: 1),
        ]
        #expect(FairReranking.movedUp(ranked, unconstrained: unconstrained) == [false, true, true])
        #expect(FairReranking.movedUp(unconstrained, unconstrained: unconstrained) == [false, false, false])
        #expect(FairReranking.movedUp([], unconstrained: unconstrained).isEmpty)
    }
}
