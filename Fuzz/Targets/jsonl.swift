@testable import JobMatchModel

/// Fuzzes the JSON parser on the whole input, decoding it as one seeker
/// and one post from memory, then the JSON Lines reader and the loader of
/// the kind of record it names (``Invariants/checkLoader(path:bytes:)``)
/// over the same bytes as a file.
///
/// A first byte 0xFF, never part of UTF-8 text, reads the rest in chunks
/// of a few bytes instead (``Invariants/checkChunking(_:format:)``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    if bytes.first == 0xFF {
        Invariants.checkChunking(UnsafeRawBufferPointer(rebasing: bytes.dropFirst()), format: .jsonl)
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
    let text: InputText
    do {
        text = try InputText(path: path)
    } catch {
        fatalError("reading a file just written failed: \(error)")
    }
    text.withLines { bytes, range in
        var reader = JSONLinesReader(path: path, lines: Lines(bytes, range: range, firstNumber: 1))
        var lastLine = 0
        while let result = reader.next() {
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
    }
}
