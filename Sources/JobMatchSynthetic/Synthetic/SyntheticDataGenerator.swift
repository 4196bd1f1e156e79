import JobMatch
/// Realistic synthetic seekers, posts and employers for a city, the same
/// for the same seed on every run and platform.
///
/// Every record is drawn from its own random stream, keyed by the seed and
/// its index, so seeker `i` is the same whatever the number asked for: data
/// sets of different sizes nest, and records can be made lazily in constant
/// memory.
///
/// ```swift
/// let generator = SyntheticDataGenerator(seed: 2026)
/// let seekers = Array(generator.seekers(count: 2_000))
/// let engine = try MatchEngine(taxonomy: generator.taxonomy, posts: Array(generator.posts(count: 400)))
/// ```
public struct SyntheticDataGenerator: Sendable {
    /// The seed.
    public let seed: UInt64
    /// The city the records describe.
    public let catalog: CityCatalog
    /// The catalogue's skills as a taxonomy.
    public let taxonomy: SkillTaxonomy
    /// The employers, `E0001` onwards, grouped by industry in catalogue order.
    public let employers: [SyntheticEmployer]
    /// Weights and indexes precomputed from the catalogue.
    let tables: SamplingTables

    /// The first day the data describe, 2026-12-07 (a Monday), 00:00:
    /// availability, gig and secondment windows fall in the months after.
    public static let referenceDate = CivilDateTime(year: 2026, month: 12, day: 7).timestamp

    /// Random streams, one per kind of record.
    enum Stream: UInt64 {
        case employers = 1, seekers, posts, planned
    }

    /// Creates a generator for Huangshi.
    ///
    /// - Complexity: O(employers + skills); records are made on demand.
    public init(seed: UInt64) {
        let catalog = CityCatalog.huangshi
        do { taxonomy = try SkillTaxonomy(skills: catalog.skills) } catch {
            preconditionFailure("the \(catalog.name) catalogue has an invalid skill: \(error)")
        }
        let tables = SamplingTables(catalog: catalog)
        self.seed = seed
        self.catalog = catalog
        self.tables = tables
        employers = tables.employerSlots.indices.map { index in
            Self.employer(at: index, seed: seed, catalog: catalog, tables: tables)
        }
    }

    /// Seekers `S000001` … in order, made one at a time as the sequence is read.
    ///
    /// - Precondition: `count >= 0`.
    /// - Complexity: O(1) memory; O(count) time to read in full.
    public func seekers(count: Int) -> some Sequence<Seeker> {
        precondition(count >= 0, "negative count \(count)")
        return (0..<count).lazy.map(seeker(at:))
    }

    /// Posts `P00001` … in order, made one at a time as the sequence is read.
    ///
    /// - Precondition: `count >= 0`.
    /// - Complexity: O(1) memory; O(count) time to read in full.
    public func posts(count: Int) -> some Sequence<Post> {
        precondition(count >= 0, "negative count \(count)")
        return (0..<count).lazy.map(post(at:))
    }

    /// `value` rounded to a multiple of `step`.
    static func rounded(_ value: Double, toMultipleOf step: Double) -> Double {
        (value / step).rounded() * step
    }

    /// `prefix` followed by `number` padded with zeros to `width` digits.
    static func identifier(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
