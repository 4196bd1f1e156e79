/// A field of one kind of input record: its name in files and whether a
/// record must give it.
protocol RecordField: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Whether a record without the field is rejected.
    var isRequired: Bool { get }
}

extension RecordField {
    /// The field's position among the cases of its type: its index in the
    /// type's ``RecordSchema``.
    var index: Int { Self.allCases.distance(from: Self.allCases.startIndex, to: Self.allCases.firstIndex(of: self)!) }
}

/// The fields of a taxonomy record (FORMATS.md, "skills").
enum SkillField: String, RecordField {
    case id
    case name
    case chineseName = "name_zh"
    case group
    case maxLevel = "max_level"

    var isRequired: Bool { self != .chineseName }
}

/// The fields of a seeker record (FORMATS.md, "seekers").
enum SeekerField: String, RecordField {
    case id
    case latitude = "lat"
    case longitude = "lon"
    case skills
    case maxCommuteKm = "max_commute_km"
    case expectedMonthlyWage = "expected_monthly"
    case expectedHourlyWage = "expected_hourly"
    case accepts
    case groups
    case warning
    case employer
    case availableFrom = "available_from"
    case availableUntil = "available_until"

    var isRequired: Bool {
        switch self {
        case .id, .latitude, .longitude: true
        default: false
        }
    }
}

/// The fields of a post record (FORMATS.md, "posts").
enum PostField: String, RecordField {
    case id
    case employer
    case title
    case workType = "type"
    case latitude = "lat"
    case longitude = "lon"
    case radiusKm = "radius_km"
    case wageMin = "wage_min"
    case wageMax = "wage_max"
    case openings
    case start
    case end
    case district
    case industry
    case requirements

    var isRequired: Bool {
        switch self {
        case .id, .employer, .latitude, .longitude, .wageMin, .wageMax: true
        default: false
        }
    }
}

/// The fields of a districts record (REPORTS.md, "Districts").
enum DistrictField: String, RecordField {
    case id
    case name
    case chineseName = "name_zh"
    case latitude = "lat"
    case longitude = "lon"

    var isRequired: Bool { self != .chineseName }
}

/// The field names of one kind of record, which file readers check headers
/// and keys against.
///
/// A field's index is its position among the cases of its ``RecordField``
/// type, which ``FieldReader`` and the readers' field lookups share.
struct RecordSchema: Sendable {
    /// The names of the fields, in the order of FORMATS.md.
    let names: [String]
    /// Whether a record must give each field of `names`.
    let isRequired: [Bool]

    /// The schema of the records whose fields are `Field`.
    init<Field: RecordField>(_ field: Field.Type) {
        names = Field.allCases.map(\.rawValue)
        isRequired = Field.allCases.map(\.isRequired)
    }

    /// The index of the field `name`, or `nil` if these records have no such field.
    ///
    /// Field names are lowercase ASCII letters and underscores, which no
    /// other text is canonically equivalent to: a name of another length
    /// in bytes cannot be equal, and is passed over without comparing.
    ///
    /// - Complexity: O(number of fields). A scan, because a record has about
    ///   a dozen fields and their short names compare faster than they hash.
    func index(of name: String) -> Int? {
        let length = name.utf8.count
        return names.firstIndex { $0.utf8.count == length && $0 == name }
    }

}

extension RecordFileFormat {
    /// The format of the file at `path`.
    ///
    /// - Throws: ``InputError`` with ``ProblemCode/unsupportedFormat`` for
    ///   any extension other than `.csv` and `.jsonl` (in any letter case).
    init(path: String) throws(InputError) {
        let name = path.split(separator: "/").last ?? ""
        let suffix = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last
        switch suffix?.lowercased() {
        case "csv": self = .csv
        case "jsonl": self = .jsonl
        default:
            throw InputError(file: path, line: 0, problem: FieldProblem(
                .unsupportedFormat, field: InputError.fileField, value: suffix.map { ".\($0)" },
                expected: "a file ending in .csv or .jsonl"))
        }
    }
}
