/// Builds skills, seekers and posts from the fields of either file format.
///
/// Each field is read on its own, so one record reports every bad field;
/// then the model's rules (``RecordValidator``) check what was read.
enum RecordBuilder {
    /// A taxonomy entry from `fields`.
    static func skill(from fields: any RecordFields) -> BuiltRecord<Skill> {
        var reader = FieldReader<SkillField>(fields)
        let id = reader.text(.id)
        let name = reader.text(.name)
        let chineseName = reader.text(.chineseName)
        let group = reader.text(.group)
        let maxLevel = reader.integer(.maxLevel)
        let skill = Skill(id: id ?? "", name: name ?? "", chineseName: chineseName, group: group ?? "", maxLevel: maxLevel ?? 1)
        reader.addRuleProblems(RecordValidator.problems(in: skill))
        return BuiltRecord(id: id, record: skill, problems: reader.problems)
    }

    /// A seeker from `fields`, its skills checked against `taxonomy`.
    static func seeker(from fields: any RecordFields, taxonomy: SkillTaxonomy?) -> BuiltRecord<Seeker> {
        var reader = FieldReader<SeekerField>(fields)
        let id = reader.text(.id)
        let latitude = reader.number(.latitude)
        let longitude = reader.number(.longitude)
        let skills = reader.skillLevels(.skills)
        let maxCommuteKm = reader.number(.maxCommuteKm)
        let expectedMonthlyWage = reader.number(.expectedMonthlyWage)
        let expectedHourlyWage = reader.number(.expectedHourlyWage)
        let accepts = reader.keywords(.accepts, as: WorkType.self, code: .unknownWorkType)
        let keyGroups = reader.keywords(.groups, as: KeyGroup.self, code: .unknownKeyGroup)
        let warning = reader.keyword(.warning, as: WarningLevel.self, code: .unknownWarning)
        let employer = reader.text(.employer)
        let availableFrom = reader.timestamp(.availableFrom, endOfDay: false)
        let availableUntil = reader.timestamp(.availableUntil, endOfDay: true)
        let seeker = Seeker(
            id: id ?? "",
            location: Coordinate(latitude: latitude ?? 0, longitude: longitude ?? 0),
            skills: skills ?? [],
            maxCommuteKm: maxCommuteKm,
            expectedMonthlyWage: expectedMonthlyWage,
            expectedHourlyWage: expectedHourlyWage,
            accepts: WorkTypeSet(accepts ?? [.fulltime]),
            keyGroups: Set(keyGroups ?? []),
            warning: warning ?? .none,
            employer: employer,
            availableFrom: availableFrom,
            availableUntil: availableUntil)
        reader.addRuleProblems(RecordValidator.problems(in: seeker, taxonomy: taxonomy))
        return BuiltRecord(id: id, record: seeker, problems: reader.problems)
    }

    /// A post from `fields`, its requirements checked against `taxonomy`.
    static func post(from fields: any RecordFields, taxonomy: SkillTaxonomy?) -> BuiltRecord<Post> {
        var reader = FieldReader<PostField>(fields)
        let id = reader.text(.id)
        let employer = reader.text(.employer)
        let title = reader.text(.title)
        let workType = reader.keyword(.workType, as: WorkType.self, code: .unknownWorkType)
        let latitude = reader.number(.latitude)
        let longitude = reader.number(.longitude)
        let radiusKm = reader.number(.radiusKm)
        let wageMin = reader.number(.wageMin)
        let wageMax = reader.number(.wageMax)
        let openings = reader.integer(.openings)
        let start = reader.timestamp(.start, endOfDay: false)
        let end = reader.timestamp(.end, endOfDay: true)
        let district = reader.text(.district)
        let industry = reader.text(.industry)
        let requirements = reader.requirements(.requirements)
        let post = Post(
            id: id ?? "",
            employer: employer ?? "",
            title: title,
            workType: workType ?? .fulltime,
            location: Coordinate(latitude: latitude ?? 0, longitude: longitude ?? 0),
            radiusKm: radiusKm,
            // Placeholders that cannot break wage_min ≤ wage_max on their own.
            wageMin: wageMin ?? wageMax ?? 0,
            wageMax: wageMax ?? wageMin ?? 0,
            openings: openings ?? 1,
            start: start,
            end: end,
            district: district,
            industry: industry,
            requirements: requirements ?? [])
        reader.addRuleProblems(RecordValidator.problems(in: post, taxonomy: taxonomy))
        return BuiltRecord(id: id, record: post, problems: reader.problems)
    }

    /// A district from `fields`.
    static func district(from fields: any RecordFields) -> BuiltRecord<District> {
        var reader = FieldReader<DistrictField>(fields)
        let id = reader.text(.id)
        let name = reader.text(.name)
        let chineseName = reader.text(.chineseName)
        let latitude = reader.number(.latitude)
        let longitude = reader.number(.longitude)
        let district = District(
            id: id ?? "", name: name ?? "", chineseName: chineseName,
            centre: Coordinate(latitude: latitude ?? 0, longitude: longitude ?? 0))
        reader.addRuleProblems(RecordValidator.problems(in: district))
        return BuiltRecord(id: id, record: district, problems: reader.problems)
    }
}

/// A record built from a file's fields, with the problems that keep it out.
struct BuiltRecord<Record: Sendable>: Sendable {
    /// The record's id, if it could be read, for finding duplicates.
    var id: String?
    /// The record; a field that could not be read holds a placeholder, so
    /// the record is meaningful only if `problems` is empty.
    var record: Record
    /// Every problem of the record, in field order.
    var problems: [FieldProblem]
}
