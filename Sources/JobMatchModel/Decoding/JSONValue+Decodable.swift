extension JSONValue: Decodable {
    /// Reads any JSON value through a `Decoder`, so that records decoded by
    /// `JSONDecoder` go through the same field readers as files.
    ///
    /// A `Decoder` hands out numbers, not their text, and keys, not their
    /// order in the text: whole numbers come back as integers and others in
    /// Swift's shortest form, and object members in byte order of their keys
    /// (so a seeker's skills come out ordered by id).
    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
            let keys = container.allKeys.sorted { $0.stringValue.utf8.lexicographicallyPrecedes($1.stringValue.utf8) }
            self = .object(try keys.map { key in
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
