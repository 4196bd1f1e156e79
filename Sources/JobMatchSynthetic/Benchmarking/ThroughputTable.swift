import JobMatch
/// The benchmark report as a short table for people.
package enum ThroughputTable {
    package static func render(_ report: ThroughputReport) -> String {
        func rate(_ value: Double) -> String { RankingWriter.decimal(value / 1e6, places: 1) + " M pairs/s" }
        func seconds(_ value: Double) -> String { RankingWriter.decimal(value, places: 3) + " s" }
        var table = TextTable(headers: ["measure", "value"], numericColumns: [1])
        let stages = report.stages
        table.rows = [
            ["workload", "\(report.seekers) seekers × \(report.posts) posts, top \(report.top), \(report.threads) threads"],
            ["dimensions", "\(report.dims)"],
            ["seeker density", RankingWriter.decimal(report.seekerDensity * 100, places: 2) + " % ones"],
            ["kernel chosen", report.kernel],
            ["end to end (chosen kernel)", rate(report.pairsPerSecond)],
            ["dense kernel", rate(report.densePairsPerSecond)],
            ["sparse kernel", rate(report.sparsePairsPerSecond)],
            ["GEMM phase (dense)", RankingWriter.decimal(report.gemmGflops, places: 1) + " GFLOP/s"],
            ["GEMM share of dense pass", RankingWriter.decimal(report.gemmShare * 100, places: 1) + " %"],
            ["fused pass + top-k / GEMM", RankingWriter.decimal(report.fusedOverGemm * 100, places: 1) + " %"],
            ["GEMM only (ceiling)", rate(report.gemmOnlyPairsPerSecond)],
            ["GEMM only", RankingWriter.decimal(report.gemmOnlyGflops, places: 1) + " GFLOP/s"],
            ["reference (float64, scalar)", rate(report.referencePairsPerSecond)],
            ["peak resident memory", RankingWriter.decimal(Double(report.peakRssBytes) / 1_048_576, places: 1) + " MiB"],
            ["generate", seconds(stages.generateSeconds)],
            ["vectorise", seconds(stages.vectoriseSeconds)],
            ["score (chosen kernel)", seconds(stages.scoreSeconds)],
            ["score (dense)", seconds(stages.denseScoreSeconds)],
            ["score (sparse)", seconds(stages.sparseScoreSeconds)],
            ["GEMM only", seconds(stages.gemmOnlySeconds)],
        ]
        if let assignment = report.assignment {
            table.rows += [
                ["candidate graph (k = \(assignment.candidates))", "\(assignment.edges) edges, " + seconds(assignment.graphSeconds)],
                ["assign optimal", "\(assignment.optimalPlacements) placed, " + seconds(assignment.optimalSeconds)],
                ["assign stable", "\(assignment.stablePlacements) placed, " + seconds(assignment.stableSeconds)],
                ["assign greedy", "\(assignment.greedyPlacements) placed, " + seconds(assignment.greedySeconds)],
            ]
        }
        return table.rendered()
    }
}
