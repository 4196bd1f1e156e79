/// What `jobmatch bench --live` measured; latencies in microseconds, each
/// call on one thread.
package struct LiveReport: Codable, Sendable {
    package var seekers: Int
    package var posts: Int
    package var top: Int
    /// Building the index from every record.
    package var indexBuildSeconds: Double
    /// A stored seeker's best posts.
    package var seekerQueryP50Us: Double
    package var seekerQueryP99Us: Double
    /// A stored post's best seekers.
    package var postQueryP50Us: Double
    package var postQueryP99Us: Double
    /// One post upserted (a replacement or a new one), until it is visible.
    package var postUpsertP50Us: Double
    package var postUpsertP99Us: Double
    /// Seeker queries while another thread upserts posts at a steady rate.
    package var seekerQueryP50UsUnderWrites: Double
    package var seekerQueryP99UsUnderWrites: Double
    /// How many upserts that thread applied meanwhile.
    package var upsertsDuringQueries: Int
}
