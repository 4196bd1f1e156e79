/// Writes ranking rows as FORMATS.md defines them: `seeker, post, rank,
/// score, skill, geo, wage, distance_km, bonus`, scores with 6 decimals.
package struct RankingWriter {
    /// The columns of a ranking row.
    package static let columns = ["seeker", "post", "rank", "score", "skill", "geo", "wage", "distance_km", "bonus"]

    package let format: OutputFormat
    /// Post titles, shown as a last column in tables only.
    package let postTitles: [String: String]

    package init(format: OutputFormat, postTitles: [String: String] = [:]) {
        self.format = format
        self.postTitles = postTitles
    }

    /// The whole ranking as text in the writer's format, passed to `emit` in pieces.
    ///
    /// - Complexity: O(rows); a table is built whole so columns can align,
    ///   CSV and JSON Lines are emitted list by list.
    package func write(_ ranking: Ranking, to emit: (String) throws -> Void) throws {
        switch format {
        case .table:
            var table = TextTable(headers: Self.columns + ["title"], numericColumns: Set(2..<Self.columns.count))
            for list in ranking { table.rows += list.matches.map { Self.fields($0) + [postTitles[$0.postID] ?? ""] } }
            try emit(table.rendered())
        case .csv:
            try emit(TextEscaping.csvRecord(Self.columns) + "\n")
            for list in ranking where !list.matches.isEmpty {
                try emit(list.matches.map { TextEscaping.csvRecord(Self.fields($0)) + "\n" }.joined())
            }
        case .jsonl:
            for list in ranking where !list.matches.isEmpty {
                try emit(list.matches.map(Self.jsonLine).joined())
            }
        }
    }

    private static func fields(_ match: RankedMatch) -> [String] {
        let score = match.score
        return [
            match.seekerID, match.postID, String(match.rank), decimal(score.total), decimal(score.skill),
            decimal(score.geo), decimal(score.wage), decimal(score.distanceKm, places: 4), decimal(score.bonus),
        ]
    }

    private static func jsonLine(_ match: RankedMatch) -> String {
        let score = match.score
        return "{\"seeker\":\(TextEscaping.jsonString(match.seekerID)),\"post\":\(TextEscaping.jsonString(match.postID))"
            + ",\"rank\":\(match.rank),\"score\":\(decimal(score.total)),\"skill\":\(decimal(score.skill))"
            + ",\"geo\":\(decimal(score.geo)),\"wage\":\(decimal(score.wage))"
            + ",\"distance_km\":\(decimal(score.distanceKm, places: 4)),\"bonus\":\(decimal(score.bonus))}\n"
    }

    /// `value` with exactly `places` decimals (at most 9), without the cost
    /// of `String(format:)`, which dominates writing millions of rows.
    package static func decimal(_ value: Double, places: Int = 6) -> String {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let fraction = String(units % divisor)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = "\(sign)\(units / divisor)"
        guard places > 0 else { return whole }
        return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
