import JobMatch
/// What `jobmatch bench` measured, one object for scripts.
package struct ThroughputReport: Codable, Sendable {
    package var seekers: Int
    package var posts: Int
    package var top: Int
    package var threads: Int
    /// Columns of the feature vectors (padded).
    package var dims: Int
    /// Mean share of ones in a seeker's thermometer code.
    package var seekerDensity: Double
    /// The kernel the automatic choice took.
    package var kernel: String
    /// End to end, automatic kernel: pairs scored per second.
    package var pairsPerSecond: Double
    /// The same with each kernel forced.
    package var densePairsPerSecond: Double
    package var sparsePairsPerSecond: Double
    /// The dense kernel's GEMM phase: GFLOP/s, and its share of the pass's thread time.
    package var gemmGflops: Double
    package var gemmShare: Double
    /// The elementwise pass and top-k as a fraction of the GEMM phase.
    package var fusedOverGemm: Double
    /// The same tiles multiplied and nothing else: the ceiling.
    package var gemmOnlyPairsPerSecond: Double
    package var gemmOnlyGflops: Double
    /// The float64 reference on a sample of pairs.
    package var referencePairsPerSecond: Double
    /// Peak resident memory after generating, vectorising and ranking.
    package var peakRssBytes: Int
    /// Peak resident memory after every stage, the forced dense run included.
    package var peakRssBytesAllStages: Int
    /// Seconds per stage (medians where repeated).
    package var stages: Stages
    /// Building a candidate graph and assigning on it, when asked for.
    package var assignment: AssignmentTimings?

    package struct Stages: Codable, Sendable {
        package var generateSeconds: Double
        package var vectoriseSeconds: Double
        package var scoreSeconds: Double
        package var denseScoreSeconds: Double
        package var sparseScoreSeconds: Double
        package var gemmOnlySeconds: Double
        package var referenceSampleSeconds: Double
    }
}
