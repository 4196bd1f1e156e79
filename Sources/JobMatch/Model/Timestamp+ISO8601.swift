extension Timestamp {
    /// Reads an ISO 8601 date or date-time.
    ///
    /// Accepted forms are `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` and
    /// `YYYY-MM-DDTHH:MM:SS`, with a space allowed in place of the `T`. A
    /// date-time may end in `Z` or a `±HH:MM` offset; it is then shifted to
    /// the UTC-equivalent time, while a date-time without an offset is taken
    /// as the local time it names.
    ///
    /// A date alone stands for a whole day, so which end of the day it means
    /// depends on the role of the value: with `endOfDay` false it is the
    /// start of that day (00:00), as for `available_from` and `start`; with
    /// `endOfDay` true it is the end of that day, the following midnight, as
    /// for `available_until` and `end`. A window from `2026-03-01` until
    /// `2026-03-01` thus covers that whole day. `endOfDay` has no effect on a
    /// date-time.
    ///
    /// - Parameters:
    ///   - text: the date or date-time, without surrounding spaces.
    ///   - endOfDay: whether a date alone means the end of its day.
    /// - Returns: `nil` if `text` has another form or names no calendar
    ///   date or time (such as `2026-02-30` or `24:00`).
    public init?(iso8601 text: String, endOfDay: Bool) {
        var bytes = Array(text.utf8)[...]
        guard let date = Self.readDate(&bytes) else { return nil }
        var seconds = date * 86_400
        guard let separator = bytes.popFirst() else {
            self.init(seconds: endOfDay ? seconds + 86_400 : seconds)
            return
        }
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: " "),
              let time = Self.readTime(&bytes),
              let offset = Self.readOffset(&bytes), bytes.isEmpty
        else { return nil }
        seconds += time - offset
        self.init(seconds: seconds)
    }

    /// Days since 1970-01-01 of a leading `YYYY-MM-DD`, consumed from `bytes`.
    private static func readDate(_ bytes: inout ArraySlice<UInt8>) -> Int64? {
        guard let year = readNumber(&bytes, digits: 4), readByte(&bytes, "-"),
              let month = readNumber(&bytes, digits: 2), readByte(&bytes, "-"),
              let day = readNumber(&bytes, digits: 2),
              (1...12).contains(month), (1...daysInMonth(month, of: year)).contains(day)
        else { return nil }
        return daysSinceEpoch(year: year, month: month, day: day)
    }

    /// Seconds since midnight of a leading `HH:MM` or `HH:MM:SS`.
    private static func readTime(_ bytes: inout ArraySlice<UInt8>) -> Int64? {
        guard let hour = readNumber(&bytes, digits: 2), hour < 24, readByte(&bytes, ":"),
              let minute = readNumber(&bytes, digits: 2), minute < 60
        else { return nil }
        var second: Int64 = 0
        if readByte(&bytes, ":") {
            guard let value = readNumber(&bytes, digits: 2), value < 60 else { return nil }
            second = value
        }
        return hour * 3600 + minute * 60 + second
    }

    /// The offset from UTC in seconds of a trailing `Z` or `±HH:MM`; 0 if absent.
    private static func readOffset(_ bytes: inout ArraySlice<UInt8>) -> Int64? {
        guard let sign = bytes.first else { return 0 }
        if readByte(&bytes, "Z") { return 0 }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        bytes.removeFirst()
        guard let hours = readNumber(&bytes, digits: 2), hours < 24, readByte(&bytes, ":"),
              let minutes = readNumber(&bytes, digits: 2), minutes < 60
        else { return nil }
        let offset = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -offset : offset
    }

    private static func readNumber(_ bytes: inout ArraySlice<UInt8>, digits: Int) -> Int64? {
        guard bytes.count >= digits else { return nil }
        var value: Int64 = 0
        for byte in bytes.prefix(digits) {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        bytes.removeFirst(digits)
        return value
    }

    private static func readByte(_ bytes: inout ArraySlice<UInt8>, _ expected: Unicode.Scalar) -> Bool {
        guard bytes.first == UInt8(ascii: expected) else { return false }
        bytes.removeFirst()
        return true
    }

    private static func daysInMonth(_ month: Int64, of year: Int64) -> Int64 {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    ///
    /// Counts in 400-year eras starting on 1 March, which puts the leap day
    /// at the end of each year (H. Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
