@testable import JobMatch
@testable import JobMatchModel

/// A small taxonomy: welding (metalwork, 8 grades), cnc_turning (metalwork,
/// 8) and forklift (logistics, 1).
let sampleTaxonomy = try! SkillTaxonomy(skills: [
    Skill(id: "welding", name: "Welding", chineseName: "焊接", group: "metalwork", maxLevel: 8),
    Skill(id: "cnc_turning", name: "CNC turning", group: "metalwork", maxLevel: 8),
    Skill(id: "forklift", name: "Forklift", group: "logistics", maxLevel: 1),
])

/// The file formats, for parameterised tests.
enum TestFormat: String, CaseIterable, Sendable {
    case csv, jsonl
}

/// The kinds of input file.
enum RecordKind: String, Sendable {
    case skill, seeker, post

    /// The fields of a valid record, in file order: the CSV cell and the JSON literal of each.
    var baseFields: [(name: String, csv: String, json: String)] {
        switch self {
        case .skill:
            [("id", "sewing", #""sewing""#), ("name", "Sewing", #""Sewing""#), ("group", "textile", #""textile""#),
             ("max_level", "3", "3")]
        case .seeker:
            [("id", "S", #""S""#), ("lat", "30.1", "30.1"), ("lon", "114.9", "114.9")]
        case .post:
            [("id", "P", #""P""#), ("employer", "E1", #""E1""#), ("lat", "30.1", "30.1"), ("lon", "114.9", "114.9"),
             ("wage_min", "5000", "5000"), ("wage_max", "7000", "7000")]
        }
    }
}

/// What loading a file gave, whatever the record type.
struct LoadOutcome {
    var lines: [Int]
    var problems: [InputError]
    var rejected: [RejectedRecord]
    var warnings: [InputWarning]

    init<Record>(_ loaded: Loaded<Record>) {
        lines = loaded.lines
        problems = loaded.problems
        rejected = loaded.rejected
        warnings = loaded.warnings
    }

    /// Loads the file at `path` as records of `kind`, against ``sampleTaxonomy``.
    init(kind: RecordKind, path: String) {
        switch kind {
        case .skill: self.init(InputLoader.loadTaxonomy(path: path))
        case .seeker: self.init(InputLoader.loadSeekers(path: path, taxonomy: sampleTaxonomy))
        case .post: self.init(InputLoader.loadPosts(path: path, taxonomy: sampleTaxonomy))
        }
    }
}

/// Writes records of `kind` as a file of `format`: the base record with
/// `overrides` applied for each entry of `records`, each with its own id.
///
/// An override of `nil` leaves the field out (an empty cell in CSV).
func fileText(
    kind: RecordKind, format: TestFormat, records: [(id: String, overrides: [String: String?])]
) -> String {
    let base = kind.baseFields
    var names = base.map(\.name)
    for (_, overrides) in records {
        for name in overrides.keys.sorted() where !names.contains(name) { names.append(name) }
    }
    var lines: [String] = []
    if format == .csv { lines.append(TextEscaping.csvRecord(names)) }
    for (id, overrides) in records {
        var values: [(String, String?)] = []
        for name in names {
            let baseValue = base.first { $0.name == name }.map { format == .csv ? $0.csv : $0.json }
            var value = overrides[name] ?? baseValue
            if name == "id", overrides["id"] == nil { value = format == .csv ? id : "\"\(id)\"" }
            values.append((name, value))
        }
        switch format {
        case .csv:
            lines.append(TextEscaping.csvRecord(values.map { $0.1 ?? "" }))
        case .jsonl:
            lines.append("{" + values.compactMap { name, value in value.map { "\"\(name)\": \($0)" } }.joined(separator: ", ") + "}")
        }
    }
    return lines.joined(separator: "\n") + "\n"
}
