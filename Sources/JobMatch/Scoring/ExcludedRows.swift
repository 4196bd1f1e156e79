/// Rows of a feature set that a pass must leave out, such as a segment's
/// deleted records: a sorted list, short next to the rows it marks.
package struct ExcludedRows: Sendable, Hashable {
    /// The rows, ascending and distinct.
    package private(set) var rows: [Int32]

    /// No row.
    package init() { rows = [] }

    /// The rows of `rows`, in any order and with repeats.
    package init(_ rows: some Sequence<Int32>) {
        self.rows = Array(Set(rows)).sorted()
    }

    /// How many rows are left out.
    package var count: Int { rows.count }

    /// Whether `row` is left out.
    ///
    /// - Complexity: O(log count).
    package func contains(_ row: Int32) -> Bool {
        let index = firstIndex(notBelow: row)
        return index < rows.count && rows[index] == row
    }

    /// These rows and `more`.
    ///
    /// - Complexity: O(count + more.count × log more.count).
    package func adding(_ more: some Sequence<Int32>) -> ExcludedRows {
        ExcludedRows(rows + Array(more))
    }

    /// Sets the skill part of every pair with a left-out other to NaN, which
    /// no cut-off admits, so that the pass scores none of them.
    ///
    /// - Complexity: O(left-out rows among `others` × owners).
    func exclude(from tile: UnsafeMutablePointer<Float>, layout: SkillTiles.Layout, ownerCount: Int, others: Range<Int>) {
        var index = firstIndex(notBelow: Int32(others.lowerBound))
        while index < rows.count, Int(rows[index]) < others.upperBound {
            let column = (Int(rows[index]) - others.lowerBound) * layout.columnStride
            for row in 0..<ownerCount { tile[row * layout.rowStride + column] = .nan }
            index += 1
        }
    }

    /// The position of the first row at least `row`.
    private func firstIndex(notBelow row: Int32) -> Int {
        var (low, high) = (0, rows.count)
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
