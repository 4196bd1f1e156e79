/// A set of posts as a float32 weight matrix plus, in struct-of-arrays form,
/// every attribute the elementwise pass reads.
struct PostFeatures: Sendable {
    /// The number of posts.
    let count: Int
    /// Columns per row of `matrix`.
    let dimensions: Int
    /// Row `p` holds post `p`'s weights over the thermometer columns, so that
    /// its dot product with a seeker's row is the skill part; kept only for
    /// the dense kernel.
    let matrix: FixedBuffer<Float>?
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
    /// - Parameter keepsDenseMatrix: whether to keep ``matrix``, which only
    ///   the dense kernel reads; the running sums are made either way.
    /// - Complexity: O(posts × dimensions).
    init(
        _ inputPosts: [Post], taxonomy: SkillTaxonomy, layout: FeatureLayout,
        employers: EmployerNumbers, configuration: ScoringConfiguration, keepsDenseMatrix: Bool
    ) {
        inputIndex = SpatialOrder.permutation(of: inputPosts.map(\.location))
        let posts = inputIndex.map { inputPosts[$0] }
        var featureIndex = [Int](repeating: 0, count: posts.count)
        for (position, input) in inputIndex.enumerated() { featureIndex[input] = position }
        self.featureIndex = featureIndex
        count = posts.count
        dimensions = layout.dimensions
        let matrix = keepsDenseMatrix ? FixedBuffer<Float>(repeating: 0, count: count * dimensions) : nil
        let runningSums = FixedBuffer<Float>(repeating: 0, count: dimensions * count)
        let runs = Self.runs(layout: layout, taxonomy: taxonomy)
        let ρ = configuration.relatedSkillCredit
        let width = dimensions
        let scratch = UnsafeMutableBufferPointer<Float>.allocate(capacity: width)
        defer { scratch.deallocate() }
        for (row, post) in posts.enumerated() {
            let vector = matrix.map { $0.mutableBase + row * width } ?? scratch.baseAddress!
            if matrix == nil { scratch.initialize(repeating: 0) }
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
            Self.addRunningSums(of: vector, post: row, count: count, runs: runs, into: runningSums)
        }
        self.matrix = matrix
        self.runningSums = runningSums
        let requirements = RequirementColumns(posts, taxonomy: taxonomy)
        screen = FixedBuffer(posts.indices.map { index in
            let post = posts[index]
            return PostScreen(
                typeBit: post.workType.bit, isGig: post.workType == .gig, isShared: post.workType == .shared,
                employer: employers.number(of: post.employer),
                mandatoryStart: requirements.mandatoryStart[index],
                mandatoryEnd: requirements.mandatoryStart[index + 1],
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

    /// The runs of columns: each skill's levels, each group's, the constant column.
    private static func runs(layout: FeatureLayout, taxonomy: SkillTaxonomy) -> [(offset: Int, length: Int)] {
        Array(zip(layout.skillOffsets, taxonomy.skills.map(\.maxLevel)))
            + Array(zip(layout.groupOffsets, taxonomy.maxLevelOfGroup))
            + [(layout.constantColumn, 1)]
    }

    /// Writes the running sums of one post's weights `vector` along each run
    /// into its column of `sums` (stored transposed), in float64 before
    /// rounding so that they carry no more error than one float32 step.
    private static func addRunningSums(
        of vector: UnsafeMutablePointer<Float>, post: Int, count: Int, runs: [(offset: Int, length: Int)],
        into sums: FixedBuffer<Float>
    ) {
        for (offset, length) in runs {
            var sum = 0.0
            for column in offset..<(offset + length) {
                sum += Double(vector[column])
                sums.mutableBase[column * count + post] = Float(sum)
            }
        }
    }
}
