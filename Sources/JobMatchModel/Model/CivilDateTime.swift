/// A calendar date and time of day on the proleptic Gregorian calendar,
/// converted to and from ``Timestamp`` with integer arithmetic only.
package struct CivilDateTime: Sendable, Hashable {
    package var year: Int
    package var month: Int
    package var day: Int
    package var hour: Int
    package var minute: Int
    package var second: Int

    package init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The date and time of `timestamp`.
    ///
    /// Howard Hinnant's `civil_from_days`, valid for every representable day.
    package init(_ timestamp: Timestamp) {
        let (days, secondsOfDay) = Self.floorDivision(timestamp.seconds, 86_400)
        let shifted = days + 719_468
        let (era, dayOfEra) = Self.floorDivision(shifted, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        hour = Int(secondsOfDay / 3_600)
        minute = Int(secondsOfDay % 3_600 / 60)
        second = Int(secondsOfDay % 60)
    }

    /// The timestamp of this date and time (Hinnant's `days_from_civil`).
    package var timestamp: Timestamp {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let (era, yearOfEra) = Self.floorDivision(shiftedYear, 400)
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Timestamp(seconds: days * 86_400 + Int64(hour) * 3_600 + Int64(minute) * 60 + Int64(second))
    }

    /// ISO 8601: the date alone at midnight (`2026-12-07`), else the local
    /// date-time to the minute, seconds only where there are some
    /// (`2026-12-07T08:30`, `2026-12-07T08:30:15`).
    package var iso8601: String {
        let date = "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
        guard hour != 0 || minute != 0 || second != 0 else { return date }
        let time = "T\(Self.padded(hour, 2)):\(Self.padded(minute, 2))"
        return date + time + (second == 0 ? "" : ":\(Self.padded(second, 2))")
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }
}
