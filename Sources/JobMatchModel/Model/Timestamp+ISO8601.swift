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
    /// - Returns: `nil` if `text` has another form, names no calendar date
    ///   or time (such as `2026-02-30` or `24:00`), or an instant outside
    ///   years 0001 to 9999 once its offset is applied (the end of
    ///   `9999-12-31` is in range): instants that could not be written back.
    public init?(iso8601 text: String, endOfDay: Bool) {
        var text = text
        // The instant named, and the last instant it covers: a date alone as
        // an end stands for its whole day, up to the following midnight.
        guard let (seconds, lastCovered) = text.withUTF8({ bytes -> (Int64, Int64)? in
            var scanner = Scanner(bytes: bytes)
            guard let date = scanner.date() else { return nil }
            guard !scanner.isAtEnd else {
                return endOfDay ? ((date + 1) * 86_400, (date + 1) * 86_400 - 1) : (date * 86_400, date * 86_400)
            }
            guard scanner.skip("T") || scanner.skip(" "),
                  let time = scanner.time(), let offset = scanner.offset(), scanner.isAtEnd
            else { return nil }
            return (date * 86_400 + time - offset, date * 86_400 + time - offset)
        }), Self.writable.contains(lastCovered) else { return nil }
        self.init(seconds: seconds)
    }

    /// The instants of years 0001 to 9999.
    private static let writable = daysSinceEpoch(year: 1, month: 1, day: 1) * 86_400
        ..< daysSinceEpoch(year: 10_000, month: 1, day: 1) * 86_400

    /// Reads the parts of an ISO 8601 text from its UTF-8 bytes, front to back.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        /// Days since 1970-01-01 of a `YYYY-MM-DD` that names a calendar date.
        mutating func date() -> Int64? {
            guard let year = number(digits: 4), skip("-"),
                  let month = number(digits: 2), skip("-"),
                  let day = number(digits: 2),
                  (1...12).contains(month), (1...Timestamp.daysInMonth(month, of: year)).contains(day)
            else { return nil }
            return Timestamp.daysSinceEpoch(year: year, month: month, day: day)
        }

        /// Seconds since midnight of `HH:MM` or `HH:MM:SS`.
        mutating func time() -> Int64? {
            guard let hour = number(digits: 2), hour < 24, skip(":"),
                  let minute = number(digits: 2), minute < 60
            else { return nil }
            var second: Int64 = 0
            if skip(":") {
                guard let value = number(digits: 2), value < 60 else { return nil }
                second = value
            }
            return hour * 3600 + minute * 60 + second
        }

        /// The offset from UTC in seconds of a `Z` or `±HH:MM`; 0 at the end.
        mutating func offset() -> Int64? {
            if isAtEnd || skip("Z") { return 0 }
            let sign: Int64 = skip("+") ? 1 : skip("-") ? -1 : 0
            guard sign != 0, let hours = number(digits: 2), hours < 24, skip(":"),
                  let minutes = number(digits: 2), minutes < 60
            else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }

        mutating func number(digits: Int) -> Int64? {
            guard bytes.count - index >= digits else { return nil }
            var value: Int64 = 0
            for byte in bytes[index..<(index + digits)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            index += digits
            return value
        }

        mutating func skip(_ expected: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: expected) else { return false }
            index += 1
            return true
        }
    }

    fileprivate static func daysInMonth(_ month: Int64, of year: Int64) -> Int64 {
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
    fileprivate static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
