/// Files imported into the store at start, replacing records with the same
/// id (CSV or JSON Lines, FORMATS.md).
public struct ImportFiles: Sendable {
    public var taxonomy: String?
    public var seekers: String?
    public var posts: String?

    /// The files to import; any may be absent.
    public init(taxonomy: String? = nil, seekers: String? = nil, posts: String? = nil) {
        self.taxonomy = taxonomy
        self.seekers = seekers
        self.posts = posts
    }
}
