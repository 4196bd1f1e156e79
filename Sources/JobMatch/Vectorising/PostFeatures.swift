/// A set of posts as a float32 weight matrix plus, in struct-of-arrays form,
/// every attribute the elementwise pass reads.
struct PostFeatures: Sendable {
    /// The number of posts.
    let count: Int
    /// Columns per row of `matrix`.
    let dimensions: Int
    /// Row `p` holds post `p`'s weights over the thermometer columns, so that
    /// its dot product with a seeker's row is the skill part.
    let matrix: FixedBuffer<Float>
    /// Where each post is, with its radius as the distance limit.
    let places: PlaceColumns
    /// The bit of the post's work type in a ``WorkTypeSet``.
    let typeBit: FixedBuffer<UInt8>
    /// Whether the post is a gig, paid by the hour.
    let isGig: FixedBuffer<Bool>
    /// Whether the post is a shared-pool secondment.
    let isShared: FixedBuffer<Bool>
    /// The employer's number in ``EmployerNumbers``.
    let employer: FixedBuffer<Int32>
    /// The time window, `Int64.max` / `Int64.min` where not given so that
    /// every availability covers it.
    let start: FixedBuffer<Int64>
    let end: FixedBuffer<Int64>
    /// The top of the wage range and the offer `o`.
    let wageMax: FixedBuffer<Double>
    let offer: FixedBuffer<Double>
    /// The requirements in compressed rows: post `p` owns `requirementStart[p]..<requirementStart[p+1]`.
    let requirements: RequirementColumns
    /// Each post's position in byte-wise id order, for ties.
    let ordinal: FixedBuffer<Int32>
    /// The ids.
    let ids: [String]

    /// Vectorises `posts`, which must already be valid for the taxonomy.
    ///
    /// - Complexity: O(posts × dimensions).
    init(
        _ posts: [Post], taxonomy: SkillTaxonomy, layout: FeatureLayout,
        employers: EmployerNumbers, configuration: ScoringConfiguration
    ) {
        count = posts.count
        dimensions = layout.dimensions
        matrix = FixedBuffer(repeating: 0, count: count * dimensions)
        let ρ = configuration.relatedSkillCredit
        for (row, post) in posts.enumerated() {
            let vector = matrix.base + row * dimensions
            if post.requirements.isEmpty { vector[layout.constantColumn] = 1 }
            let totalWeight = post.requirements.reduce(0) { $0 + $1.weight }
            for requirement in post.requirements {
                guard let skill = taxonomy.index(of: requirement.skill) else { continue }
                let group = taxonomy.groupIndexOfSkill[skill]
                let perLevel = requirement.weight / (totalWeight * Double(requirement.level))
                for level in 0..<requirement.level {
                    vector[layout.skillOffsets[skill] + level] += Float((1 - ρ) * perLevel)
                    vector[layout.groupOffsets[group] + level] += Float(ρ * perLevel)
                }
            }
        }
        places = PlaceColumns(posts.map(\.location), limitsKm: posts.map(\.radiusKm))
        typeBit = FixedBuffer(posts.map(\.workType.bit))
        isGig = FixedBuffer(posts.map { $0.workType == .gig })
        isShared = FixedBuffer(posts.map { $0.workType == .shared })
        employer = FixedBuffer(posts.map { employers.number(of: $0.employer) })
        start = FixedBuffer(posts.map { $0.start?.seconds ?? .max })
        end = FixedBuffer(posts.map { $0.end?.seconds ?? .min })
        wageMax = FixedBuffer(posts.map(\.wageMax))
        offer = FixedBuffer(posts.map(\.offeredWage))
        requirements = RequirementColumns(posts, taxonomy: taxonomy)
        ordinal = FixedBuffer(ByteOrder.ordinals(of: posts.map(\.id)))
        ids = posts.map(\.id)
    }
}
