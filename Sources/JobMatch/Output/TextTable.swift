import Foundation

/// A plain aligned text table for terminals.
package struct TextTable {
    /// Column titles.
    package var headers: [String]
    /// Which columns hold numbers and align right.
    package var numericColumns: Set<Int>
    /// The rows, each with one cell per header.
    package var rows: [[String]] = []

    /// An empty table with `headers`.
    package init(headers: [String], numericColumns: Set<Int> = []) {
        self.headers = headers
        self.numericColumns = numericColumns
    }

    /// The table as lines: header, rule, rows; columns two spaces apart.
    package func rendered() -> String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                numericColumns.contains(column)
                    ? DisplayWidth.rightAligned(cell, to: widths[column])
                    : DisplayWidth.padded(cell, to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
