@testable import JobMatch
@testable import JobMatchModel

/// Top-k lists computed pair by pair with the reference scorer: the plain
/// meaning of a ranking that the engine must reproduce.
enum ReferenceRanking {
    struct Entry: Equatable, CustomStringConvertible {
        let id: String
        let score: Double
        var description: String { "\(id)=\(score)" }
    }

    static func rank(
        seekers: [Seeker], posts: [Post], taxonomy: SkillTaxonomy,
        direction: RankingDirection, top k: Int, configuration: ScoringConfiguration = .init()
    ) -> [[Entry]] {
        let reference = ReferenceScorer(taxonomy: taxonomy, configuration: configuration)
        func best(_ entries: [Entry]) -> [Entry] {
            Array(entries.sorted { $0.score != $1.score ? $0.score > $1.score : ByteOrder.precedes($0.id, $1.id) }.prefix(k))
        }
        switch direction {
        case .posts:
            return seekers.map { seeker in
                best(posts.compactMap { post in reference.score(seeker, post).map { Entry(id: post.id, score: $0.total) } })
            }
        case .seekers:
            return posts.map { post in
                best(seekers.compactMap { seeker in reference.score(seeker, post).map { Entry(id: seeker.id, score: $0.total) } })
            }
        }
    }

    /// The engine's ranking in the same shape.
    static func entries(of ranking: Ranking) -> [[Entry]] {
        ranking.map { list in
            list.matches.map { Entry(id: ranking.direction == .posts ? $0.postID : $0.seekerID, score: $0.score.total) }
        }
    }
}
