extension Skill: Codable {
    /// Decodes a taxonomy entry from one JSON object in the JSON Lines shape
    /// of FORMATS.md, with the same checks and problems as a file's line.
    ///
    /// - Parameters:
    ///   - json: the UTF-8 text of the object; it may span lines.
    ///   - defaultID: the id to use if the object has none, such as the id
    ///     of a REST path.
    /// - Throws: ``RecordError`` listing every problem.
    public init(json: some Collection<UInt8>, defaultID: String? = nil) throws(RecordError) {
        self = try RecordDecoding.record(.skill, json: json, defaultID: defaultID) { RecordBuilder.skill(from: $0) }
    }

    /// Decodes a taxonomy entry from one JSON object in a string, as from its UTF-8 bytes.
    public init(json: String, defaultID: String? = nil) throws(RecordError) {
        try self.init(json: json.utf8, defaultID: defaultID)
    }

    /// Decodes a taxonomy entry through any `Decoder`, with the same checks.
    ///
    /// - Throws: ``RecordError`` listing every problem, or the decoder's own errors.
    public init(from decoder: any Decoder) throws {
        self = try RecordDecoding.record(.skill, json: JSONValue(from: decoder)) { RecordBuilder.skill(from: $0) }
    }

    /// Encodes the skill in its JSON Lines shape.
    public func encode(to encoder: any Encoder) throws {
        try RecordEncoding.encode(self, to: encoder)
    }
}
