/// Which side of a pair owns the top-k lists in a tiled pass.
///
/// The rows of each tile are owners, its columns the other side; the same
/// loop serves both directions through these two orientations.
protocol TileOrientation: SendableMetatype {
    static var direction: RankingDirection { get }
    static func ownerCount(_ evaluator: PairEvaluator) -> Int
    static func others(_ evaluator: PairEvaluator) -> (count: Int, ordinal: FixedBuffer<Int32>)
    static func seeker(owner: Int, other: Int) -> Int
    static func post(owner: Int, other: Int) -> Int
    /// A bound on the bonus of every pair in the owner's row.
    static func bonusBound(_ evaluator: PairEvaluator, owner: Int, largest: Double) -> Double
}

/// Each seeker keeps its best posts.
enum SeekersOwnPosts: TileOrientation {
    static var direction: RankingDirection { .posts }
    static func ownerCount(_ e: PairEvaluator) -> Int { e.seekers.count }
    static func others(_ e: PairEvaluator) -> (count: Int, ordinal: FixedBuffer<Int32>) { (e.posts.count, e.posts.ordinal) }
    @inline(__always) static func seeker(owner: Int, other: Int) -> Int { owner }
    @inline(__always) static func post(owner: Int, other: Int) -> Int { other }
    static func bonusBound(_ e: PairEvaluator, owner: Int, largest: Double) -> Double { e.bonus(seeker: owner) }
}

/// Each post keeps its best seekers.
enum PostsOwnSeekers: TileOrientation {
    static var direction: RankingDirection { .seekers }
    static func ownerCount(_ e: PairEvaluator) -> Int { e.posts.count }
    static func others(_ e: PairEvaluator) -> (count: Int, ordinal: FixedBuffer<Int32>) { (e.seekers.count, e.seekers.ordinal) }
    @inline(__always) static func seeker(owner: Int, other: Int) -> Int { other }
    @inline(__always) static func post(owner: Int, other: Int) -> Int { owner }
    static func bonusBound(_ e: PairEvaluator, owner: Int, largest: Double) -> Double { largest }
}
