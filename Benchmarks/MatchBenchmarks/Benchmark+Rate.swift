import Benchmark

extension BenchmarkMetric {
    /// Seeker–post pairs scored (or filled into a tile) per second.
    static let pairsPerSecond = BenchmarkMetric.custom("pairs/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Input records (seekers and posts) read or vectorised per second.
    static let recordsPerSecond = BenchmarkMetric.custom("records/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Scores offered to a bounded heap per second.
    static let scoresPerSecond = BenchmarkMetric.custom("scores/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Pairs explained per second.
    static let explanationsPerSecond = BenchmarkMetric.custom(
        "explanations/s", polarity: .prefersLarger, useScalingFactor: false)
}

extension Benchmark {
    /// Measures `body` alone and records `count` items per second of it as `metric`.
    ///
    /// The result is consumed with `blackHole` after the measurement stops.
    func measureRate<Result>(_ metric: BenchmarkMetric, count: Int, _ body: () throws -> Result) rethrows {
        startMeasurement()
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        stopMeasurement()
        Self.blackHole(result)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        measurement(metric, Int((Double(count) / max(seconds, 1e-9)).rounded()))
    }
}
