import Dispatch
import Foundation
import JobMatch
import Synchronization

/// The service's state: the store of record and the live index over it.
///
/// Reads go to the index. Writes are decoded, checked, committed to the
/// store and then applied to the index, one at a time on a queue of their
/// own: a write answered 2xx is in both, and a crash between the two loses
/// nothing, since the index is rebuilt from the store at start.
final class MatchService: Sendable {
    let index: MatchIndex
    let store: RecordStore
    let metrics: ServiceMetrics
    /// The city's districts in file order, from `--districts`; none without it.
    let districts: [District]
    /// One write at a time, in order, off the cooperative pool (SQLite blocks).
    private let writes = DispatchQueue(label: "jobmatch.writes")
    private let isOpen = Atomic<Bool>(true)

    /// Opens the store at `path`, builds the index from it, then imports
    /// `files`, checked as the command line checks them, as one change, and
    /// keeps their districts.
    ///
    /// - Throws: ``ServerSetupError`` if the store cannot be used or a file
    ///   has a problem; then nothing is imported.
    init(storePath path: String, importing files: ImportFiles, options: EngineOptions) throws(ServerSetupError) {
        metrics = ServiceMetrics()
        // Map context, not records: read at each start and never stored, but
        // checked with the other files so that a bad one imports nothing.
        let districtFile = files.districts.map { InputLoader.loadDistricts(path: $0) }
        districts = districtFile?.records ?? []
        do {
            store = try RecordStore(path: path)
            let stored = try store.load()
            // A store's records were checked when they were written and again by load().
            index = try! MatchIndex(
                taxonomy: try! SkillTaxonomy(skills: stored.skills), posts: stored.posts, seekers: stored.seekers,
                options: options)
        } catch {
            throw .store(error)
        }
        metrics.indexRebuilt()
        try importFiles(files, otherProblems: districtFile?.problems.map(\.description) ?? [])
        recordCounts()
    }

    /// Imports the records of `files` as one change, unless they or
    /// `otherProblems` hold a problem.
    private func importFiles(_ files: ImportFiles, otherProblems: [String]) throws(ServerSetupError) {
        var problems = otherProblems
        var change = RecordStore.Change()
        var taxonomy = index.snapshot.taxonomy
        if let path = files.taxonomy {
            let loaded = InputLoader.loadTaxonomy(path: path)
            problems += loaded.problems.map(\.description)
            change.skills = loaded.records
            do {
                taxonomy = try index.snapshot.taxonomy(upserting: loaded.records).0
            } catch {
                problems += error.errors.map { "\(path): \($0)" }
            }
        }
        if let path = files.seekers {
            let loaded = InputLoader.loadSeekers(path: path, taxonomy: taxonomy)
            problems += loaded.problems.map(\.description)
            change.seekers = loaded.records
        }
        if let path = files.posts {
            let loaded = InputLoader.loadPosts(path: path, taxonomy: taxonomy)
            problems += loaded.problems.map(\.description)
            change.posts = loaded.records
        }
        guard problems.isEmpty else { throw .badImport(problems) }
        guard !change.skills.isEmpty || !change.posts.isEmpty || !change.seekers.isEmpty else { return }
        do {
            try store.commit(change)
        } catch {
            throw .store(error)
        }
        // Checked above against the taxonomy they now have.
        if !change.skills.isEmpty {
            try! index.upsert(skills: change.skills)
            metrics.indexRebuilt()
        }
        try! index.upsert(seekers: change.seekers)
        try! index.upsert(posts: change.posts)
    }

    // MARK: - Writes

    /// Runs `write` on the write queue and returns its result.
    private func perform<Result: Sendable>(_ write: @escaping @Sendable () throws -> Result) async throws -> Result {
        let result = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Result, any Error>) in
            writes.async { continuation.resume(with: Swift.Result { try write() }) }
        }
        recordCounts()
        return result
    }

    /// Creates or replaces the skill `id` from a JSON body.
    ///
    /// - Returns: the stored skill, and whether it is new.
    func putSkill(id: String, body: [UInt8]) async throws -> (Skill, created: Bool) {
        try await perform { [self] in
            let skill = try decoded { () throws(RecordError) in try Skill(json: body, defaultID: id) }
            guard skill.id == id else { throw ServiceProblem.idMismatch(path: id, body: skill.id) }
            let snapshot = index.snapshot
            let created: Bool
            do throws(InvalidRecordsError) {
                created = try !snapshot.taxonomy(upserting: [skill]).created.isEmpty
            } catch {
                throw ServiceProblem.invalid(error)
            }
            try store.commit(RecordStore.Change(skills: [skill]))
            try index.upsert(skills: [skill])
            if snapshot.taxonomy.skills != index.snapshot.taxonomy.skills { metrics.indexRebuilt() }
            return (skill, created)
        }
    }

    /// Creates or replaces the post `id` from a JSON body.
    ///
    /// - Returns: the stored post, and whether it is new.
    func putPost(id: String, body: [UInt8]) async throws -> (Post, created: Bool) {
        try await perform { [self] in
            let taxonomy = index.snapshot.taxonomy
            let post = try decoded { () throws(RecordError) in try Post(json: body, taxonomy: taxonomy, defaultID: id) }
            guard post.id == id else { throw ServiceProblem.idMismatch(path: id, body: post.id) }
            try store.commit(RecordStore.Change(posts: [post]))
            return (post, try index.upsert(post))
        }
    }

    /// Creates or replaces the seeker `id` from a JSON body.
    ///
    /// - Returns: the stored seeker, and whether it is new.
    func putSeeker(id: String, body: [UInt8]) async throws -> (Seeker, created: Bool) {
        try await perform { [self] in
            let taxonomy = index.snapshot.taxonomy
            let seeker = try decoded { () throws(RecordError) in try Seeker(json: body, taxonomy: taxonomy, defaultID: id) }
            guard seeker.id == id else { throw ServiceProblem.idMismatch(path: id, body: seeker.id) }
            try store.commit(RecordStore.Change(seekers: [seeker]))
            return (seeker, try index.upsert(seeker))
        }
    }

    /// Removes the post `id`; `false` if there is none.
    func removePost(id: String) async throws -> Bool {
        try await perform { [self] in
            guard index.snapshot.post(id: id) != nil else { return false }
            try store.commit(RecordStore.Change(removedPosts: [id]))
            return !index.removePosts(ids: [id]).isEmpty
        }
    }

    /// Removes the seeker `id`; `false` if there is none.
    func removeSeeker(id: String) async throws -> Bool {
        try await perform { [self] in
            guard index.snapshot.seeker(id: id) != nil else { return false }
            try store.commit(RecordStore.Change(removedSeekers: [id]))
            return !index.removeSeekers(ids: [id]).isEmpty
        }
    }

    /// Upserts every post of a JSON Lines body, all or none.
    ///
    /// - Returns: how many posts were upserted.
    func bulkPosts(body: [UInt8]) async throws -> Int {
        try await perform { [self] in
            let loaded = InputLoader.loadPosts(bytes: body, format: .jsonl, name: "request body", taxonomy: index.snapshot.taxonomy)
            try Self.requireClean(loaded)
            try store.commit(RecordStore.Change(posts: loaded.records))
            try index.upsert(posts: loaded.records)
            return loaded.records.count
        }
    }

    /// Upserts every seeker of a JSON Lines body, all or none.
    ///
    /// - Returns: how many seekers were upserted.
    func bulkSeekers(body: [UInt8]) async throws -> Int {
        try await perform { [self] in
            let loaded = InputLoader.loadSeekers(
                bytes: body, format: .jsonl, name: "request body", taxonomy: index.snapshot.taxonomy)
            try Self.requireClean(loaded)
            try store.commit(RecordStore.Change(seekers: loaded.records))
            try index.upsert(seekers: loaded.records)
            return loaded.records.count
        }
    }

    /// Throws the problems of a bulk body, every line's; nothing if there are none.
    private static func requireClean<Record>(_ loaded: Loaded<Record>) throws {
        guard !loaded.isValid else { return }
        let rejectedLines = Set(loaded.rejected.map(\.line))
        let others = loaded.problems.filter { !rejectedLines.contains($0.line) }
        throw ServiceProblem.invalid(lines: loaded.rejected, others: others)
    }

    /// A record decoded from a body, or the problem answer for it.
    private func decoded<Record>(_ decode: () throws(RecordError) -> Record) throws -> Record {
        do throws(RecordError) {
            return try decode()
        } catch {
            throw ServiceProblem.invalid(error)
        }
    }

    // MARK: - State

    /// Whether the store is open for writes and the index loaded.
    var isReady: Bool { isOpen.load(ordering: .relaxed) }

    /// Waits for the writes under way, then closes the store.
    func close() {
        isOpen.store(false, ordering: .relaxed)
        writes.sync { store.close() }
    }

    private func recordCounts() {
        let snapshot = index.snapshot
        metrics.recordsHeld(posts: snapshot.postCount, seekers: snapshot.seekerCount, skills: snapshot.taxonomy.skills.count)
    }
}
