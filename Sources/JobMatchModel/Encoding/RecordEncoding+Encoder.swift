extension RecordEncoding {
    /// Encodes `record` in its JSON Lines shape through any `Encoder`: the
    /// same keys and values as ``appendJSONLine(_:to:)`` writes.
    package static func encode(_ record: some RecordEncodable, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (column, field) in zip(type(of: record).columns, record.encodedFields) {
            guard let field else { continue }
            let key = AnyCodingKey(column)
            switch field {
            case .text(let value): try container.encode(value, forKey: key)
            case .number(let value): try encode(value, forKey: key, in: &container)
            case .list(let items): try container.encode(items, forKey: key)
            case .skillLevels(let levels):
                var object = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
                for entry in levels { try object.encode(entry.level, forKey: AnyCodingKey(entry.skill)) }
            case .requirements(let requirements):
                var array = container.nestedUnkeyedContainer(forKey: key)
                for requirement in requirements {
                    var object = array.nestedContainer(keyedBy: AnyCodingKey.self)
                    try object.encode(requirement.skill, forKey: AnyCodingKey("skill"))
                    try object.encode(requirement.level, forKey: AnyCodingKey("level"))
                    try encode(requirement.weight, forKey: AnyCodingKey("weight"), in: &object)
                    if requirement.isMandatory { try object.encode(true, forKey: AnyCodingKey("mandatory")) }
                }
            }
        }
    }

    /// A whole number as an integer, as the text writers print it.
    private static func encode(
        _ value: Double, forKey key: AnyCodingKey, in container: inout KeyedEncodingContainer<AnyCodingKey>
    ) throws {
        if value == value.rounded(), abs(value) < 1e15 {
            try container.encode(Int64(value), forKey: key)
        } else {
            try container.encode(value, forKey: key)
        }
    }
}
