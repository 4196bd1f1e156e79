@testable import JobMatchModel

/// Fuzzes the JSON parser on the whole input, decoding it as one seeker
/// and one post from memory, then the JSON Lines reader and the loader of
/// the kind of record it names (``Invariants/checkLoader(path:bytes:)``)
/// over the same bytes as a file.
///
/// A first byte 0xFF, never part of UTF-8 text, puts the rest of the input
/// across the reader's 1 MiB chunk boundary and reads it with the reader
/// alone: the loaders read lines the same way, and 1 MiB a run is slow.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = UnsafeRawBufferPointer(start: data, count: size)
    if bytes.first == 0xFF {
        bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst())
        let padding = LineReader.chunkSize - bytes.count / 2
        checkLines(path: FuzzFile.write(bytes, fileExtension: "jsonl", padding: padding), lineCount: Invariants.lineCount(bytes) + 1)
        return 0
    }
    checkParser(bytes.assumingMemoryBound(to: UInt8.self))
    checkRecord(bytes) { bytes throws(RecordError) in try Seeker(json: bytes, taxonomy: fuzzTaxonomy) } rules: {
        RecordValidator.problems(in: $0, taxonomy: fuzzTaxonomy)
    }
    checkRecord(bytes) { bytes throws(RecordError) in try Post(json: bytes, taxonomy: fuzzTaxonomy) } rules: {
        RecordValidator.problems(in: $0, taxonomy: fuzzTaxonomy)
    }
    let path = FuzzFile.write(bytes, fileExtension: "jsonl")
    let lineCount = Invariants.lineCount(bytes)
    checkLines(path: path, lineCount: lineCount)
    Invariants.checkLoader(path: path, bytes: bytes)
    return 0
}

/// Parses valid UTF-8 as one JSON value; a value must survive a round trip.
private func checkParser(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.isValidUTF8 else { return }
    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes)
    } catch {
        Invariants.check(error, context: "parse")
        require([.malformedJSON, .duplicateKey].contains(error.code), "parse: \(error)")
        return
    }
    var text = value.serialized
    let again = text.withUTF8 { utf8 in Result { () throws(FieldProblem) in try JSONParser.parse(utf8) } }
    require(again == .success(value), "round trip changed \(text): \(again)")
}

/// Decodes the bytes as one record from memory: either a record that keeps
/// the rules, with a plain id, or an error listing problems, each sound.
private func checkRecord<Record>(
    _ bytes: UnsafeRawBufferPointer, decode: (UnsafeRawBufferPointer) throws(RecordError) -> Record,
    rules: (Record) -> [FieldProblem]
) {
    do {
        let record = try decode(bytes)
        require(rules(record).isEmpty, "a record decoded against the rules: \(rules(record))")
    } catch {
        require(!error.problems.isEmpty, "a record error without problems")
        for problem in error.problems { Invariants.check(problem, context: "decode") }
    }
}

/// Reads every line with ``JSONLinesReader`` and checks lines and problems.
private func checkLines(path: String, lineCount: Int) {
    do {
        var reader = JSONLinesReader(lines: try LineReader(path: path))
        var lastLine = 0
        while let result = try reader.next() {
            let line: Int
            switch result {
            case .success(let record): line = record.line
            case .failure(let error):
                Invariants.check(error, path: path, lineCount: lineCount)
                line = error.line
            }
            require(line > lastLine && line <= lineCount, "line \(line) after \(lastLine)")
            lastLine = line
        }
    } catch {
        fatalError("reading a file just written failed: \(error)")
    }
}
