@testable import JobMatch
@testable import JobMatchModel
import Testing

struct TimestampISO8601Tests {
    static let march1: Int64 = 1_772_323_200

    @Test(arguments: [
        ("1970-01-01", false, Int64(0)),
        ("1970-01-01", true, 86_400),
        ("1969-12-31", false, -86_400),
        ("2026-03-01", false, march1),
        ("2026-03-01", true, march1 + 86_400),
        ("2026-03-01T08:30", false, march1 + 30_600),
        ("2026-03-01T08:30", true, march1 + 30_600),
        ("2026-03-01 08:30:15", false, march1 + 30_615),
        ("2026-03-01T08:30Z", false, march1 + 30_600),
        ("2026-03-01T08:30+08:00", false, march1 + 30_600 - 28_800),
        ("2026-03-01T08:30:00-05:30", false, march1 + 30_600 + 19_800),
        ("2024-02-29", false, 1_709_164_800),
        ("2000-02-29", false, 951_782_400),
        ("1900-03-01", false, -2_203_891_200),
    ])
    func readsValidDates(text: String, endOfDay: Bool, seconds: Int64) {
        #expect(Timestamp(iso8601: text, endOfDay: endOfDay) == Timestamp(seconds: seconds))
    }

    @Test(arguments: [
        "", "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-1-1", "20260301", " 2026-03-01", "2026-03-01 ", "2026-03-01T", "2026-03-01T08", "2026-03-01T24:00",
        "2026-03-01T08:60", "2026-03-01T08:30:60", "2026-03-01T08:30:00.5", "2026-03-01Z", "2026-03-01+08:00",
        "2026-03-01T08:30+8:00", "2026-03-01T08:30+08", "2026-03-01T08:30+0800", "2026-03-01T08:30+24:00",
        "2026-03-01X08:30", "２０２６-03-01",
    ])
    func rejectsOtherText(text: String) {
        #expect(Timestamp(iso8601: text, endOfDay: false) == nil)
    }
}
