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

    @Test(arguments: [
        ("0001-01-01", false, true), ("9999-12-31", true, true), ("9999-12-31T23:59:59", false, true),
        ("0001-01-01T00:00+01:00", false, false), ("9999-12-31T23:30-05:00", false, false),
    ])
    func instantsOutsideYearsOneToNineThousandNineHundredNinetyNineAreRefused(text: String, endOfDay: Bool, accepted: Bool) {
        #expect((Timestamp(iso8601: text, endOfDay: endOfDay) != nil) == accepted)
    }

    /// Whatever a record holds, its text reads back to the same instant in
    /// the same role: a store of records written as text loses nothing.
    @Test(arguments: [false, true])
    func writtenTimesReadBack(isEnd: Bool) throws {
        var random = SeededGenerator(seed: isEnd ? 17 : 16)
        let first = try #require(Timestamp(iso8601: "0001-01-01", endOfDay: false)).seconds
        // The end of 9999-12-31 is the following midnight, an instant only an end may be.
        let last = try #require(Timestamp(iso8601: "9999-12-31", endOfDay: true)).seconds - (isEnd ? 0 : 1)
        let samples = (0..<2_000).map { index -> Int64 in
            let instant = Int64.random(in: first...last, using: &random)
            // Every fourth at a midnight, every fourth on a whole minute, the rest anywhere.
            switch index % 4 {
            case 0: return instant - ((instant % 86_400) + 86_400) % 86_400
            case 1: return instant - ((instant % 60) + 60) % 60
            default: return instant
            }
        } + [first, last, 0, 86_400, -1]
        for seconds in samples {
            let text = RecordEncoding.dateTime(Timestamp(seconds: seconds), isEnd: isEnd)
            #expect(Timestamp(iso8601: text, endOfDay: isEnd) == Timestamp(seconds: seconds), "\(seconds) as \(text)")
        }
    }
}
