/// Everything one `jobmatch bench` run measured: the scoring stages' keys
/// at the top level (as before the other sections came), then each other
/// section under its own key.
package struct BenchReport: Encodable, Sendable {
    /// The scoring stages, unless skipped.
    package var stages: ThroughputReport?
    /// The live index, when asked for.
    package var live: LiveReport?

    package init(stages: ThroughputReport?, live: LiveReport?) {
        self.stages = stages
        self.live = live
    }

    private enum CodingKeys: String, CodingKey {
        case live
    }

    package func encode(to encoder: any Encoder) throws {
        try stages?.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(live, forKey: .live)
    }
}
