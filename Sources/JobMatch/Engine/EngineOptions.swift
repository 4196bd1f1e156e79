import Foundation

/// How the engine spreads work: threads and tile shape. Results do not
/// depend on these, only speed and memory do.
public struct EngineOptions: Sendable, Hashable {
    /// Worker threads for the tiled pass; by default one per core.
    public var threads: Int
    /// Owners (rows) per tile.
    public var tileRows: Int
    /// Others (columns) per tile.
    public var tileColumns: Int
    /// How skill parts are computed; `automatic` picks per batch.
    public var skillKernel: SkillKernel

    /// Creates options; every value must be at least 1.
    public init(
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        tileRows: Int = 512,
        tileColumns: Int = 2048,
        skillKernel: SkillKernel = .automatic
    ) {
        self.skillKernel = skillKernel
        self.threads = threads
        self.tileRows = tileRows
        self.tileColumns = tileColumns
    }

    /// Checks every value is at least 1.
    func validate() throws(ConfigurationError) {
        for (name, value) in [("threads", threads), ("tileRows", tileRows), ("tileColumns", tileColumns)] where value < 1 {
            throw ConfigurationError(parameter: name, value: Double(value), expected: "an integer ≥ 1")
        }
    }
}
