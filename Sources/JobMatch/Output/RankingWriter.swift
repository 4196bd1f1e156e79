import Dispatch

/// Writes ranking rows as FORMATS.md defines them: `seeker, post, rank,
/// score, skill, geo, wage, distance_km, bonus`, scores with 6 decimals.
///
/// CSV and JSON Lines are encoded as bytes, lists in chunks on `threads`
/// threads, and emitted in order; a table is built whole so its columns
/// can align.
package struct RankingWriter {
    /// The columns of a ranking row.
    package static let columns = ["seeker", "post", "rank", "score", "skill", "geo", "wage", "distance_km", "bonus"]

    package let format: OutputFormat
    /// Post titles, shown as a last column in tables only.
    package let postTitles: [String: String]
    /// Threads encoding CSV and JSON Lines.
    package let threads: Int

    package init(format: OutputFormat, postTitles: [String: String] = [:], threads: Int = EngineOptions().threads) {
        self.format = format
        self.postTitles = postTitles
        self.threads = max(1, threads)
    }

    /// The whole ranking in the writer's format, passed to `emit` in pieces.
    ///
    /// - Complexity: O(rows); memory O(threads × chunk) beyond a table.
    package func write(_ ranking: Ranking, to emit: ([UInt8]) throws -> Void) throws {
        try write(lists: ranking.count, extraColumns: [], to: emit) { position, row in
            ranking.forEachRow(ofListAt: position) { row($0, $1, $2, $3, []) }
        }
    }

    /// A shard's ranking (`rank --shard`), each row with one more column,
    /// `score_bits`: the exact score's IEEE 754 bits as 16 hex digits, so
    /// that `jobmatch merge` orders rows of different shards exactly as one
    /// run does, and then drops the column.
    package func writeShard(_ ranking: Ranking, to emit: ([UInt8]) throws -> Void) throws {
        let quoted = format == .jsonl
        try write(lists: ranking.count, extraColumns: [Self.scoreBitsColumn], to: emit) { position, row in
            ranking.forEachRow(ofListAt: position) { seeker, post, rank, score in
                let bits = Self.bits(score.total)
                row(seeker, post, rank, score, [quoted ? "\"\(bits)\"" : bits])
            }
        }
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
    package func write(_ ranking: FairRanking, to emit: ([UInt8]) throws -> Void) throws {
        try write(lists: ranking.lists.count, extraColumns: ["moved_up", "ndcg"], to: emit) { position, row in
            let list = ranking.lists[position]
            let ndcg = Self.decimal(list.ndcg)
            for (match, moved) in zip(list.list.matches, list.movedUp) {
                row(match.seekerID, match.postID, match.rank, match.score, [moved ? "true" : "false", ndcg])
            }
        }
    }

    /// Calls `row` with each row of list `position`: seeker, post, rank,
    /// score and the values of the extra columns (JSON literals in JSON Lines).
    private typealias ListRows = @Sendable (
        _ position: Int, _ row: (String, String, Int, PairScore, [String]) -> Void
    ) -> Void

    /// `lists` lists of rows, each with `extraColumns` more fields.
    private func write(
        lists: Int, extraColumns: [String], to emit: ([UInt8]) throws -> Void, rows: @escaping ListRows
    ) throws {
        if format == .table { return try emit(Array(table(lists: lists, extraColumns: extraColumns, rows: rows).utf8)) }
        if format == .csv { try emit(Array((TextEscaping.csvRecord(Self.columns + extraColumns) + "\n").utf8)) }
        let format = format, threads = threads
        let chunk = 4_096, batch = chunk * threads
        // One batch, a chunk of lists per thread, encoded on every thread.
        let encode: @Sendable (Int) -> [[UInt8]] = { batchStart in
            let pieces = WorkerResults<[UInt8]>(count: threads)
            DispatchQueue.concurrentPerform(iterations: threads) { worker in
                var text = RowBytes()
                let start = batchStart + worker * chunk
                for position in start..<max(start, min(lists, start + chunk)) {
                    rows(position) { seeker, post, rank, score, extras in
                        if format == .csv {
                            Self.appendCSV(seeker, post, rank, score, extras, to: &text)
                        } else {
                            Self.appendJSON(seeker, post, rank, score, zip(extraColumns, extras), to: &text)
                        }
                    }
                }
                pieces.store(text.bytes, at: worker)
            }
            return pieces.values
        }
        // Each batch is emitted while the next is encoded.
        var pending = encode(0)
        for batchStart in stride(from: 0, to: lists, by: batch) {
            let following = WorkerResults<[[UInt8]]>(count: 1)
            let group = DispatchGroup()
            if batchStart + batch < lists {
                DispatchQueue.global().async(group: group) { following.store(encode(batchStart + batch), at: 0) }
            }
            for piece in pending where !piece.isEmpty { try emit(piece) }
            group.wait()
            pending = batchStart + batch < lists ? following.values[0] : []
        }
    }

    private static func appendCSV(
        _ seeker: String, _ post: String, _ rank: Int, _ score: PairScore, _ extras: [String], to text: inout RowBytes
    ) {
        text.append(csvField: seeker)
        text.append(",")
        text.append(csvField: post)
        text.append(",")
        text.append(rank)
        text.append(",")
        text.append(decimal: score.total, places: 6)
        text.append(",")
        text.append(decimal: score.skill, places: 6)
        text.append(",")
        text.append(decimal: score.geo, places: 6)
        text.append(",")
        text.append(decimal: score.wage, places: 6)
        text.append(",")
        text.append(decimal: score.distanceKm, places: 4)
        text.append(",")
        text.append(decimal: score.bonus, places: 6)
        for value in extras {
            text.append(",")
            text.append(csvField: value)
        }
        text.append("\n")
    }

    private static func appendJSON(
        _ seeker: String, _ post: String, _ rank: Int, _ score: PairScore,
        _ extras: Zip2Sequence<[String], [String]>, to text: inout RowBytes
    ) {
        text.append("{\"seeker\":")
        text.append(jsonString: seeker)
        text.append(",\"post\":")
        text.append(jsonString: post)
        text.append(",\"rank\":")
        text.append(rank)
        text.append(",\"score\":")
        text.append(decimal: score.total, places: 6)
        text.append(",\"skill\":")
        text.append(decimal: score.skill, places: 6)
        text.append(",\"geo\":")
        text.append(decimal: score.geo, places: 6)
        text.append(",\"wage\":")
        text.append(decimal: score.wage, places: 6)
        text.append(",\"distance_km\":")
        text.append(decimal: score.distanceKm, places: 4)
        text.append(",\"bonus\":")
        text.append(decimal: score.bonus, places: 6)
        for (name, value) in extras {
            text.append(",")
            text.append(jsonString: name)
            text.append(":")
            text.append(string: value)
        }
        text.append("}\n")
    }

    /// The rows as an aligned table, with each row's post title last.
    private func table(lists: Int, extraColumns: [String], rows: ListRows) -> String {
        var table = TextTable(headers: Self.columns + extraColumns + ["title"], numericColumns: Set(2..<Self.columns.count))
        for position in 0..<lists {
            rows(position) { seeker, post, rank, score, extras in
                table.rows.append([
                    seeker, post, String(rank), Self.decimal(score.total), Self.decimal(score.skill),
                    Self.decimal(score.geo), Self.decimal(score.wage), Self.decimal(score.distanceKm, places: 4),
                    Self.decimal(score.bonus),
                ] + extras + [postTitles[post] ?? ""])
            }
        }
        return table.rendered()
    }

    /// `value` with exactly `places` decimals (at most 9), without the cost
    /// of `String(format:)`, which dominates writing millions of rows.
    package static func decimal(_ value: Double, places: Int = 6) -> String {
        var text = RowBytes()
        text.append(decimal: value, places: places)
        return String(decoding: text.bytes, as: UTF8.self)
    }
}
