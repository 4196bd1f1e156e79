/// How the engine computes the skill parts of a tile.
public enum SkillKernel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Pick per batch: `sparse` when seekers have few terms for the width of
    /// the code, else `dense`.
    case automatic
    /// One `cblas_sgemm` of the dense thermometer codes per tile.
    case dense
    /// Sums of posts' running weights over each seeker's few run ends
    /// (``SkillTerms``); no dense seeker matrix is built.
    case sparse

    /// The kernel to use for seekers averaging `terms` terms in a code of
    /// `dimensions` columns.
    ///
    /// A dense pair costs about `2·dimensions` flops at BLAS speed, a sparse
    /// one about `terms` vector adds at memory speed; measured on the
    /// benchmark machine, sparse wins until terms reach about a tenth of the
    /// columns, so the switch is set below that.
    func resolved(averageTerms terms: Double, dimensions: Int) -> SkillKernel {
        guard self == .automatic else { return self }
        return terms * 12 <= Double(dimensions) ? .sparse : .dense
    }
}
