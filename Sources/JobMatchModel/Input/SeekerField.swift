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
