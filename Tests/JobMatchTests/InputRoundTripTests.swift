@testable import JobMatch
@testable import JobMatchModel
import Foundation
import Testing

/// Writes seekers and posts in both formats, as FORMATS.md describes them.
enum RecordWriter {
    /// One field's text in each format; `nil` where the field is not given.
    typealias Field = (name: String, csv: String?, json: String?)

    static func fields(of seeker: Seeker) -> [Field] {
        let skills = seeker.skills.isEmpty ? nil : seeker.skills
        return [
            text("id", seeker.id),
            number("lat", seeker.location.latitude),
            number("lon", seeker.location.longitude),
            ("skills", skills.map { $0.map { "\($0.skill):\($0.level)" }.joined(separator: ";") },
             skills.map { "{" + $0.map { "\(TextEscaping.jsonString($0.skill)): \($0.level)" }.joined(separator: ", ") + "}" }),
            number("max_commute_km", seeker.maxCommuteKm),
            number("expected_monthly", seeker.expectedMonthlyWage),
            number("expected_hourly", seeker.expectedHourlyWage),
            list("accepts", seeker.accepts.members.map(\.rawValue)),
            list("groups", seeker.keyGroups.map(\.rawValue).sorted()),
            text("warning", seeker.warning.rawValue),
            text("employer", seeker.employer),
            text("available_from", seeker.availableFrom.map(iso8601)),
            text("available_until", seeker.availableUntil.map(iso8601)),
        ]
    }

    static func fields(of post: Post) -> [Field] {
        let requirements = post.requirements.isEmpty ? nil : post.requirements
        return [
            text("id", post.id),
            text("employer", post.employer),
            text("title", post.title),
            text("type", post.workType.rawValue),
            number("lat", post.location.latitude),
            number("lon", post.location.longitude),
            number("radius_km", post.radiusKm),
            number("wage_min", post.wageMin),
            number("wage_max", post.wageMax),
            ("openings", String(post.openings), String(post.openings)),
            text("start", post.start.map(iso8601)),
            text("end", post.end.map(iso8601)),
            text("district", post.district),
            text("industry", post.industry),
            ("requirements",
             requirements.map { $0.map { "\($0.skill):\($0.level):\($0.weight)" + ($0.isMandatory ? ":mandatory" : "") }.joined(separator: ";") },
             requirements.map {
                 "[" + $0.map {
                     #"{"skill": \#(TextEscaping.jsonString($0.skill)), "level": \#($0.level), "weight": \#($0.weight), "mandatory": \#($0.isMandatory)}"#
                 }.joined(separator: ", ") + "]"
             }),
        ]
    }

    /// The records as a whole file of `format`.
    static func file(_ records: [[Field]], format: TestFormat) -> String {
        let lines: [String] = switch format {
        case .csv:
            [TextEscaping.csvRecord(records[0].map(\.name))] + records.map { TextEscaping.csvRecord($0.map { $0.csv ?? "" }) }
        case .jsonl:
            records.map { "{" + $0.compactMap { field in field.json.map { "\"\(field.name)\": \($0)" } }.joined(separator: ", ") + "}" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func text(_ name: String, _ value: String?) -> Field {
        (name, value, value.map(TextEscaping.jsonString))
    }

    private static func number(_ name: String, _ value: Double?) -> Field {
        (name, value.map { "\($0)" }, value.map { "\($0)" })
    }

    private static func list(_ name: String, _ items: [String]) -> Field {
        items.isEmpty ? (name, nil, nil)
            : (name, items.joined(separator: ";"), "[" + items.map(TextEscaping.jsonString).joined(separator: ", ") + "]")
    }

    private static func iso8601(_ timestamp: Timestamp) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(timestamp.seconds)))
    }
}

struct InputRoundTripTests {
    static let seekers = [
        Seeker(
            id: "S1", location: Coordinate(latitude: 30.12, longitude: 114.99),
            skills: [SkillLevel(skill: "welding", level: 5), SkillLevel(skill: "forklift", level: 1)],
            maxCommuteKm: 10, expectedMonthlyWage: 6500, expectedHourlyWage: 32.5,
            accepts: WorkTypeSet([.fulltime, .gig, .shared]), keyGroups: [.migrant, .longUnemployed], warning: .red,
            employer: "Steel \"Ltd\" 钢铁", availableFrom: Timestamp(seconds: 1_772_323_200 + 30_600),
            availableUntil: Timestamp(seconds: 1_775_000_000)),
        Seeker(id: "求职者-2", location: Coordinate(latitude: -33.8688, longitude: 151.2093)),
        Seeker(
            id: "S3 with spaces", location: Coordinate(latitude: 0.000_01, longitude: -179.999),
            skills: [SkillLevel(skill: "cnc_turning", level: 8)], accepts: WorkTypeSet(WorkType.allCases),
            keyGroups: Set(KeyGroup.allCases), warning: .blue),
    ]

    static let posts = [
        Post(
            id: "P1", employer: "E1", title: "Welder,\nnight shift \"B\"", workType: .gig,
            location: Coordinate(latitude: 30.1, longitude: 114.98), radiusKm: 12.5, wageMin: 30, wageMax: 45.5,
            openings: 3, start: Timestamp(seconds: 1_772_323_200), end: Timestamp(seconds: 1_772_323_200 + 86_399),
            district: "Qingshan", industry: "制造业",
            requirements: [
                Requirement(skill: "welding", level: 4, weight: 3, isMandatory: true),
                Requirement(skill: "forklift", level: 1, weight: 0.5),
            ]),
        Post(id: "P2", employer: "E2", location: Coordinate(latitude: 30.18, longitude: 115.02), wageMin: 4200, wageMax: 4200),
        Post(
            id: "P3", employer: "E1", title: " padded ", workType: .publicWelfare,
            location: Coordinate(latitude: 30, longitude: 115), wageMin: 0, wageMax: 1e9,
            requirements: [Requirement(skill: "cnc_turning", level: 1, weight: 1e6)]),
    ]

    @Test(arguments: TestFormat.allCases)
    func loadsWhatWasWritten(format: TestFormat) throws {
        let directory = try TemporaryDirectory()
        let seekersPath = try directory.write(
            "seekers.\(format.rawValue)", RecordWriter.file(Self.seekers.map(RecordWriter.fields), format: format))
        let postsPath = try directory.write(
            "posts.\(format.rawValue)", RecordWriter.file(Self.posts.map(RecordWriter.fields), format: format))
        let seekers = InputLoader.loadSeekers(path: seekersPath, taxonomy: sampleTaxonomy)
        let posts = InputLoader.loadPosts(path: postsPath, taxonomy: sampleTaxonomy)
        #expect(seekers.problems.isEmpty)
        #expect(posts.problems.isEmpty)
        #expect(seekers.warnings.isEmpty && posts.warnings.isEmpty)
        #expect(seekers.records == Self.seekers)
        #expect(posts.records == Self.posts)
    }

    @Test func loadsADataSetFromMixedFormats() throws {
        let directory = try TemporaryDirectory()
        let taxonomy = try directory.write("skills.csv", """
            id,name,name_zh,group,max_level
            welding,Welding,焊接,metalwork,8
            cnc_turning,CNC turning,,metalwork,8
            forklift,Forklift,叉车,logistics,1
            sewing,Sewing,,textile,9
            """)
        let seekers = try directory.write(
            "seekers.jsonl", RecordWriter.file(Self.seekers.map(RecordWriter.fields), format: .jsonl)
                + #"{"id": "S4", "lat": 30, "lon": 114, "skills": {"sewing": 2}}"#)
        let posts = try directory.write("posts.csv", RecordWriter.file(Self.posts.map(RecordWriter.fields), format: .csv))
        let dataSet = InputLoader.loadDataSet(taxonomyPath: taxonomy, seekersPath: seekers, postsPath: posts)
        #expect(dataSet.taxonomy.skills.map(\.id) == ["welding", "cnc_turning", "forklift"])
        #expect(dataSet.taxonomy.skills.first?.chineseName == "焊接")
        #expect(dataSet.taxonomy.skills[1].chineseName == nil)
        #expect(dataSet.seekers.records == Self.seekers)
        #expect(dataSet.posts.records == Self.posts)
        #expect(!dataSet.isValid)
        #expect(dataSet.problems.map(\.file) == [taxonomy, seekers])
        #expect(dataSet.problems.map(\.line) == [5, 4])
        #expect(dataSet.problems.map(\.problem.code) == [.outOfRange, .unknownSkill])
        #expect(dataSet.rejected.map(\.id) == ["sewing", "S4"])
    }
}
