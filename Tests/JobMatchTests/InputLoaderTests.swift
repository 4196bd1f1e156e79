@testable import JobMatch
@testable import JobMatchModel
import Testing

struct InputLoaderTests {
    private static let march1: Int64 = 1_772_323_200

    @Test func describesAnErrorOnOneLine() throws {
        let directory = try TemporaryDirectory()
        let good = (1...10).map { "S\($0),30.1,114.9" }
        let path = try directory.write("seekers.csv", (["id,lat,lon"] + good + ["S11,95.2,114.9"]).joined(separator: "\n"))
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.count == 10)
        #expect(loaded.problems.map(\.description) == [
            "\(path):12: field 'lat' '95.2': expected degrees within ±90 [out-of-range]",
        ])
        #expect(loaded.rejected.map(\.description) == [
            "\(path):12: record 'S11' rejected: field 'lat' '95.2': expected degrees within ±90 [out-of-range]",
        ])
    }

    // MARK: - Whole files

    @Test(arguments: [
        ("empty.csv", [] as [UInt8]), ("bom.csv", [0xEF, 0xBB, 0xBF]), ("blank.csv", Array("\n  \n\r\n".utf8)),
        ("empty.jsonl", []), ("bom.jsonl", [0xEF, 0xBB, 0xBF]), ("blank.jsonl", Array("\n \t\n\r\n".utf8)),
    ])
    func reportsEmptyFile(name: String, bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(name, bytes: bytes)
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.isEmpty)
        #expect(loaded.problems.map(\.line) == [0])
        #expect(loaded.problems.map(\.problem.code) == [.emptyFile])
    }

    @Test func reportsHeaderWithoutRecords() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("seekers.csv", "id,lat,lon\r\n\r\n,,\n")
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.problems.map(\.problem.code) == [.noRecords])
        #expect(loaded.problems.map(\.line) == [0])
    }

    @Test func reportsEachMissingColumnAndReadsNoRecords() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("posts.csv", "id,lat,wage_min,title\nP1,30,5000,x\n")
        let loaded = InputLoader.loadPosts(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.isEmpty)
        #expect(loaded.rejected.isEmpty)
        #expect(loaded.problems.map(\.problem.code) == [.missingColumn, .missingColumn, .missingColumn])
        #expect(loaded.problems.map(\.problem.field) == ["employer", "lon", "wage_max"])
        #expect(loaded.problems.map(\.line) == [1, 1, 1])
    }

    @Test func reportsDuplicateColumn() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("seekers.csv", "id,lat,lon, lat\nS1,30,114,31\n")
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.isEmpty)
        #expect(loaded.problems == [InputError(file: path, line: 1, problem: FieldProblem(
            .duplicateColumn, field: "lat", expected: "each column once in the header"))])
    }

    @Test func warnsOnceForEachUnknownColumnOrKey() throws {
        let directory = try TemporaryDirectory()
        let csv = try directory.write("seekers.csv", "id,lat,lon,nickname,Lat\nS1,30,114,Al,1\nS2,30,114,Bo,2\n")
        let jsonl = try directory.write("seekers.jsonl", """
            {"id": "S1", "lat": 30, "lon": 114, "nickname": "Al"}
            {"id": "S2", "lat": 30, "lon": 114, "nickname": "Bo", "age": 30}
            """)
        let fromCSV = InputLoader.loadSeekers(path: csv, taxonomy: sampleTaxonomy)
        let fromJSON = InputLoader.loadSeekers(path: jsonl, taxonomy: sampleTaxonomy)
        #expect(fromCSV.records.map(\.id) == ["S1", "S2"])
        #expect(fromCSV.warnings == [
            InputWarning(file: csv, line: 1, field: "nickname"), InputWarning(file: csv, line: 1, field: "Lat"),
        ])
        #expect(fromCSV.warnings.first?.description == "\(csv):1: unknown field 'nickname' ignored")
        #expect(fromJSON.records.map(\.id) == ["S1", "S2"])
        #expect(fromJSON.warnings == [
            InputWarning(file: jsonl, line: 1, field: "nickname"), InputWarning(file: jsonl, line: 2, field: "age"),
        ])
        #expect(fromCSV.isValid && fromJSON.isValid)
    }

    @Test(arguments: ["seekers.txt", "seekers", "seekers.json", "seekers.csv.gz"])
    func rejectsUnsupportedExtension(name: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(name, "id,lat,lon\nS1,30,114\n")
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.problems.map(\.problem.code) == [.unsupportedFormat])
        #expect(loaded.problems.map(\.line) == [0])
    }

    @Test func acceptsExtensionInCapitals() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("SEEKERS.CSV", "id,lat,lon\nS1,30,114\n")
        #expect(InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy).records.count == 1)
    }

    @Test func reportsUnreadableFile() throws {
        let directory = try TemporaryDirectory()
        let missing = InputLoader.loadSeekers(path: directory.path("absent.csv"), taxonomy: sampleTaxonomy)
        #expect(missing.problems.map(\.problem.code) == [.unreadableFile])
        #expect(missing.problems.map(\.line) == [0])
        #expect(missing.problems.first?.description.contains("No such file") == true)

        let folder = try directory.makeFolder("folder.jsonl")
        let unreadable = InputLoader.loadSeekers(path: folder, taxonomy: sampleTaxonomy)
        #expect(unreadable.problems.map(\.problem.code) == [.unreadableFile])
    }

    // MARK: - Records

    @Test func readsCRLFAndByteOrderMarkInBothFormats() throws {
        let directory = try TemporaryDirectory()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let csv = try directory.write("s.csv", bytes: bom + Array("id,lat,lon\r\nS1,30,114\r\n\r\nS2,31,115\r\n".utf8))
        let jsonl = try directory.write("s.jsonl", bytes: bom + Array(
            "{\"id\":\"S1\",\"lat\":30,\"lon\":114}\r\n\r\n{\"id\":\"S2\",\"lat\":31,\"lon\":115}\r\n".utf8))
        let fromCSV = InputLoader.loadSeekers(path: csv, taxonomy: sampleTaxonomy)
        let fromJSON = InputLoader.loadSeekers(path: jsonl, taxonomy: sampleTaxonomy)
        let expected = [
            Seeker(id: "S1", location: Coordinate(latitude: 30, longitude: 114)),
            Seeker(id: "S2", location: Coordinate(latitude: 31, longitude: 115)),
        ]
        #expect(fromCSV.records == expected)
        #expect(fromCSV.lines == [2, 4])
        #expect(fromJSON.records == expected)
        #expect(fromJSON.lines == [1, 3])
        #expect(fromCSV.isValid && fromJSON.isValid)
    }

    @Test func keepsLineNumbersAfterEmbeddedNewlinesAndQuotedCommas() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("posts.csv", """
            id,employer,title,lat,lon,wage_min,wage_max
            P1,"Steel ""Ltd"" Co","Welder,
            night shift
            ""B"" crew",30,114,5000,7000
            P2,E2,Fitter,30,114,9000,7000
            """)
        let loaded = InputLoader.loadPosts(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.map(\.employer) == ["Steel \"Ltd\" Co"])
        #expect(loaded.records.map(\.title) == ["Welder,\nnight shift\n\"B\" crew"])
        #expect(loaded.lines == [2])
        #expect(loaded.problems.map(\.line) == [5])
        #expect(loaded.problems.map(\.problem.code) == [.wageRangeInverted])
    }

    @Test func readsJSONEscapesInValues() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("posts.jsonl", #"""
            {"id": "P\u0031", "employer": "\u7126\u63a5\u5382 \ud83d\ude00", "title": "Welder \"A\"\n\tnights", "lat": 30, "lon": 114, "wage_min": 5000, "wage_max": 7000}
            """#)
        let loaded = InputLoader.loadPosts(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.records.first?.id == "P1")
        #expect(loaded.records.first?.employer == "焦接厂 😀")
        #expect(loaded.records.first?.title == "Welder \"A\"\n\tnights")
    }

    @Test(arguments: TestFormat.allCases)
    func appliesDefaults(format: TestFormat) throws {
        let directory = try TemporaryDirectory()
        let seekers = try directory.write("s.\(format.rawValue)", fileText(kind: .seeker, format: format, records: [("S1", [:])]))
        let requirements = format == .csv ? "welding:4;forklift:1:mandatory"
            : #"[{"skill": "welding", "level": 4}, {"skill": "forklift", "level": 1, "mandatory": true}]"#
        let posts = try directory.write("p.\(format.rawValue)", fileText(
            kind: .post, format: format, records: [("P1", ["requirements": requirements])]))
        let seeker = try #require(InputLoader.loadSeekers(path: seekers, taxonomy: sampleTaxonomy).records.first)
        let post = try #require(InputLoader.loadPosts(path: posts, taxonomy: sampleTaxonomy).records.first)
        #expect(seeker == Seeker(id: "S1", location: Coordinate(latitude: 30.1, longitude: 114.9)))
        #expect(seeker.accepts == WorkTypeSet([.fulltime]))
        #expect(seeker.warning == .none)
        #expect(seeker.keyGroups.isEmpty && seeker.skills.isEmpty)
        #expect(post.workType == .fulltime)
        #expect(post.openings == 1)
        #expect(post.requirements == [
            Requirement(skill: "welding", level: 4, weight: 1, isMandatory: false),
            Requirement(skill: "forklift", level: 1, weight: 1, isMandatory: true),
        ])
    }

    @Test(arguments: TestFormat.allCases)
    func readsDatesAsStartOrEndOfDay(format: TestFormat) throws {
        let directory = try TemporaryDirectory()
        let quote = { (text: String) in format == .csv ? text : "\"\(text)\"" }
        let seekers = try directory.write("s.\(format.rawValue)", fileText(kind: .seeker, format: format, records: [
            ("S1", ["available_from": quote("2026-03-01"), "available_until": quote("2026-03-01")]),
        ]))
        let posts = try directory.write("p.\(format.rawValue)", fileText(kind: .post, format: format, records: [
            ("P1", ["start": quote("2026-03-01 08:00"), "end": quote("2026-03-01T17:30:00+00:00")]),
        ]))
        let seeker = try #require(InputLoader.loadSeekers(path: seekers, taxonomy: sampleTaxonomy).records.first)
        let post = try #require(InputLoader.loadPosts(path: posts, taxonomy: sampleTaxonomy).records.first)
        #expect(seeker.availableFrom == Timestamp(seconds: Self.march1))
        #expect(seeker.availableUntil == Timestamp(seconds: Self.march1 + 86_400))
        #expect(post.start == Timestamp(seconds: Self.march1 + 8 * 3600))
        #expect(post.end == Timestamp(seconds: Self.march1 + 17 * 3600 + 1800))
    }

    @Test(arguments: TestFormat.allCases)
    func rejectsLaterDuplicateIDsNamingTheFirstLine(format: TestFormat) throws {
        let directory = try TemporaryDirectory()
        let text = fileText(kind: .seeker, format: format, records: [
            ("S1", [:]), ("S2", ["lat": "99"]), ("S1", [:]), ("S2", [:]), ("S3", [:]),
        ])
        let path = try directory.write("s.\(format.rawValue)", format == .csv ? text : "\n" + text)
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.map(\.id) == ["S1", "S3"])
        #expect(loaded.lines == [2, 6])
        #expect(loaded.rejected.map(\.line) == [3, 4, 5])
        #expect(loaded.rejected.map(\.id) == ["S2", "S1", "S2"])
        #expect(loaded.rejected[1].problems == [.duplicate("S1", firstLine: 2)])
        #expect(loaded.rejected[2].problems == [.duplicate("S2", firstLine: 3)])
        #expect(loaded.rejected[1].problems.first?.description
            == "field 'id' 'S1': expected an id not used before (first used on line 2) [duplicate-id]")
    }

    @Test(arguments: TestFormat.allCases)
    func collectsEveryProblemOfEveryRecord(format: TestFormat) throws {
        let directory = try TemporaryDirectory()
        let quote = { (text: String) in format == .csv ? text : "\"\(text)\"" }
        let skills = format == .csv ? "welding:9;sewing:1" : #"{"welding": 9, "sewing": 1}"#
        let text = fileText(kind: .seeker, format: format, records: [
            ("S1", ["lat": "91", "lon": "181", "skills": skills, "warning": quote("amber"), "max_commute_km": "-1"]),
            ("S2", [:]),
            ("S3", ["available_from": quote("2026-02-29")]),
            ("S4", ["lat": nil]),
        ])
        let path = try directory.write("s.\(format.rawValue)", format == .csv ? text : "\n" + text)
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)
        #expect(loaded.records.map(\.id) == ["S2"])
        #expect(loaded.rejected.map(\.line) == [2, 4, 5])
        #expect(loaded.rejected.first?.problems.map(\.code) == [
            .outOfRange, .outOfRange, .levelOutOfRange, .unknownSkill, .outOfRange, .unknownWarning,
        ])
        #expect(loaded.rejected.first?.problems.map(\.field) == [
            "lat", "lon", "skills", "skills", "max_commute_km", "warning",
        ])
        #expect(loaded.problems.count == 8)
        #expect(loaded.problems.map(\.line) == [2, 2, 2, 2, 2, 2, 4, 5])
    }
}

extension InputLoaderTests {
    /// Enough records for several chunks, each read in parallel, with bad
    /// records and duplicates across chunk boundaries.
    @Test(arguments: TestFormat.allCases)
    func keepsFileOrderAcrossParallelChunks(format: TestFormat) throws {
        // Records take over 20 bytes a line: more than three chunks' worth.
        let count = ChunkedReading.chunkBytes / 20 * 3
        let duplicateIndex = count / 2 + 3
        var records: [(id: String, overrides: [String: String?])] = []
        for index in 0..<count {
            switch index {
            case _ where index % 997 == 5: records.append(("S\(index)", ["lat": "91"]))
            case duplicateIndex: records.append(("S1", [:]))
            default: records.append(("S\(index)", [:]))
            }
        }
        let directory = try TemporaryDirectory()
        let text = fileText(kind: .seeker, format: format, records: records)
        let path = try directory.write("s.\(format.rawValue)", format == .csv ? text : "\n" + text)
        let loaded = InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy)

        let badIndices = (0..<count).filter { $0 % 997 == 5 } + [duplicateIndex]
        let keptIndices = (0..<count).filter { !badIndices.contains($0) }
        #expect(loaded.records.map(\.id) == keptIndices.map { "S\($0)" })
        #expect(loaded.lines == keptIndices.map { $0 + 2 })
        #expect(loaded.rejected.map(\.line) == badIndices.sorted().map { $0 + 2 })
        let duplicate = try #require(loaded.rejected.first { $0.line == duplicateIndex + 2 })
        #expect(duplicate.problems == [.duplicate("S1", firstLine: 3)])
    }
}
