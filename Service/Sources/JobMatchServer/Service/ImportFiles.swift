/// Files read at start (CSV or JSON Lines, FORMATS.md): records imported
/// into the store, replacing records with the same id, and the districts
/// held beside them.
public struct ImportFiles: Sendable {
    public var taxonomy: String?
    public var seekers: String?
    public var posts: String?
    /// The city's districts by centre (`id, name, name_zh, lat, lon`): map
    /// context for the console, held in memory and read again at each start,
    /// never stored.
    public var districts: String?

    /// The files to read; any may be absent.
    public init(taxonomy: String? = nil, seekers: String? = nil, posts: String? = nil, districts: String? = nil) {
        self.taxonomy = taxonomy
        self.seekers = seekers
        self.posts = posts
        self.districts = districts
    }
}
