/// The columns of a CSV header that hold known fields.
struct CSVColumns: Sendable {
    private var names: [String] = []
    private var columns: [Int] = []

    /// Notes that `name` is in `column`.
    mutating func add(_ name: String, column: Int) {
        names.append(name)
        columns.append(column)
    }

    /// The column of the field `name`, or `nil` if the header lacks it.
    ///
    /// - Complexity: O(number of fields). A scan, because a record has about
    ///   a dozen fields and their short names compare faster than they hash.
    func column(of name: String) -> Int? {
        names.firstIndex(of: name).map { columns[$0] }
    }
}
