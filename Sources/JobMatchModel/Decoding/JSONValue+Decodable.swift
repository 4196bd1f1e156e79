extension JSONValue: Decodable {
    /// Reads any JSON value through a `Decoder`, so that records decoded by
    /// `JSONDecoder` go through the same field readers as files.
    ///
    /// A `Decoder` hands out numbers, not their text: whole numbers come
    /// back as integers and others in Swift's shortest form, and object
    /// members in the order the decoder lists them.
    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
            self = .object(try container.allKeys.map { key in
                Member(key: key.stringValue, value: try container.decode(JSONValue.self, forKey: key))
            })
        } else if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd { elements.append(try container.decode(JSONValue.self)) }
            self = .array(elements)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int64.self) {
                self = .number(String(value))
            } else if let value = try? container.decode(Double.self) {
                self = .number(String(value))
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }
}
