extension District: Encodable {
    /// Encodes the district in its JSON Lines shape: `id`, `name`,
    /// `name_zh` (left out when absent), `lat`, `lon`.
    public func encode(to encoder: any Encoder) throws {
        try RecordEncoding.encode(self, to: encoder)
    }
}
