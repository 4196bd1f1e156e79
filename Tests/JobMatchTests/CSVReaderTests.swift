@testable import JobMatch
@testable import JobMatchModel
import Testing

struct CSVReaderTests {
    /// Every result of reading `text` (or `bytes`) as a CSV file named `t.csv`.
    private func read(_ text: String, columns: [String] = []) throws -> [Result<CSVRecord, InputError>] {
        try read(bytes: Array(text.utf8), columns: columns)
    }

    private func read(bytes: [UInt8], columns: [String] = []) throws -> [Result<CSVRecord, InputError>] {
        let directory = try TemporaryDirectory()
        let path = try directory.write("t.csv", bytes: bytes)
        return try InputText(path: path).withLines { bytes, range in
            var reader = CSVReader(path: path, lines: Lines(bytes, range: range, firstNumber: 1))
            reader.columnNames = columns
            var results: [Result<CSVRecord, InputError>] = []
            while let result = reader.next() { results.append(result) }
            return results
        }
    }

    private func records(_ results: [Result<CSVRecord, InputError>]) -> [CSVRecord] {
        results.compactMap { try? $0.get() }
    }

    private func errors(_ results: [Result<CSVRecord, InputError>]) -> [InputError] {
        results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }

    @Test func readsPlainRecords() throws {
        let results = try read("a,b,c\n1,2,3\n")
        #expect(records(results) == [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func readsQuotedCommasAndDoubledQuotes() throws {
        let results = try read("a,\"b, c\",\"say \"\"hi\"\"\",\"\"\n")
        #expect(records(results) == [CSVRecord(line: 1, fields: ["a", "b, c", "say \"hi\"", ""])])
    }

    @Test func keepsEmptyFields() throws {
        #expect(records(try read(",a,,\n")) == [CSVRecord(line: 1, fields: ["", "a", "", ""])])
    }

    @Test func embeddedNewlinesKeepPhysicalLineNumbers() throws {
        let results = try read("h1,h2\n\"two\nlines\",x\n\"three\n\nlines\",y\nlast,z\n")
        #expect(records(results) == [
            CSVRecord(line: 1, fields: ["h1", "h2"]),
            CSVRecord(line: 2, fields: ["two\nlines", "x"]),
            CSVRecord(line: 4, fields: ["three\n\nlines", "y"]),
            CSVRecord(line: 7, fields: ["last", "z"]),
        ])
    }

    @Test func readsCRLFAsLF() throws {
        let results = try read("a,b\r\n\"x\r\ny\",2\r\n3,4\r\n")
        #expect(records(results) == [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["x\ny", "2"]),
            CSVRecord(line: 4, fields: ["3", "4"]),
        ])
    }

    @Test func dropsByteOrderMark() throws {
        let results = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("id,x\n1,2".utf8))
        #expect(records(results) == [CSVRecord(line: 1, fields: ["id", "x"]), CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func skipsBlankLinesAndReadsLastLineWithoutBreak() throws {
        let results = try read("\na,b\n\n  \n\t\n1,2")
        #expect(records(results) == [CSVRecord(line: 2, fields: ["a", "b"]), CSVRecord(line: 6, fields: ["1", "2"])])
    }

    @Test func readsNoRecordsFromEmptyFile() throws {
        #expect(try read("").isEmpty)
        #expect(try read(bytes: [0xEF, 0xBB, 0xBF]).isEmpty)
    }

    @Test func reportsUnterminatedQuoteAtTheLineWhereTheFieldBegan() throws {
        let results = try read("a,b,c\n1,2,3\n4,\"five\n6,7\n8,9\n", columns: ["a", "b", "c"])
        #expect(records(results).count == 2)
        let error = try #require(errors(results).first)
        #expect(error.line == 3)
        #expect(error.problem.code == .unterminatedQuote)
        #expect(error.problem.field == "b")
    }

    @Test(arguments: [
        ("ab\"c,d\n", "a"),
        ("x,\"ab\"c\n", "b"),
        ("x, \"ab\"\n", "b"),
        ("\"ab\" ,x\n", "a"),
    ])
    func reportsStrayQuotesAndGoesOn(line: String, column: String) throws {
        let results = try read("a,b\n" + line + "1,2\n", columns: ["a", "b"])
        #expect(records(results) == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 3, fields: ["1", "2"])])
        #expect(errors(results).map(\.line) == [2])
        #expect(errors(results).map(\.problem.code) == [.strayQuote])
        #expect(errors(results).map(\.problem.field) == [column])
    }

    @Test func reportsInvalidUTF8WithColumnAndLine() throws {
        let bytes = Array("a,b\n1,2\n".utf8) + [0x78, 0x2C, 0xC3, 0x28, 0x0A] + Array("3,4\n".utf8)
        let results = try read(bytes: bytes, columns: ["a", "b"])
        #expect(records(results).map(\.line) == [1, 2, 4])
        #expect(errors(results) == [InputError(file: errors(results).first?.file ?? "", line: 3, problem: FieldProblem(
            .invalidUTF8, field: "b", expected: "text in UTF-8"))])
    }

    @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]] as [[UInt8]])
    func rejectsMalformedUTF8Sequences(sequence: [UInt8]) throws {
        let results = try read(bytes: Array("x".utf8) + sequence + [0x0A])
        #expect(errors(results).map(\.problem.code) == [.invalidUTF8])
    }

    @Test func acceptsMultibyteUTF8() throws {
        #expect(records(try read("焊接,é,😀\n")) == [CSVRecord(line: 1, fields: ["焊接", "é", "😀"])])
    }

    @Test func rejectsOverlongLineAndGoesOn() throws {
        let long = String(repeating: "x", count: InputText.maxLineBytes + 200_000)
        let results = try read("a,b\n1," + long + "\n2,3\n")
        #expect(records(results).map(\.line) == [1, 3])
        #expect(errors(results).map(\.line) == [2])
        #expect(errors(results).map(\.problem.code) == [.lineTooLong])
    }

    @Test func rejectsOverlongQuotedRecordSpanningLines() throws {
        let chunk = String(repeating: "y", count: 400_000)
        let field = "\"" + Array(repeating: chunk, count: 4).joined(separator: "\n") + "\""
        let results = try read("a,b\n1," + field + "\n2,3\n")
        #expect(records(results).map(\.line) == [1, 6])
        #expect(errors(results).map(\.line) == [2])
        #expect(errors(results).map(\.problem.code) == [.lineTooLong])
    }

    @Test func acceptsLongFieldUnderTheLimit() throws {
        let long = String(repeating: "z", count: 300_000)
        let results = try read("a,b\n1,\"" + long + "\"\n")
        #expect(records(results).last?.fields == ["1", long])
    }

    @Test func readsManyRecordsWithEmbeddedNewlines() throws {
        let count = 60_000
        var text = "id,value\n"
        var expected = [CSVRecord(line: 1, fields: ["id", "value"])]
        var line = 2
        for index in 0..<count {
            let isMultiline = index % 7 == 0
            let value = isMultiline ? "multi\nline \(index)" : "value number \(index) padded to span chunks"
            text += isMultiline ? "\(index),\"\(value)\"\n" : "\(index),\(value)\n"
            expected.append(CSVRecord(line: line, fields: [String(index), value]))
            line += isMultiline ? 2 : 1
        }
        #expect(text.utf8.count > 2 * ChunkedReading.chunkBytes)
        #expect(records(try read(text)) == expected)
    }
}
