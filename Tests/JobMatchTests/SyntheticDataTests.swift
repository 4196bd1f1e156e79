import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel
@testable import JobMatchSynthetic

@Suite("Synthetic data")
struct SyntheticDataTests {
    /// The seed of the bundled fixtures.
    static let fixtureSeed: UInt64 = 2026
    static let generator = SyntheticDataGenerator(seed: fixtureSeed)
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    // MARK: - Determinism and nesting

    @Test func sameSeedGivesSameRecords() {
        let other = SyntheticDataGenerator(seed: Self.fixtureSeed)
        #expect(Array(other.seekers(count: 300)) == Array(Self.generator.seekers(count: 300)))
        #expect(Array(other.posts(count: 100)) == Array(Self.generator.posts(count: 100)))
        #expect(other.employers == Self.generator.employers)
    }

    @Test func differentSeedsGiveDifferentRecords() {
        let other = SyntheticDataGenerator(seed: Self.fixtureSeed + 1)
        let differentSeekers = zip(other.seekers(count: 100), Self.generator.seekers(count: 100)).filter { $0 != $1 }
        let differentPosts = zip(other.posts(count: 100), Self.generator.posts(count: 100)).filter { $0 != $1 }
        #expect(differentSeekers.count == 100)
        #expect(differentPosts.count == 100)
    }

    @Test func smallerDataSetsArePrefixesOfLargerOnes() {
        #expect(Array(Self.generator.seekers(count: 1_000).prefix(100)) == Array(Self.generator.seekers(count: 100)))
        #expect(Array(Self.generator.posts(count: 1_000).prefix(100)) == Array(Self.generator.posts(count: 100)))
        #expect(Self.generator.seeker(at: 777) == Array(Self.generator.seekers(count: 778)).last)
    }

    // MARK: - Catalogue

    @Test func taxonomyIsLargeAndNamedInBothLanguages() throws {
        let catalog = CityCatalog.huangshi
        let taxonomy = try SkillTaxonomy(skills: catalog.skills)
        #expect(taxonomy.skills.count >= 120)
        #expect(taxonomy.groups.count >= 15)
        #expect(taxonomy.skills.allSatisfy { !($0.chineseName ?? "").isEmpty && !$0.name.isEmpty })
        #expect(catalog.skillGroups.allSatisfy { !$0.chineseName.isEmpty })
        let dimensions = FeatureLayout(taxonomy: taxonomy).usedDimensions
        #expect((900...1_100).contains(dimensions))
    }

    @Test func catalogueReferencesOnlyWhatItDefines() {
        let catalog = CityCatalog.huangshi
        let districts = Set(catalog.districts.map(\.id))
        let skills = Set(catalog.skills.map(\.id))
        for industry in catalog.industries {
            #expect(Set(industry.districtWeights.keys).isSubset(of: districts), "\(industry.id)")
            #expect(industry.occupations.allSatisfy { Set($0.skills).isSubset(of: skills) }, "\(industry.id)")
            #expect(industry.employerCount <= industry.employerStems.count * catalog.firmBrandWords.count)
        }
        let groups = Set(catalog.skills.map(\.group))
        #expect(catalog.industries.allSatisfy { Set(catalog.skillGroups(of: $0)).isSubset(of: groups) })
    }

    @Test func employersHaveUniqueIdsAndNames() {
        let employers = Self.generator.employers
        #expect(Set(employers.map(\.id)).count == employers.count)
        #expect(Set(employers.map(\.chineseName)).count == employers.count)
        #expect(employers.first?.id == "E0001")
    }

    // MARK: - Records

    @Test func everyRecordPassesValidation() {
        let taxonomy = Self.generator.taxonomy
        let seekers = Array(Self.generator.seekers(count: 2_000))
        let posts = Array(Self.generator.posts(count: 400))
        for seeker in seekers {
            #expect(RecordValidator.problems(in: seeker, taxonomy: taxonomy).isEmpty, "\(seeker.id)")
        }
        for post in posts {
            #expect(RecordValidator.problems(in: post, taxonomy: taxonomy).isEmpty, "\(post.id)")
            #expect((1...5).contains(post.requirements.count), "\(post.id)")
            #expect(post.requirements.filter(\.isMandatory).count <= 1, "\(post.id)")
        }
        #expect(Set(seekers.map(\.id)).count == seekers.count)
        #expect(Set(posts.map(\.id)).count == posts.count)
        #expect(seekers.first?.id == "S000001" && posts.first?.id == "P00001")
    }

    @Test func sharedPoolLinksRealEmployers() {
        let pool = Set(Self.generator.employers.filter(\.isInSharedPool).map(\.id))
        let seekers = Array(Self.generator.seekers(count: 2_000))
        let shared = Self.generator.posts(count: 400).filter { $0.workType == .shared }
        #expect(!shared.isEmpty)
        #expect(shared.allSatisfy { pool.contains($0.employer) && $0.start != nil && $0.end != nil })
        let members = seekers.filter { $0.employer != nil }
        #expect(!members.isEmpty)
        #expect(members.allSatisfy { pool.contains($0.employer!) && $0.accepts.contains(.shared) })
    }

    @Test func dataSetHasEveryWorkTypeWarningAndKeyGroup() {
        let seekers = Array(Self.generator.seekers(count: 2_000))
        let posts = Array(Self.generator.posts(count: 400))
        #expect(Set(posts.map(\.workType)) == Set(WorkType.allCases))
        #expect(Set(seekers.map(\.warning)) == Set(WarningLevel.allCases))
        #expect(seekers.reduce(into: Set<KeyGroup>()) { $0.formUnion($1.keyGroups) } == Set(KeyGroup.allCases))
        #expect(posts.filter { $0.workType == .fulltime }.count > posts.count / 2)
    }

    @Test func aRealisticShareOfPairsIsFeasible() {
        let scorer = ReferenceScorer(taxonomy: Self.generator.taxonomy)
        let seekers = Array(Self.generator.seekers(count: 300))
        let posts = Array(Self.generator.posts(count: 100))
        let feasible = seekers.reduce(0) { count, seeker in
            count + posts.filter { scorer.score(seeker, $0) != nil }.count
        }
        let share = Double(feasible) / Double(seekers.count * posts.count)
        #expect((0.04...0.12).contains(share), "feasible share \(share)")
    }

    // MARK: - Files

    @Test(arguments: RecordFileFormat.allCases)
    func writerProducesTheFilesOfFormats(format: RecordFileFormat) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.generator.write(seekers: 50, posts: 20, to: directory, format: format)

        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["districts", "employers", "posts", "seekers", "skills"].map { "\($0).\(format.fileExtension)" })
        try Self.generator.write(seekers: 50, posts: 20, planned: 3, to: directory, format: format)
        let planned = try Self.lines(of: directory.appendingPathComponent("planned.\(format.fileExtension)"))
        #expect(planned.count == (format == .csv ? 4 : 3))
        let skills = try Self.lines(of: directory.appendingPathComponent("skills.\(format.fileExtension)"))
        let seekers = try Self.lines(of: directory.appendingPathComponent("seekers.\(format.fileExtension)"))
        let posts = try Self.lines(of: directory.appendingPathComponent("posts.\(format.fileExtension)"))
        switch format {
        case .csv:
            #expect(skills.first == "id,name,name_zh,group,max_level")
            #expect(seekers.first == "id,lat,lon,skills,max_commute_km,expected_monthly,expected_hourly,"
                + "accepts,groups,warning,employer,available_from,available_until")
            #expect(posts.first == "id,employer,title,type,lat,lon,radius_km,wage_min,wage_max,"
                + "openings,start,end,district,industry,requirements")
            #expect(skills.count == Self.generator.taxonomy.skills.count + 1)
            #expect(seekers.count == 51 && posts.count == 21)
        case .jsonl:
            #expect(skills.count == Self.generator.taxonomy.skills.count)
            #expect(seekers.count == 50 && posts.count == 20)
            for line in skills + seekers + posts {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["id"] is String)
            }
            #expect(posts.allSatisfy { $0.contains("\"requirements\":[{\"skill\":") })
        }
    }

    @Test func writerReportsADirectoryItCannotCreate() throws {
        let file = try Self.temporaryDirectory().appendingPathComponent("plain-file")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data().write(to: file)
        let error = #expect(throws: FileWriteError.self) {
            try Self.generator.write(seekers: 1, posts: 1, to: file.appendingPathComponent("out"), format: .csv)
        }
        guard case .cannotCreateDirectory(let path, _) = error else {
            Issue.record("expected cannotCreateDirectory, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("plain-file/out"))
    }

    @Test func encodingWritesListsTimesAndOptionalFields() {
        let seeker = Seeker(
            id: "S9", location: Coordinate(latitude: 30.5, longitude: 114.25),
            skills: [SkillLevel(skill: "welding", level: 5), SkillLevel(skill: "forklift", level: 1)],
            accepts: WorkTypeSet([.gig, .fulltime]), keyGroups: [.veteran, .graduate], employer: "E, Ltd.",
            availableFrom: CivilDateTime(year: 2026, month: 12, day: 7, hour: 8, minute: 30).timestamp)
        #expect(RecordEncoding.csvRow(seeker)
            == "S9,30.5,114.25,welding:5;forklift:1,,,,fulltime;gig,graduate;veteran,none,\"E, Ltd.\",2026-12-07T08:30,")
        #expect(RecordEncoding.jsonLine(seeker)
            == "{\"id\":\"S9\",\"lat\":30.5,\"lon\":114.25,\"skills\":{\"welding\":5,\"forklift\":1},"
            + "\"accepts\":[\"fulltime\",\"gig\"],\"groups\":[\"graduate\",\"veteran\"],\"warning\":\"none\","
            + "\"employer\":\"E, Ltd.\",\"available_from\":\"2026-12-07T08:30\"}")
    }

    @Test(arguments: [
        (CivilDateTime(year: 1970, month: 1, day: 1), Int64(0)),
        (CivilDateTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59), Int64(-60)),
        (CivilDateTime(year: 2000, month: 2, day: 29, hour: 12), Int64(951_825_600)),
        (CivilDateTime(year: 2026, month: 12, day: 7), Int64(1_796_601_600)),
    ])
    func civilDateTimeConvertsBothWays(date: CivilDateTime, seconds: Int64) {
        #expect(date.timestamp == Timestamp(seconds: seconds))
        #expect(CivilDateTime(Timestamp(seconds: seconds)) == date)
    }

    // MARK: - Fixtures

    @Test(arguments: RecordFileFormat.allCases)
    func fixturesAreWhatTheGeneratorWrites(format: RecordFileFormat) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.generator.write(seekers: 2_000, posts: 400, planned: 40, to: directory, format: format)
        let bundled = format == .csv ? Self.fixtures : Self.fixtures.appendingPathComponent("jsonl")
        for name in ["skills", "districts", "employers", "seekers", "posts", "planned"] {
            let file = "\(name).\(format.fileExtension)"
            let expected = try Data(contentsOf: directory.appendingPathComponent(file))
            #expect(try Data(contentsOf: bundled.appendingPathComponent(file)) == expected, "\(file)")
        }
    }

    @Test func workedExampleFixtureIsTheExampleOfScoring() throws {
        let (skills, posts, seekers) = (WorkedExample.taxonomy.skills, WorkedExample.posts, WorkedExample.seekers)
        let directory = Self.fixtures.appendingPathComponent("worked-example")
        #expect(try String(contentsOf: directory.appendingPathComponent("skills.csv"), encoding: .utf8)
            == Self.csv(skills))
        #expect(try String(contentsOf: directory.appendingPathComponent("posts.csv"), encoding: .utf8)
            == Self.csv(posts))
        #expect(try String(contentsOf: directory.appendingPathComponent("seekers.csv"), encoding: .utf8)
            == Self.csv(seekers))
    }

    // MARK: - Helpers

    private static func csv<Record: RecordEncodable>(_ records: [Record]) -> String {
        records.reduce(RecordEncoding.csvHeader(for: Record.self) + "\n") { $0 + RecordEncoding.csvRow($1) + "\n" }
    }

    private static func lines(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("SyntheticDataTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
