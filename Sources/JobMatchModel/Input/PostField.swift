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
