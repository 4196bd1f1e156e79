extension CandidateGraph {
    /// Places seekers in posts along the graph's edges.
    ///
    /// Every mode keeps each seeker in at most one post and each post within
    /// its openings, and may leave seekers unplaced and openings unfilled. The
    /// result depends only on the graph, never on threads or hashing.
    ///
    /// - `optimal`: the largest total score, by the auction algorithm with
    ///   ε-scaling and reverse iterations, exact for scores rounded to 2⁻³⁰
    ///   (the total is within seekers × 2⁻³¹ of the exact optimum).
    /// - `stable`: the seeker-optimal stable matching under the two-sided
    ///   preferences, by seeker-proposing deferred acceptance.
    /// - `greedy`: edges by score, descending, equal scores by seeker id then
    ///   post id byte-wise, each taken if the seeker is free and the post has
    ///   an opening.
    ///
    /// To time `optimal` at scale, build the graph of 200,000 seekers and
    /// 20,000 posts with `candidateGraph(for:limit: .perSide(50))` outside the
    /// measurement and measure this call alone.
    ///
    /// - Complexity: `optimal` O(n × edges × log(n × C)) in the worst case,
    ///   `n` seekers and C the largest score in units of 2⁻³⁰, in practice a
    ///   few passes over the edges per ε-scaling phase and about log₈(n × C)
    ///   phases; `stable` and `greedy` O(edges × log(edges)).
    public func assignment(_ mode: AssignmentMode) -> Assignment {
        let chosen = switch mode {
        case .optimal: ScaledAuction.placements(in: self)
        case .stable: DeferredAcceptance.placements(in: self)
        case .greedy: GreedyAssignment.placements(in: self)
        }
        return Assignment(mode: mode, placements: chosen.map { edges[$0] })
    }
}
