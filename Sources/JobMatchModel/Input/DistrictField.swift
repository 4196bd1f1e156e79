/// The fields of a districts record (REPORTS.md, "Districts").
enum DistrictField: String, RecordField {
    case id
    case name
    case chineseName = "name_zh"
    case latitude = "lat"
    case longitude = "lon"

    var isRequired: Bool { self != .chineseName }
}
