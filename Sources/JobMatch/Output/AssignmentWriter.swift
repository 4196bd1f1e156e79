/// Writes assignment rows as FORMATS.md defines them: `seeker, post, score`.
package struct AssignmentWriter {
    package let format: OutputFormat

    package init(format: OutputFormat) { self.format = format }

    /// The placements, one row each, in the assignment's order.
    package func text(_ assignment: Assignment, in graph: CandidateGraph) -> String {
        let rows = assignment.placements.map { placement in
            (graph.seekers[placement.seeker].id, graph.posts[placement.post], RankingWriter.decimal(placement.score))
        }
        switch format {
        case .table:
            var table = TextTable(headers: ["seeker", "post", "score", "title"], numericColumns: [2])
            table.rows = rows.map { [$0.0, $0.1.id, $0.2, $0.1.title ?? ""] }
            return table.rendered()
        case .csv:
            return TextEscaping.csvRecord(["seeker", "post", "score"]) + "\n"
                + rows.map { TextEscaping.csvRecord([$0.0, $0.1.id, $0.2]) + "\n" }.joined()
        case .jsonl:
            return rows.map {
                "{\"seeker\":\(TextEscaping.jsonString($0.0)),\"post\":\(TextEscaping.jsonString($0.1.id)),\"score\":\($0.2)}\n"
            }.joined()
        }
    }
}
