import Foundation
import GRDB
import JobMatch
import JobMatchModel

/// The store of record: taxonomy, posts and seekers as rows of a SQLite
/// database in WAL mode, each record as its JSON Lines text.
///
/// A write returns once it is committed with `synchronous = FULL`: it
/// survives the process being killed the next moment, and a power cut.
/// The live index is rebuilt from the store at start; the store wins.
final class RecordStore: Sendable {
    /// The format version this code writes and reads.
    static let version = "1"

    let path: String
    private let database: DatabasePool

    /// Opens the store at `path`, creating it if the file does not exist
    /// or holds no table.
    ///
    /// - Throws: ``StoreError`` for a file that is not a SQLite database,
    ///   is damaged, holds other tables, or is of another version.
    init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try database.write { db in try Self.prepare(db, path: path) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw .damaged(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }

    /// Checks a store, or makes an empty database one.
    private static func prepare(_ db: Database, path: String) throws {
        let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "no answer"
        guard check == "ok" else { throw StoreError.damaged(path: path, reason: check) }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if tables.isEmpty {
            try db.execute(sql: """
                CREATE TABLE store_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE skills (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, record TEXT NOT NULL);
                CREATE TABLE posts (id TEXT PRIMARY KEY NOT NULL, record TEXT NOT NULL);
                CREATE TABLE seekers (id TEXT PRIMARY KEY NOT NULL, record TEXT NOT NULL);
                """)
            try db.execute(
                sql: "INSERT INTO store_info (key, value) VALUES ('format', 'jobmatch-store'), ('version', ?)",
                arguments: [version])
            return
        }
        guard tables.contains("store_info"),
              try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'format'") == "jobmatch-store"
        else { throw StoreError.foreign(path: path) }
        let found = try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'version'") ?? "unknown"
        guard found == version else { throw StoreError.otherVersion(path: path, found: found) }
    }

    // MARK: - Reading

    /// Every stored record, decoded and checked as a file's would be.
    ///
    /// - Throws: ``StoreError/badRecord(path:table:id:reason:)`` for a row
    ///   that does not decode: a store is never loaded in part.
    func load() throws(StoreError) -> (skills: [Skill], posts: [Post], seekers: [Seeker]) {
        do {
            return try database.read { db in
                let skills = try Self.rows(db, "SELECT id, record FROM skills ORDER BY position").map { id, record in
                    try Self.decode("skills", id) { () throws(JobMatchModel.RecordError) in try Skill(json: record) }
                }
                let taxonomy: SkillTaxonomy
                do throws(JobMatchModel.RecordError) { taxonomy = try SkillTaxonomy(skills: skills) } catch {
                    throw StoreError.badRecord(path: "", table: "skills", id: error.id, reason: error.description)
                }
                let posts = try Self.rows(db, "SELECT id, record FROM posts").map { id, record in
                    try Self.decode("posts", id) { () throws(JobMatchModel.RecordError) in try Post(json: record, taxonomy: taxonomy) }
                }
                let seekers = try Self.rows(db, "SELECT id, record FROM seekers").map { id, record in
                    try Self.decode("seekers", id) { () throws(JobMatchModel.RecordError) in try Seeker(json: record, taxonomy: taxonomy) }
                }
                return (skills, posts, seekers)
            }
        } catch let StoreError.badRecord(_, table, id, reason) {
            throw .badRecord(path: path, table: table, id: id, reason: reason)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }

    private static func rows(_ db: Database, _ sql: String) throws -> [(String, String)] {
        try Row.fetchAll(db, sql: sql).map { ($0["id"], $0["record"]) }
    }

    private static func decode<Record>(_ table: String, _ id: String, _ body: () throws(JobMatchModel.RecordError) -> Record) throws -> Record {
        do throws(JobMatchModel.RecordError) {
            return try body()
        } catch {
            throw StoreError.badRecord(path: "", table: table, id: id, reason: error.description)
        }
    }

    // MARK: - Writing

    /// One change, committed whole or not at all.
    struct Change: Sendable {
        var skills: [Skill] = []
        var posts: [Post] = []
        var seekers: [Seeker] = []
        var removedPosts: [String] = []
        var removedSeekers: [String] = []
    }

    /// Commits `change` in one transaction.
    ///
    /// - Throws: ``StoreError/unavailable(path:reason:)`` if SQLite fails;
    ///   then nothing of the change is stored.
    func commit(_ change: Change) throws(StoreError) {
        do {
            try database.write { db in
                for skill in change.skills {
                    let position = try Int.fetchOne(db, sql: "SELECT position FROM skills WHERE id = ?", arguments: [skill.id])
                        ?? (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM skills") ?? 0)
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO skills (id, position, record) VALUES (?, ?, ?)",
                        arguments: [skill.id, position, try Self.text(skill)])
                }
                let upsertPost = try db.makeStatement(sql: "INSERT OR REPLACE INTO posts (id, record) VALUES (?, ?)")
                for post in change.posts { try upsertPost.execute(arguments: [post.id, try Self.text(post)]) }
                let upsertSeeker = try db.makeStatement(sql: "INSERT OR REPLACE INTO seekers (id, record) VALUES (?, ?)")
                for seeker in change.seekers { try upsertSeeker.execute(arguments: [seeker.id, try Self.text(seeker)]) }
                let removePost = try db.makeStatement(sql: "DELETE FROM posts WHERE id = ?")
                for id in change.removedPosts { try removePost.execute(arguments: [id]) }
                let removeSeeker = try db.makeStatement(sql: "DELETE FROM seekers WHERE id = ?")
                for id in change.removedSeekers { try removeSeeker.execute(arguments: [id]) }
            }
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }

    /// A record's JSON Lines text.
    private static func text(_ record: some Encodable) throws -> String {
        String(decoding: try JSONBody.bytes(record), as: UTF8.self)
    }
}

extension RecordStore {
    /// Closes the database once the last write is done; later calls fail.
    func close() {
        try? database.close()
    }
}
