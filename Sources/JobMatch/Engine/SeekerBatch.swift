/// A batch of seekers split into those that can be scored and those that
/// cannot: a rule of the model broken, or an id an earlier seeker has.
struct SeekerBatch {
    /// The valid seekers, in batch order, ids unique.
    let valid: [Seeker]
    /// The others, in batch order, each with every problem.
    let rejected: [RecordError]

    /// Checks every seeker of `seekers` against `taxonomy`.
    ///
    /// - Complexity: O(seekers × their fields).
    init(_ seekers: [Seeker], taxonomy: SkillTaxonomy) {
        var valid: [Seeker] = []
        var rejected: [RecordError] = []
        valid.reserveCapacity(seekers.count)
        var ids: Set<String> = []
        for seeker in seekers {
            var problems = RecordValidator.problems(in: seeker, taxonomy: taxonomy)
            if !ids.insert(seeker.id).inserted { problems.append(.duplicate(seeker.id)) }
            if problems.isEmpty {
                valid.append(seeker)
            } else {
                rejected.append(RecordError(kind: .seeker, id: seeker.id, problems: problems))
            }
        }
        self.valid = valid
        self.rejected = rejected
    }
}
