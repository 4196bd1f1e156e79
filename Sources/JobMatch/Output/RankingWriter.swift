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
        try write(ranking.lazy.map { ($0.matches, []) }, extraColumns: [], to: emit)
    }

    /// A shard's ranking (`rank --shard`), each row with one more column,
    /// `score_bits`: the exact score's IEEE 754 bits as 16 hex digits, so
    /// that `jobmatch merge` orders rows of different shards exactly as one
    /// run does, and then drops the column.
    package func writeShard(_ ranking: Ranking, to emit: (String) throws -> Void) throws {
        let lists = ranking.lazy.map { list in
            (list.matches, list.matches.map { [format == .jsonl ? "\"\(Self.bits($0.score.total))\"" : Self.bits($0.score.total)] })
        }
        try write(lists, extraColumns: [Self.scoreBitsColumn], to: emit)
    }

    /// The extra column of a shard's rows.
    package static let scoreBitsColumn = "score_bits"

    /// `value`'s bits as 16 hex digits.
    package static func bits(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A fair ranking's lists, each row with two more columns: `moved_up`
    /// (whether the constraint moved the seeker up) and `ndcg` (its list's).
    package func write(_ ranking: FairRanking, to emit: (String) throws -> Void) throws {
        let lists = ranking.lists.lazy.map { list in
            (list.list.matches, list.movedUp.map { [$0 ? "true" : "false", Self.decimal(list.ndcg)] })
        }
        try write(lists, extraColumns: ["moved_up", "ndcg"], to: emit)
    }

    /// Lists of matches, each match with `extraColumns.count` more fields
    /// (written as JSON literals in JSON Lines).
    private func write(
        _ lists: some Sequence<([RankedMatch], [[String]])>, extraColumns: [String], to emit: (String) throws -> Void
    ) throws {
        func extra(_ rows: [[String]], _ index: Int) -> [String] { rows.isEmpty ? [] : rows[index] }
        let columns = Self.columns + extraColumns
        switch format {
        case .table:
            var table = TextTable(headers: columns + ["title"], numericColumns: Set(2..<Self.columns.count))
            for (matches, rows) in lists {
                table.rows += matches.indices.map { Self.fields(matches[$0]) + extra(rows, $0) + [postTitles[matches[$0].postID] ?? ""] }
            }
            try emit(table.rendered())
        case .csv:
            try emit(TextEscaping.csvRecord(columns) + "\n")
            for (matches, rows) in lists where !matches.isEmpty {
                try emit(matches.indices.map { TextEscaping.csvRecord(Self.fields(matches[$0]) + extra(rows, $0)) + "\n" }.joined())
            }
        case .jsonl:
            for (matches, rows) in lists where !matches.isEmpty {
                try emit(matches.indices.map { index in
                    let more = zip(extraColumns, extra(rows, index)).map { ",\"\($0)\":\($1)" }.joined()
                    return Self.jsonObject(matches[index]) + more + "}\n"
                }.joined())
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

    /// The row as a JSON object without its closing brace.
    private static func jsonObject(_ match: RankedMatch) -> String {
        let score = match.score
        return "{\"seeker\":\(TextEscaping.jsonString(match.seekerID)),\"post\":\(TextEscaping.jsonString(match.postID))"
            + ",\"rank\":\(match.rank),\"score\":\(decimal(score.total)),\"skill\":\(decimal(score.skill))"
            + ",\"geo\":\(decimal(score.geo)),\"wage\":\(decimal(score.wage))"
            + ",\"distance_km\":\(decimal(score.distanceKm, places: 4)),\"bonus\":\(decimal(score.bonus))"
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
