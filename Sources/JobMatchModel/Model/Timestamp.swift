/// A point in local city time, in whole seconds since 1970-01-01T00:00.
///
/// Inputs give dates or local date-times without a time zone; every time in
/// one data set is read on the same clock, so comparing seconds is enough.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00 local time.
    public var seconds: Int64

    /// Creates a timestamp from seconds since 1970-01-01T00:00.
    public init(seconds: Int64) { self.seconds = seconds }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
}
