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
    /// The weights summed along each skill's and group's run of columns,
    /// stored column-major (`dimensions × count`) so that one column's values
    /// for a block of posts are contiguous: the sparse kernel's operand.
    let runningSums: FixedBuffer<Float>
    /// What the screen reads.
    let screen: FixedBuffer<PostScreen>
    /// Where each post is.
    let locations: FixedBuffer<Coordinate>
    /// Runs of posts summarised for ruling them out together.
    let blocks: PostBlocks
    /// Each post's position in the engine's input order.
    let inputIndex: [Int]
    /// The position here of each post of the input order: `inputIndex` inverted.
    let featureIndex: [Int]
    /// The radius in km, +∞ where none is set.
    let radiusKm: FixedBuffer<Double>
    /// Whether the post is a gig, paid by the hour.
    let isGig: FixedBuffer<Bool>
    /// The offer `o`.
    let offer: FixedBuffer<Double>
    /// The requirements in compressed rows: post `p` owns `requirementStart[p]..<requirementStart[p+1]`.
    let requirements: RequirementColumns
    /// Each post's position in byte-wise id order, for ties.
    let ordinal: FixedBuffer<Int32>
    /// The ids.
    let ids: [String]

    /// Vectorises `posts`, which must already be valid for the taxonomy,
    /// stored in ``SpatialOrder``.
    ///
    /// - Complexity: O(posts × dimensions).
    init(
        _ inputPosts: [Post], taxonomy: SkillTaxonomy, layout: FeatureLayout,
        employers: EmployerNumbers, configuration: ScoringConfiguration
    ) {
        inputIndex = SpatialOrder.permutation(of: inputPosts.map(\.location))
        let posts = inputIndex.map { inputPosts[$0] }
        var featureIndex = [Int](repeating: 0, count: posts.count)
        for (position, input) in inputIndex.enumerated() { featureIndex[input] = position }
        self.featureIndex = featureIndex
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
        runningSums = Self.runningSums(of: matrix, count: count, layout: layout, taxonomy: taxonomy)
        let requirements = RequirementColumns(posts, taxonomy: taxonomy)
        screen = FixedBuffer(posts.indices.map { index in
            let post = posts[index]
            return PostScreen(
                typeBit: post.workType.bit, isGig: post.workType == .gig, isShared: post.workType == .shared,
                employer: employers.number(of: post.employer),
                mandatoryStart: requirements.mandatoryStart[index], mandatoryEnd: requirements.mandatoryStart[index + 1],
                start: post.start?.seconds ?? .max, end: post.end?.seconds ?? .min, wageMax: post.wageMax,
                limitTerm: HalfAngles.limitTerm(km: post.radiusKm), place: HalfAngles(post.location))
        })
        locations = FixedBuffer(posts.map(\.location))
        blocks = PostBlocks(locations: posts.map(\.location), screen: screen)
        radiusKm = FixedBuffer(posts.map { $0.radiusKm ?? .infinity })
        isGig = FixedBuffer(posts.map { $0.workType == .gig })
        offer = FixedBuffer(posts.map(\.offeredWage))
        self.requirements = requirements
        ordinal = FixedBuffer(ByteOrder.ordinals(of: posts.map(\.id)))
        ids = posts.map(\.id)
    }

    /// The transposed running sums of `matrix` along each run, in float64
    /// before rounding so they carry no more error than one float32 step.
    private static func runningSums(
        of matrix: FixedBuffer<Float>, count: Int, layout: FeatureLayout, taxonomy: SkillTaxonomy
    ) -> FixedBuffer<Float> {
        let sums = FixedBuffer<Float>(repeating: 0, count: layout.dimensions * count)
        let runs: [(offset: Int, length: Int)] = Array(zip(layout.skillOffsets, taxonomy.skills.map(\.maxLevel)))
            + Array(zip(layout.groupOffsets, taxonomy.maxLevelOfGroup))
            + [(layout.constantColumn, 1)]
        for post in 0..<count {
            let row = matrix.base + post * layout.dimensions
            for (offset, length) in runs {
                var sum = 0.0
                for column in offset..<(offset + length) {
                    sum += Double(row[column])
                    sums[column * count + post] = Float(sum)
                }
            }
        }
        return sums
    }
}
