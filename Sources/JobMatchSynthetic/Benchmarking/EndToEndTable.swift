import JobMatch
/// The end-to-end figures as a short table for people, with the ratios the
/// goals are stated in where the scoring stages were timed too.
package enum EndToEndTable {
    package static func render(_ report: EndToEndReport, stages: ThroughputReport?) -> String {
        func number(_ value: Double, _ places: Int = 2) -> String { RankingWriter.decimal(value, places: places) }
        func rate(_ value: Double, _ unit: String) -> String { number(value / 1e6) + " M \(unit)/s" }
        func mebibytes(_ bytes: Int) -> String { number(Double(bytes) / 1_048_576, 1) + " MiB" }
        var table = TextTable(headers: ["end to end", "value"], numericColumns: [1])
        table.rows = [
            ["load CSV", rate(report.loadRecordsPerSecond, "records") + ", " + number(report.loadSeconds, 3) + " s"],
            ["load JSON Lines", rate(report.loadJsonlRecordsPerSecond, "records")],
            ["write rows, CSV", rate(report.writeRowsPerSecond, "rows")],
            ["write rows, JSON Lines", rate(report.writeJsonlRowsPerSecond, "rows")],
            ["candidate graph (k = \(report.candidateGraphK))", "\(report.candidateGraphEdges) edges, " + number(report.candidateGraphSeconds, 3) + " s"],
            ["jobmatch rank", number(report.rankWallSeconds, 3) + " s, " + mebibytes(report.rankPeakRssBytes)],
            ["jobmatch match --mode optimal", number(report.matchWallSeconds, 3) + " s, " + mebibytes(report.matchPeakRssBytes)],
            ["match / rank, wall", number(report.matchWallSeconds / report.rankWallSeconds) + " ×"],
            ["match / rank, peak memory", number(Double(report.matchPeakRssBytes) / Double(report.rankPeakRssBytes)) + " ×"],
        ]
        if let stages = stages?.stages {
            let floor = report.loadSeconds + stages.vectoriseSeconds + stages.scoreSeconds
            table.rows += [
                ["rank / (load + vectorise + score)", number(report.rankWallSeconds / floor) + " ×"],
                ["candidate graph / score", number(report.candidateGraphSeconds / stages.scoreSeconds) + " ×"],
            ]
        }
        return table.rendered()
    }
}
