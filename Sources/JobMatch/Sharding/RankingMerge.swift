/// `jobmatch merge`: the rows of every shard's ranking (`rank --shard`) as
/// one run on one machine writes them, byte for byte.
///
/// Rows are matched to seekers and posts by their ids as the rows write
/// them (escaped for CSV or JSON), so no row is parsed beyond its ids,
/// rank and exact score.
package struct RankingMerge {
    package let direction: RankingDirection
    package let top: Int
    package let format: OutputFormat
    /// The batch's seekers' ids, in batch order.
    package let seekerIDs: [String]
    /// The posts' ids, in the engine's order (for `.seekers` only).
    package let postIDs: [String]

    package init(direction: RankingDirection, top: Int, format: OutputFormat, seekerIDs: [String], postIDs: [String]) {
        (self.direction, self.top, self.format, self.seekerIDs, self.postIDs) = (direction, top, format, seekerIDs, postIDs)
    }

    /// One row of a part.
    private struct Row {
        /// The row as one run writes it, without its rank for `.seekers`: `head` + rank + `tail`.
        var head: Substring
        var tail: String
        var seeker: Int
        var post: Int
        var score: Double
    }

    /// The merged rows, passed to `emit` in pieces.
    ///
    /// - Throws: ``RankingMergeError`` for a part that is not a shard's
    ///   ranking in this format, a row of an unknown seeker or post, or a
    ///   pair in two parts.
    package func merge(_ parts: [(name: String, text: String)], to emit: (String) throws -> Void) throws {
        let seekerToken = Dictionary(uniqueKeysWithValues: seekerIDs.enumerated().map { (token($1), $0) })
        let postToken = Dictionary(uniqueKeysWithValues: postIDs.enumerated().map { (token($1), $0) })
        let owners = direction == .posts ? seekerIDs.count : postIDs.count
        var lists = [[Row]](repeating: [], count: owners)
        var partOf = [Int](repeating: -1, count: owners)
        for (number, part) in parts.enumerated() {
            var lines = part.text.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.last?.isEmpty ?? false else { throw RankingMergeError(part: part.name, line: lines.count, "the last line is cut off") }
            lines.removeLast()
            if format == .csv {
                let header = TextEscaping.csvRecord(RankingWriter.columns + [RankingWriter.scoreBitsColumn])
                guard lines.first.map(String.init) == header else {
                    throw RankingMergeError(part: part.name, line: 1, "not the header of a shard's ranking (rank --shard): \(header)")
                }
            }
            for (index, line) in lines.enumerated() where format == .jsonl || index > 0 {
                let fail = { (reason: String) in RankingMergeError(part: part.name, line: index + 1, reason) }
                guard var row = split(line) else { throw fail("not a row of a shard's ranking (rank --shard) in \(format)") }
                guard let seeker = seekerToken[String(row.seekerToken)] else { throw fail("a seeker not in the seekers file") }
                row.row.seeker = seeker
                if direction == .seekers {
                    guard let post = postToken[String(row.postToken)] else { throw fail("a post not in the posts file") }
                    row.row.post = post
                }
                let owner = direction == .posts ? seeker : row.row.post
                // A seeker's rows come from one shard; a post's from any.
                if direction == .posts {
                    guard partOf[owner] == -1 || partOf[owner] == number else { throw fail("seeker \(seekerIDs[seeker]) is in two parts") }
                    partOf[owner] = number
                }
                lists[owner].append(row.row)
            }
        }
        if format == .csv { try emit(TextEscaping.csvRecord(RankingWriter.columns) + "\n") }
        for owner in lists.indices where !lists[owner].isEmpty {
            var rows = lists[owner]
            if direction == .seekers {
                rows.sort { $0.score != $1.score ? $0.score > $1.score : ByteOrder.precedes(seekerIDs[$0.seeker], seekerIDs[$1.seeker]) }
                for pair in zip(rows, rows.dropFirst()) where pair.0.seeker == pair.1.seeker {
                    throw RankingMergeError(part: "", line: 0, "seeker \(seekerIDs[pair.0.seeker]) is listed twice for post \(postIDs[owner])")
                }
                rows = Array(rows.prefix(top))
            }
            try emit(rows.enumerated().map { rank, row in "\(row.head)\(rank + 1)\(row.tail)\n" }.joined())
        }
    }

    /// An id as rows write it.
    private func token(_ id: String) -> String {
        format == .csv ? TextEscaping.csvField(id) : TextEscaping.jsonString(id)
    }

    /// A row's seeker and post as written, and the row without its rank
    /// and exact score; seeker and post positions left to the caller.
    private func split(_ line: Substring) -> (row: Row, seekerToken: Substring, postToken: Substring)? {
        switch format {
        case .csv:
            // Ids hold no comma, and no other field does.
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == RankingWriter.columns.count + 1, let bits = UInt64(fields.last!, radix: 16) else { return nil }
            let rankStart = fields[2].startIndex, rankEnd = fields[2].endIndex, last = fields[fields.count - 2].endIndex
            return (
                Row(head: line[..<rankStart], tail: String(line[rankEnd..<last]), seeker: -1, post: -1, score: Double(bitPattern: bits)),
                fields[0], fields[1])
        case .jsonl, .table:
            // Within a JSON string a quote is escaped, so these keys are found only as keys.
            guard line.hasPrefix("{\"seeker\":"), let post = line.firstRange(of: ",\"post\":"),
                let rank = line.firstRange(of: ",\"rank\":"), let bits = line.firstRange(of: ",\"score_bits\":\""),
                line.hasSuffix("\"}"), post.upperBound <= rank.lowerBound
            else { return nil }
            let digits = line[rank.upperBound...].prefix { $0.isNumber }
            guard let value = UInt64(line[bits.upperBound..<line.index(line.endIndex, offsetBy: -2)], radix: 16) else { return nil }
            let seekerToken = line[line.index(line.startIndex, offsetBy: 10)..<post.lowerBound]
            return (
                Row(head: line[..<rank.upperBound], tail: line[digits.endIndex..<bits.lowerBound] + "}", seeker: -1, post: -1,
                    score: Double(bitPattern: value)),
                seekerToken, line[post.upperBound..<rank.lowerBound])
        }
    }
}

/// A part `jobmatch merge` cannot merge, and where.
package struct RankingMergeError: Error, CustomStringConvertible {
    let part: String
    let line: Int
    let reason: String

    init(part: String, line: Int, _ reason: String) {
        (self.part, self.line, self.reason) = (part, line, reason)
    }

    package var description: String { part.isEmpty ? reason : "\(part):\(line): \(reason)" }
}
