/// The fields of one JSON Lines record: the members of its object.
struct JSONRecordFields: RecordFields {
    /// The object's members, in file order.
    let members: [JSONValue.Member]

    func value(of name: String) -> FieldValue? {
        // A linear scan: a record has about a dozen keys, too few for hashing to pay off.
        guard let member = members.first(where: { $0.key == name }) else { return nil }
        switch member.value {
        case .null, .string(""): return nil
        case let value: return .json(value)
        }
    }
}
