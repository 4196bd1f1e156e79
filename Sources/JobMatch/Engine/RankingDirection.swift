/// Which side a ranking lists.
public enum RankingDirection: String, Sendable, Hashable, CaseIterable, Codable {
    /// The best posts for each seeker.
    case posts
    /// The best seekers for each post.
    case seekers
}
