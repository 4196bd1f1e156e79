/// A record FORMATS.md writes as one CSV row or one JSON Lines object.
package protocol RecordEncodable {
    /// The column names, which are also the JSON keys, in order.
    static var columns: [String] { get }
    /// One value per column, `nil` where the record gives none.
    var encodedFields: [RecordEncoding.Field?] { get }
}

/// The CSV and JSON Lines text of skills, seekers and posts, as FORMATS.md
/// lays them out, so every writer in the package produces the same files.
///
/// Numbers are written in the shortest form that reads back to the same
/// value, whole numbers without a fraction; times as local ISO 8601 to the
/// minute. An absent value is an empty CSV cell or a missing JSON key.
package enum RecordEncoding {
    /// One value of a record.
    package enum Field: Sendable {
        case text(String)
        case number(Double)
        /// A `;`-separated list in CSV, an array of strings in JSON.
        case list([String])
        /// `welding:5;forklift:1` in CSV, `{"welding": 5}` in JSON.
        case skillLevels([SkillLevel])
        /// `welding:4:3:mandatory` in CSV, an array of objects in JSON.
        case requirements([Requirement])
    }

    /// The CSV header row for `Record`, without the line break.
    package static func csvHeader<Record: RecordEncodable>(for _: Record.Type) -> String {
        TextEscaping.csvRecord(Record.columns)
    }

    /// `record` as one CSV row, without the line break.
    package static func csvRow(_ record: some RecordEncodable) -> String {
        var row = ""
        appendCSVRow(record, to: &row)
        return row
    }

    /// `record` as one JSON object on one line, without the line break.
    package static func jsonLine(_ record: some RecordEncodable) -> String {
        var line = ""
        appendJSONLine(record, to: &line)
        return line
    }

    /// Appends `record` as one CSV row, without the line break, to `text`.
    ///
    /// - Complexity: O(length of the row).
    package static func appendCSVRow(_ record: some RecordEncodable, to text: inout String) {
        for (index, field) in record.encodedFields.enumerated() {
            if index > 0 { text += "," }
            if let field { appendCSV(field, to: &text) }
        }
    }

    /// Appends `record` as one JSON object, without the line break, to `text`.
    ///
    /// - Complexity: O(length of the line).
    package static func appendJSONLine<Record: RecordEncodable>(_ record: Record, to text: inout String) {
        text += "{"
        var isFirst = true
        for (column, field) in zip(Record.columns, record.encodedFields) {
            guard let field else { continue }
            if !isFirst { text += "," }
            isFirst = false
            text += TextEscaping.jsonString(column)
            text += ":"
            appendJSON(field, to: &text)
        }
        text += "}"
    }

    /// The header line of a file of `Record` in `format` (CSV only), line break included.
    package static func header<Record: RecordEncodable>(for type: Record.Type, in format: RecordFileFormat) -> String? {
        switch format {
        case .csv: csvHeader(for: type) + "\n"
        case .jsonl: nil
        }
    }

    /// Appends `record` as one line of a file in `format`, line break included, to `text`.
    package static func appendLine(_ record: some RecordEncodable, in format: RecordFileFormat, to text: inout String) {
        switch format {
        case .csv: appendCSVRow(record, to: &text)
        case .jsonl: appendJSONLine(record, to: &text)
        }
        text += "\n"
    }

    /// `value` in the shortest form that reads back exactly: `5000`, `7.5`, `30.12345`.
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `timestamp` as ISO 8601 text that reads back to the same instant:
    /// the date alone at midnight, else the date-time (seconds where there
    /// are some). A window's end at midnight is written as the day before,
    /// which a date alone means for an end (its end of day): `9999-12-31`
    /// stays `9999-12-31`, never the unreadable year 10000.
    package static func dateTime(_ timestamp: Timestamp, isEnd: Bool = false) -> String {
        guard isEnd, timestamp.seconds % 86_400 == 0 else { return CivilDateTime(timestamp).iso8601 }
        let dayBefore = CivilDateTime(Timestamp(seconds: timestamp.seconds - 86_400))
        // 0001-01-01T00:00 has no day before it to name.
        return dayBefore.year >= 1 ? dayBefore.iso8601 : CivilDateTime(timestamp).iso8601 + "T00:00"
    }

    private static func appendCSV(_ field: Field, to text: inout String) {
        switch field {
        case .text(let value): text += TextEscaping.csvField(value)
        case .number(let value): text += number(value)
        case .list(let items): text += TextEscaping.csvField(items.joined(separator: ";"))
        case .skillLevels(let levels):
            var cell = ""
            for (index, entry) in levels.enumerated() {
                if index > 0 { cell += ";" }
                cell += entry.skill
                cell += ":"
                cell += String(entry.level)
            }
            text += TextEscaping.csvField(cell)
        case .requirements(let requirements):
            var cell = ""
            for (index, requirement) in requirements.enumerated() {
                if index > 0 { cell += ";" }
                cell += requirement.skill
                cell += ":"
                cell += String(requirement.level)
                cell += ":"
                cell += number(requirement.weight)
                if requirement.isMandatory { cell += ":mandatory" }
            }
            text += TextEscaping.csvField(cell)
        }
    }

    private static func appendJSON(_ field: Field, to text: inout String) {
        switch field {
        case .text(let value): text += TextEscaping.jsonString(value)
        case .number(let value): text += number(value)
        case .list(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                text += TextEscaping.jsonString(item)
            }
            text += "]"
        case .skillLevels(let levels):
            text += "{"
            for (index, entry) in levels.enumerated() {
                if index > 0 { text += "," }
                text += TextEscaping.jsonString(entry.skill)
                text += ":"
                text += String(entry.level)
            }
            text += "}"
        case .requirements(let requirements):
            text += "["
            for (index, requirement) in requirements.enumerated() {
                if index > 0 { text += "," }
                text += "{\"skill\":"
                text += TextEscaping.jsonString(requirement.skill)
                text += ",\"level\":"
                text += String(requirement.level)
                text += ",\"weight\":"
                text += number(requirement.weight)
                text += requirement.isMandatory ? ",\"mandatory\":true}" : "}"
            }
            text += "]"
        }
    }
}

extension Skill: RecordEncodable {
    package static let columns = ["id", "name", "name_zh", "group", "max_level"]

    package var encodedFields: [RecordEncoding.Field?] {
        [.text(id), .text(name), chineseName.map(RecordEncoding.Field.text), .text(group), .number(Double(maxLevel))]
    }
}

extension District: RecordEncodable {
    package static let columns = ["id", "name", "name_zh", "lat", "lon"]

    package var encodedFields: [RecordEncoding.Field?] {
        [.text(id), .text(name), chineseName.map(RecordEncoding.Field.text), .number(centre.latitude), .number(centre.longitude)]
    }
}

extension Seeker: RecordEncodable {
    package static let columns = [
        "id", "lat", "lon", "skills", "max_commute_km", "expected_monthly", "expected_hourly",
        "accepts", "groups", "warning", "employer", "available_from", "available_until",
    ]

    package var encodedFields: [RecordEncoding.Field?] {
        let groups = KeyGroup.allCases.filter(keyGroups.contains).map(\.rawValue)
        return [
            .text(id), .number(location.latitude), .number(location.longitude),
            skills.isEmpty ? nil : .skillLevels(skills),
            maxCommuteKm.map(RecordEncoding.Field.number),
            expectedMonthlyWage.map(RecordEncoding.Field.number),
            expectedHourlyWage.map(RecordEncoding.Field.number),
            .list(accepts.members.map(\.rawValue)),
            groups.isEmpty ? nil : .list(groups),
            .text(warning.rawValue),
            employer.map(RecordEncoding.Field.text),
            availableFrom.map { .text(RecordEncoding.dateTime($0)) },
            availableUntil.map { .text(RecordEncoding.dateTime($0, isEnd: true)) },
        ]
    }
}

extension Post: RecordEncodable {
    package static let columns = [
        "id", "employer", "title", "type", "lat", "lon", "radius_km", "wage_min", "wage_max",
        "openings", "start", "end", "district", "industry", "requirements",
    ]

    package var encodedFields: [RecordEncoding.Field?] {
        [
            .text(id), .text(employer), title.map(RecordEncoding.Field.text), .text(workType.rawValue),
            .number(location.latitude), .number(location.longitude),
            radiusKm.map(RecordEncoding.Field.number), .number(wageMin), .number(wageMax),
            .number(Double(openings)),
            start.map { .text(RecordEncoding.dateTime($0)) },
            end.map { .text(RecordEncoding.dateTime($0, isEnd: true)) },
            district.map(RecordEncoding.Field.text), industry.map(RecordEncoding.Field.text),
            requirements.isEmpty ? nil : .requirements(requirements),
        ]
    }
}
