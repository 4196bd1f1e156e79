extension Seeker: Codable {
    /// Decodes a job seeker from one JSON object in the JSON Lines shape of
    /// FORMATS.md, with the same checks and problems as a file's line.
    ///
    /// - Parameters:
    ///   - json: the UTF-8 text of the object; it may span lines.
    ///   - taxonomy: the skills that the skill ids and levels must name.
    ///   - defaultID: the id to use if the object has none, such as the id
    ///     of a REST path.
    /// - Throws: ``RecordError`` listing every problem.
    public init(json: some Collection<UInt8>, taxonomy: SkillTaxonomy, defaultID: String? = nil) throws(RecordError) {
        self = try RecordDecoding.record(.seeker, json: json, defaultID: defaultID) {
            RecordBuilder.seeker(from: $0, taxonomy: taxonomy)
        }
    }

    /// Decodes a job seeker from one JSON object in a string, as from its UTF-8 bytes.
    public init(json: String, taxonomy: SkillTaxonomy, defaultID: String? = nil) throws(RecordError) {
        try self.init(json: json.utf8, taxonomy: taxonomy, defaultID: defaultID)
    }

    /// Decodes a job seeker through any `Decoder`, against the taxonomy in
    /// `userInfo[.jobMatchTaxonomy]` if there is one.
    ///
    /// - Throws: ``RecordError`` listing every problem, or the decoder's own errors.
    public init(from decoder: any Decoder) throws {
        let taxonomy = decoder.userInfo[.jobMatchTaxonomy] as? SkillTaxonomy
        self = try RecordDecoding.record(.seeker, json: JSONValue(from: decoder)) {
            RecordBuilder.seeker(from: $0, taxonomy: taxonomy)
        }
    }

    /// Encodes the seeker in its JSON Lines shape.
    public func encode(to encoder: any Encoder) throws {
        try RecordEncoding.encode(self, to: encoder)
    }
}
