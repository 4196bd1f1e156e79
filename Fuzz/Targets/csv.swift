@testable import JobMatchModel

/// Fuzzes the CSV reader, then the loader of the kind of record it
/// names (``Invariants/checkLoader(path:bytes:)``) over the same file.
///
/// A first byte 0xFF, never part of UTF-8 text, reads the rest in chunks
/// of a few bytes instead (``Invariants/checkChunking(_:format:)``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    if bytes.first == 0xFF {
        Invariants.checkChunking(UnsafeRawBufferPointer(rebasing: bytes.dropFirst()), format: .csv)
        return 0
    }
    let path = FuzzFile.write(bytes, fileExtension: "csv")
    let lineCount = Invariants.lineCount(bytes)
    checkRecords(path: path, lineCount: lineCount)
    Invariants.checkLoader(path: path, bytes: bytes)
    return 0
}

/// Reads every record with ``CSVReader`` and checks lines and fields.
private func checkRecords(path: String, lineCount: Int) {
    let text: InputText
    do {
        text = try InputText(path: path)
    } catch {
        fatalError("reading a file just written failed: \(error)")
    }
    text.withLines { bytes, range in
        var reader = CSVReader(path: path, lines: Lines(bytes, range: range, firstNumber: 1))
        var lastLine = 0
        while let result = reader.next() {
            switch result {
            case .success(let record):
                require(record.line > lastLine && record.line <= lineCount, "record line \(record.line) after \(lastLine)")
                require(!record.fields.isEmpty, "a record without fields")
                lastLine = record.line
            case .failure(let error):
                Invariants.check(error, path: path, lineCount: lineCount)
                require(error.line >= 1, "a record problem at line 0: \(error)")
            }
        }
    }
}
