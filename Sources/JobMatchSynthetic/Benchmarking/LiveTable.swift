import JobMatch

/// The live section of the benchmark report as a short table for people.
package enum LiveTable {
    package static func render(_ report: LiveReport) -> String {
        func us(_ value: Double) -> String { RankingWriter.decimal(value, places: 0) + " µs" }
        var table = TextTable(headers: ["live index", "value"], numericColumns: [1])
        table.rows = [
            ["records", "\(report.seekers) seekers, \(report.posts) posts, top \(report.top), one thread a call"],
            ["build", RankingWriter.decimal(report.indexBuildSeconds, places: 3) + " s"],
            ["seeker query p50 / p99", us(report.seekerQueryP50Us) + " / " + us(report.seekerQueryP99Us)],
            ["post query p50 / p99", us(report.postQueryP50Us) + " / " + us(report.postQueryP99Us)],
            ["post upsert p50 / p99", us(report.postUpsertP50Us) + " / " + us(report.postUpsertP99Us)],
            ["seeker query p50 / p99 under writes",
             us(report.seekerQueryP50UsUnderWrites) + " / " + us(report.seekerQueryP99UsUnderWrites)],
            ["upserts meanwhile", "\(report.upsertsDuringQueries)"],
        ]
        return table.rendered()
    }
}
