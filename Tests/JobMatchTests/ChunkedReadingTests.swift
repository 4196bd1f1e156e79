@testable import JobMatch
@testable import JobMatchModel
import Testing

/// Reading a file in chunks on every processor gives what reading it in
/// one piece gives: the same records, problems, rejections and warnings,
/// in the same order, wherever the chunks are cut.
struct ChunkedReadingTests {
    /// Loads `bytes` as seekers, against ``sampleTaxonomy``, in chunks of about `chunkBytes`.
    private func load(_ bytes: [UInt8], format: RecordFileFormat, chunkBytes: Int) -> Loaded<Seeker> {
        InputLoader.read(
            InputText(bytes: bytes, name: "seekers.\(format.fileExtension)"), format: format,
            schema: RecordSchema(SeekerField.self), chunkBytes: chunkBytes
        ) { RecordBuilder.seeker(from: $0, taxonomy: sampleTaxonomy) }
    }

    private func expectSame(_ chunked: Loaded<Seeker>, _ whole: Loaded<Seeker>, _ comment: Comment) {
        #expect(chunked.records == whole.records, comment)
        #expect(chunked.lines == whole.lines, comment)
        #expect(chunked.problems == whole.problems, comment)
        #expect(chunked.rejected == whole.rejected, comment)
        #expect(chunked.warnings == whole.warnings, comment)
    }

    /// One line of a CSV seekers file: mostly good, sometimes bad in one of
    /// the ways a reader must report, or spanning lines in a quoted field.
    private func csvLine(_ index: Int, using generator: inout SeededGenerator) -> String {
        let id = "S\(Int.random(in: 0..<(index + 2), using: &generator))"
        let good = "\(id),30.\(index % 10),114.5,welding:\(index % 8 + 1),5,\"E\(index)\""
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: return "\(id),91,114,,,"
        case 1: return "\(id),30,114,welding:9,,"
        case 2: return "\(id),30,114,,\"a \"\"quoted\"\"\nkm\nvalue\","
        case 3: return "\(id),\"30\r\n\",114,,,"
        case 4: return "\(id),30,11\"4,,,"
        case 5: return "\(id),30,114"
        case 6: return "   "
        case 7: return ""
        case 8: return "\(id),30,114,\"forklift:1\",,\"employer\nE\(index)\""
        case 9: return "\(id),x,114,unknown:3,,"
        default: return good
        }
    }

    /// One line of a JSON Lines seekers file, good or bad.
    private func jsonLine(_ index: Int, using generator: inout SeededGenerator) -> String {
        let id = "S\(Int.random(in: 0..<(index + 2), using: &generator))"
        switch Int.random(in: 0..<16, using: &generator) {
        case 0: return #"{"id": "\#(id)", "lat": 91, "lon": 114}"#
        case 1: return #"{"id": "\#(id)", "lat": 30, "lon": 114, "skills": {"welding": 9}}"#
        case 2: return #"{"id": "\#(id)", "lat": 30, "#
        case 3: return #"{"id": "\#(id)", "lat": 30, "lon": 114, "colour\#(index % 3)": 1}"#
        case 4: return "  "
        case 5: return #"["not", "an", "object"]"#
        case 6: return #"{"id": "\#(id)", "id": "again", "lat": 30, "lon": 114}"#
        default: return #"{"id": "\#(id)", "lat": 30.\#(index % 10), "lon": 114.5, "skills": {"welding": \#(index % 8 + 1)}}"#
        }
    }

    /// A random file of `count` lines: LF or CRLF breaks, a byte order mark
    /// or not, a final break or not.
    private func file(
        header: String?, count: Int, seed: UInt64, line: (Int, inout SeededGenerator) -> String
    ) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        let lineBreak = Bool.random(using: &generator) ? "\r\n" : "\n"
        var lines = header.map { [$0] } ?? []
        for index in 0..<count { lines.append(line(index, &generator)) }
        var text = lines.joined(separator: lineBreak)
        if Bool.random(using: &generator) { text += lineBreak }
        let byteOrderMark: [UInt8] = Bool.random(using: &generator) ? [0xEF, 0xBB, 0xBF] : []
        var bytes = byteOrderMark + Array(text.utf8)
        // Now and then a byte that is not UTF-8, in the middle of a line.
        if seed % 3 == 0, let middle = bytes.indices.dropFirst(bytes.count / 2).first(where: { bytes[$0] == UInt8(ascii: "1") }) {
            bytes[middle] = 0xFF
        }
        return bytes
    }

    @Test("CSV: chunks cut at every line give what one piece gives", arguments: 0..<12 as Range<UInt64>)
    func csvChunks(seed: UInt64) {
        let header = "id,lat,lon,skills,max_commute_km,employer"
        let bytes = file(header: header, count: 60, seed: seed) { csvLine($0, using: &$1) }
        let whole = load(bytes, format: .csv, chunkBytes: .max)
        #expect(!whole.records.isEmpty && !whole.rejected.isEmpty)
        for chunkBytes in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377] {
            expectSame(load(bytes, format: .csv, chunkBytes: chunkBytes), whole, "seed \(seed), chunks of \(chunkBytes) bytes")
        }
    }

    @Test("JSON Lines: chunks cut at every line give what one piece gives", arguments: 0..<12 as Range<UInt64>)
    func jsonLinesChunks(seed: UInt64) {
        let bytes = file(header: nil, count: 60, seed: seed) { jsonLine($0, using: &$1) }
        let whole = load(bytes, format: .jsonl, chunkBytes: .max)
        #expect(!whole.records.isEmpty && !whole.rejected.isEmpty)
        for chunkBytes in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377] {
            expectSame(load(bytes, format: .jsonl, chunkBytes: chunkBytes), whole, "seed \(seed), chunks of \(chunkBytes) bytes")
        }
    }

    @Test("a quoted field left open runs to the end of the file, across every chunk")
    func unterminatedQuoteAcrossChunks() {
        let text = "id,lat,lon,employer\nS1,30,114,E1\nS2,30,114,\"open\nS3,30,114,E3\nS4,30,114,E4\n"
        let whole = load(Array(text.utf8), format: .csv, chunkBytes: .max)
        #expect(whole.lines == [2])
        #expect(whole.problems.map(\.problem.code) == [.unterminatedQuote])
        #expect(whole.problems.map(\.line) == [3])
        for chunkBytes in 1...text.utf8.count {
            expectSame(load(Array(text.utf8), format: .csv, chunkBytes: chunkBytes), whole, "chunks of \(chunkBytes) bytes")
        }
    }

    @Test("a header alone, or blank lines alone, is the same problem in chunks", arguments: [
        ("id,lat,lon\n\n  \n", RecordFileFormat.csv, ProblemCode.noRecords),
        ("\n \n\t\n", .jsonl, .emptyFile),
    ])
    func noRecords(text: String, format: RecordFileFormat, code: ProblemCode) {
        let whole = load(Array(text.utf8), format: format, chunkBytes: .max)
        #expect(whole.problems.map(\.problem.code) == [code])
        expectSame(load(Array(text.utf8), format: format, chunkBytes: 1), whole, "chunks of 1 byte")
    }

    @Test("line numbers count on across chunks, through the header and a byte order mark")
    func lineNumbers() {
        let text = "\u{FEFF}\nid,lat,lon\n" + (1...200).map { "S\($0),30,114" }.joined(separator: "\n")
        let loaded = load(Array(text.utf8), format: .csv, chunkBytes: 16)
        #expect(loaded.lines == Array(3...202))
        #expect(loaded.problems.isEmpty)
    }
}
