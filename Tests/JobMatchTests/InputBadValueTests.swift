@testable import JobMatch
@testable import JobMatchModel
import Testing

/// One bad value in one format: the fields to change in a valid record, and
/// the problem the loader must report for it.
struct BadValueCase: CustomTestStringConvertible, Sendable {
    let name: String
    let kind: RecordKind
    let format: TestFormat
    let overrides: [String: String?]
    let code: ProblemCode
    let field: String

    var testDescription: String { "\(kind.rawValue) \(format.rawValue): \(name)" }

    /// The case in both formats: `csv` cells and `json` literals.
    static func both(
        _ name: String, _ kind: RecordKind, csv: [String: String?], json: [String: String?],
        _ code: ProblemCode, field: String
    ) -> [BadValueCase] {
        [BadValueCase(name: name, kind: kind, format: .csv, overrides: csv, code: code, field: field),
         BadValueCase(name: name, kind: kind, format: .jsonl, overrides: json, code: code, field: field)]
    }

    /// The case in one format only.
    static func only(
        _ format: TestFormat, _ name: String, _ kind: RecordKind, _ overrides: [String: String?],
        _ code: ProblemCode, field: String
    ) -> [BadValueCase] {
        [BadValueCase(name: name, kind: kind, format: format, overrides: overrides, code: code, field: field)]
    }

    static let all: [BadValueCase] = [
        // Taxonomy
        both("max_level above 8", .skill, csv: ["max_level": "9"], json: ["max_level": "9"], .outOfRange, field: "max_level"),
        both("max_level 0", .skill, csv: ["max_level": "0"], json: ["max_level": "0"], .outOfRange, field: "max_level"),
        both("max_level with a fraction", .skill, csv: ["max_level": "2.5"], json: ["max_level": "2.5"], .notAnInteger, field: "max_level"),
        only(.csv, "max_level not a number", .skill, ["max_level": "three"], .notANumber, field: "max_level"),
        both("group missing", .skill, csv: ["group": nil], json: ["group": "null"], .missingField, field: "group"),
        both("name empty", .skill, csv: ["name": "  "], json: ["name": #""""#], .missingField, field: "name"),
        only(.jsonl, "max_level as a string", .skill, ["max_level": #""3""#], .wrongType, field: "max_level"),
        // Seekers: place
        both("lat beyond 90", .seeker, csv: ["lat": "95.2"], json: ["lat": "95.2"], .outOfRange, field: "lat"),
        both("lon beyond 180", .seeker, csv: ["lon": "-180.5"], json: ["lon": "-180.5"], .outOfRange, field: "lon"),
        both("lat overflowing to infinity", .seeker, csv: ["lat": "1e999"], json: ["lat": "1e999"], .notFinite, field: "lat"),
        only(.csv, "lat NaN", .seeker, ["lat": "NaN"], .notFinite, field: "lat"),
        only(.csv, "lon infinity", .seeker, ["lon": "-Infinity"], .notFinite, field: "lon"),
        only(.csv, "lat not a number", .seeker, ["lat": "north"], .notANumber, field: "lat"),
        only(.csv, "lat with a comma", .seeker, ["lat": "30,1"], .notANumber, field: "lat"),
        only(.jsonl, "lat as a string", .seeker, ["lat": #""30.1""#], .wrongType, field: "lat"),
        only(.jsonl, "lon as a boolean", .seeker, ["lon": "true"], .wrongType, field: "lon"),
        both("lat missing", .seeker, csv: ["lat": nil], json: ["lat": "null"], .missingField, field: "lat"),
        both("id missing", .seeker, csv: ["id": ""], json: ["id": #""""#], .missingField, field: "id"),
        // Ids (IdentifierRule): CSV cells as written, JSON strings with the same characters.
        both("id with a C0 control", .seeker, csv: ["id": "S\u{1}1"], json: ["id": #""S\u00011""#], .idControlCharacter, field: "id"),
        both("id with DEL", .seeker, csv: ["id": "S\u{7F}"], json: ["id": "\"S\u{7F}\""], .idControlCharacter, field: "id"),
        both("id with a C1 control", .seeker, csv: ["id": "S\u{85}"], json: ["id": #""S\u0085""#], .idControlCharacter, field: "id"),
        both("id with a tab inside", .post, csv: ["id": "P\t1"], json: ["id": #""P\t1""#], .idControlCharacter, field: "id"),
        both("id with a semicolon", .seeker, csv: ["id": "S;1"], json: ["id": #""S;1""#], .idSeparator, field: "id"),
        both("id with a colon", .post, csv: ["id": "P:1"], json: ["id": #""P:1""#], .idSeparator, field: "id"),
        both("id with a comma", .skill, csv: ["id": "sew,ing"], json: ["id": #""sew,ing""#], .idSeparator, field: "id"),
        both("id with a Greek question mark", .seeker, csv: ["id": "S\u{37E}1"], json: ["id": #""S\u037e1""#],
             .idSeparator, field: "id"),
        both("id with a leading space", .seeker, csv: ["id": " S"], json: ["id": #"" S""#], .idSurroundingSpace, field: "id"),
        both("id with a trailing ideographic space", .post, csv: ["id": "P\u{3000}"], json: ["id": #""P\u3000""#],
             .idSurroundingSpace, field: "id"),
        both("id starting with a combining mark", .seeker, csv: ["id": "\u{301}S"], json: ["id": #""\u0301S""#],
             .idLeadingMark, field: "id"),
        both("id not in NFC", .skill, csv: ["id": "caf\u{65}\u{301}"], json: ["id": #""cafe\u0301""#], .idNotNormalized, field: "id"),
        both("id of 257 bytes", .post, csv: ["id": String(repeating: "p", count: 257)],
             json: ["id": "\"\(String(repeating: "p", count: 257))\""], .idTooLong, field: "id"),
        both("seeker's employer with a comma", .seeker, csv: ["employer": "E,1"], json: ["employer": #""E,1""#],
             .idSeparator, field: "employer"),
        both("post's employer with a control", .post, csv: ["employer": "E\u{1B}"], json: ["employer": #""E\u001b""#],
             .idControlCharacter, field: "employer"),
        both("skill id with a Greek question mark", .seeker, csv: ["skills": "weld\u{37E}ing:3"],
             json: ["skills": #"{"weld\u037eing": 3}"#], .idSeparator, field: "skills"),
        both("requirement's skill with a control", .post, csv: ["requirements": "weld\u{1}ing:3"],
             json: ["requirements": #"[{"skill": "weld\u0001ing", "level": 3}]"#], .idControlCharacter, field: "requirements"),
        // Seekers: skills
        both("unknown skill", .seeker, csv: ["skills": "welding:3;sewing:2"], json: ["skills": #"{"welding": 3, "sewing": 2}"#],
             .unknownSkill, field: "skills"),
        both("level above max_level", .seeker, csv: ["skills": "forklift:2"], json: ["skills": #"{"forklift": 2}"#],
             .levelOutOfRange, field: "skills"),
        both("level 0", .seeker, csv: ["skills": "welding:0"], json: ["skills": #"{"welding": 0}"#], .levelOutOfRange, field: "skills"),
        both("level with a fraction", .seeker, csv: ["skills": "welding:4.5"], json: ["skills": #"{"welding": 4.5}"#],
             .notAnInteger, field: "skills"),
        only(.csv, "skill without a level", .seeker, ["skills": "welding"], .malformedList, field: "skills"),
        only(.csv, "skill with two levels", .seeker, ["skills": "welding:3:4"], .malformedList, field: "skills"),
        only(.csv, "skill without an id", .seeker, ["skills": ":3"], .malformedList, field: "skills"),
        only(.csv, "empty skill item", .seeker, ["skills": "welding:5;;forklift:1"], .malformedList, field: "skills"),
        only(.csv, "level not a number", .seeker, ["skills": "welding:high"], .notANumber, field: "skills"),
        only(.csv, "skill twice", .seeker, ["skills": "welding:3;welding:4"], .duplicateSkill, field: "skills"),
        only(.jsonl, "skill twice", .seeker, ["skills": #"{"welding": 3, "welding": 4}"#], .duplicateKey, field: "welding"),
        only(.jsonl, "skills as a CSV-style string", .seeker, ["skills": #""welding:3""#], .wrongType, field: "skills"),
        only(.jsonl, "level as a string", .seeker, ["skills": #"{"welding": "3"}"#], .wrongType, field: "skills"),
        // Seekers: other fields
        both("unknown work type", .seeker, csv: ["accepts": "fulltime;freelance"], json: ["accepts": #"["fulltime", "freelance"]"#],
             .unknownWorkType, field: "accepts"),
        only(.csv, "empty accepts item", .seeker, ["accepts": "fulltime;;gig"], .malformedList, field: "accepts"),
        only(.csv, "trailing separator", .seeker, ["accepts": "fulltime;"], .malformedList, field: "accepts"),
        only(.jsonl, "accepts as a string", .seeker, ["accepts": #""fulltime""#], .wrongType, field: "accepts"),
        only(.jsonl, "accepts item not a string", .seeker, ["accepts": "[1]"], .wrongType, field: "accepts"),
        both("unknown key group", .seeker, csv: ["groups": "graduate;student"], json: ["groups": #"["graduate", "student"]"#],
             .unknownKeyGroup, field: "groups"),
        both("unknown warning", .seeker, csv: ["warning": "orange"], json: ["warning": #""orange""#], .unknownWarning, field: "warning"),
        both("warning in capitals", .seeker, csv: ["warning": "RED"], json: ["warning": #""RED""#], .unknownWarning, field: "warning"),
        both("negative commute", .seeker, csv: ["max_commute_km": "-5"], json: ["max_commute_km": "-5"], .outOfRange, field: "max_commute_km"),
        both("zero commute", .seeker, csv: ["max_commute_km": "0"], json: ["max_commute_km": "0"], .outOfRange, field: "max_commute_km"),
        only(.csv, "monthly wage not a number", .seeker, ["expected_monthly": "5k"], .notANumber, field: "expected_monthly"),
        only(.jsonl, "monthly wage as a string", .seeker, ["expected_monthly": #""5000""#], .wrongType, field: "expected_monthly"),
        both("negative hourly wage", .seeker, csv: ["expected_hourly": "-1"], json: ["expected_hourly": "-1"], .outOfRange, field: "expected_hourly"),
        both("invalid calendar date", .seeker, csv: ["available_from": "2026-02-30"], json: ["available_from": #""2026-02-30""#],
             .badDate, field: "available_from"),
        both("date in another form", .seeker, csv: ["available_until": "01/03/2026"], json: ["available_until": #""01/03/2026""#],
             .badDate, field: "available_until"),
        only(.jsonl, "date as a number", .seeker, ["available_from": "20260301"], .wrongType, field: "available_from"),
        both("availability ending before it starts", .seeker,
             csv: ["available_from": "2026-03-10", "available_until": "2026-03-01T12:00"],
             json: ["available_from": #""2026-03-10""#, "available_until": #""2026-03-01T12:00""#],
             .windowInverted, field: "available_until"),
        only(.jsonl, "employer as a number", .seeker, ["employer": "42"], .wrongType, field: "employer"),
        // Posts
        both("wage_min above wage_max", .post, csv: ["wage_min": "8000"], json: ["wage_min": "8000"], .wageRangeInverted, field: "wage_max"),
        both("negative wage", .post, csv: ["wage_min": "-1"], json: ["wage_min": "-1"], .outOfRange, field: "wage_min"),
        both("wage_max missing", .post, csv: ["wage_max": nil], json: ["wage_max": nil], .missingField, field: "wage_max"),
        both("employer missing", .post, csv: ["employer": nil], json: ["employer": "null"], .missingField, field: "employer"),
        both("openings with a fraction", .post, csv: ["openings": "2.5"], json: ["openings": "2.5"], .notAnInteger, field: "openings"),
        both("openings 0", .post, csv: ["openings": "0"], json: ["openings": "0"], .outOfRange, field: "openings"),
        both("unknown post type", .post, csv: ["type": "contract"], json: ["type": #""contract""#], .unknownWorkType, field: "type"),
        both("zero radius", .post, csv: ["radius_km": "0"], json: ["radius_km": "0"], .outOfRange, field: "radius_km"),
        both("invalid start", .post, csv: ["start": "2026-13-01"], json: ["start": #""2026-13-01""#], .badDate, field: "start"),
        both("window ending before it starts", .post,
             csv: ["start": "2026-03-02", "end": "2026-02-28"], json: ["start": #""2026-03-02""#, "end": #""2026-02-28""#],
             .windowInverted, field: "end"),
        both("requirement of an unknown skill", .post, csv: ["requirements": "sewing:2"],
             json: ["requirements": #"[{"skill": "sewing", "level": 2}]"#], .unknownSkill, field: "requirements"),
        both("requirement above max_level", .post, csv: ["requirements": "welding:9:2"],
             json: ["requirements": #"[{"skill": "welding", "level": 9, "weight": 2}]"#], .levelOutOfRange, field: "requirements"),
        both("requirement weight 0", .post, csv: ["requirements": "welding:4:0"],
             json: ["requirements": #"[{"skill": "welding", "level": 4, "weight": 0}]"#], .outOfRange, field: "requirements"),
        both("requirement twice", .post, csv: ["requirements": "welding:4;welding:5"],
             json: ["requirements": #"[{"skill": "welding", "level": 4}, {"skill": "welding", "level": 5}]"#],
             .duplicateSkill, field: "requirements"),
        only(.csv, "requirement weight NaN", .post, ["requirements": "welding:4:nan"], .notFinite, field: "requirements"),
        only(.csv, "requirement weight not a number", .post, ["requirements": "welding:4:heavy"], .notANumber, field: "requirements"),
        only(.csv, "requirement level with a fraction", .post, ["requirements": "welding:4.5"], .notAnInteger, field: "requirements"),
        only(.csv, "requirement without a level", .post, ["requirements": "welding"], .malformedRequirement, field: "requirements"),
        only(.csv, "requirement with another flag", .post, ["requirements": "welding:4:3:optional"],
             .malformedRequirement, field: "requirements"),
        only(.csv, "requirement with too many parts", .post, ["requirements": "welding:4:3:mandatory:x"],
             .malformedRequirement, field: "requirements"),
        only(.csv, "requirement with an empty part", .post, ["requirements": "welding::3"], .malformedRequirement, field: "requirements"),
        only(.csv, "empty requirement item", .post, ["requirements": "welding:4;"], .malformedList, field: "requirements"),
        only(.jsonl, "requirement without a level", .post, ["requirements": #"[{"skill": "welding"}]"#],
             .malformedRequirement, field: "requirements"),
        only(.jsonl, "requirement with an unknown key", .post, ["requirements": #"[{"skill": "welding", "level": 4, "must": true}]"#],
             .malformedRequirement, field: "requirements"),
        only(.jsonl, "requirement not an object", .post, ["requirements": #"["welding:4"]"#], .malformedRequirement, field: "requirements"),
        only(.jsonl, "mandatory not a boolean", .post, ["requirements": #"[{"skill": "welding", "level": 4, "mandatory": "yes"}]"#],
             .wrongType, field: "requirements"),
        only(.jsonl, "requirements as an object", .post, ["requirements": #"{"welding": 4}"#], .wrongType, field: "requirements"),
    ].flatMap { $0 }
}

struct InputBadValueTests {
    /// Writes a valid record, the bad one and another valid record, and
    /// checks that exactly the bad one is rejected, at line 3, for `code`.
    @Test(arguments: BadValueCase.all)
    func rejectsBadValue(_ testCase: BadValueCase) throws {
        let directory = try TemporaryDirectory()
        let isCSV = testCase.format == .csv
        let text = fileText(kind: testCase.kind, format: testCase.format, records: [
            ("good1", [:]), ("bad", testCase.overrides), ("good2", [:]),
        ])
        // Line 1 is the header in CSV; JSON Lines gets a blank first line so that line numbers agree.
        let path = try directory.write("records.\(testCase.format.rawValue)", isCSV ? text : "\n" + text)
        let outcome = LoadOutcome(kind: testCase.kind, path: path)

        #expect(outcome.lines == [2, 4])
        let rejected = try #require(outcome.rejected.first)
        #expect(outcome.rejected.count == 1)
        #expect(rejected.line == 3)
        #expect(rejected.problems.map(\.code) == [testCase.code])
        #expect(rejected.problems.map(\.field) == [testCase.field])
        #expect(outcome.problems.map(\.line) == [3])
    }
}
