/// Everything one `jobmatch bench` run measured: the scoring stages' and
/// the end-to-end keys at the top level, the live index under its own key.
package struct BenchReport: Encodable, Sendable {
    /// The scoring stages, unless skipped.
    package var stages: ThroughputReport?
    /// What users wait for, on files, unless skipped; its keys at the top level too.
    package var endToEnd: EndToEndReport?
    /// The live index, when asked for.
    package var live: LiveReport?

    package init(stages: ThroughputReport?, endToEnd: EndToEndReport?, live: LiveReport?) {
        self.stages = stages
        self.endToEnd = endToEnd
        self.live = live
    }

    private enum CodingKeys: String, CodingKey {
        case live
    }

    package func encode(to encoder: any Encoder) throws {
        try stages?.encode(to: encoder)
        try endToEnd?.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(live, forKey: .live)
    }
}
