/// One JSON Lines record: an object's members and the line it is on.
struct JSONRecord: Sendable, Hashable {
    /// The 1-based physical line.
    var line: Int
    /// The object's members, in file order.
    var members: [JSONValue.Member]
}
