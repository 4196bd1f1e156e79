@testable import JobMatchModel

/// Fuzzes the CSV reader, then the loader of the kind of record it
/// names (``Invariants/checkLoader(path:bytes:)``) over the same file.
///
/// A first byte 0xFF, never part of UTF-8 text, puts the rest of the input
/// across the reader's 1 MiB chunk boundary and reads it with the reader
/// alone: the loaders read lines the same way, and 1 MiB a run is slow.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = UnsafeRawBufferPointer(start: data, count: size)
    if bytes.first == 0xFF {
        bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst())
        let padding = LineReader.chunkSize - bytes.count / 2
        checkRecords(path: FuzzFile.write(bytes, fileExtension: "csv", padding: padding), lineCount: Invariants.lineCount(bytes) + 1)
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
    do {
        var reader = CSVReader(lines: try LineReader(path: path))
        var lastLine = 0
        while let result = try reader.next() {
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
    } catch {
        fatalError("reading a file just written failed: \(error)")
    }
}
