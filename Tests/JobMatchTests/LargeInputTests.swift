import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Inputs larger than memory")
struct LargeInputTests {
    @Test("a file too large to hold in memory is refused before it is read")
    func refused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("seekers.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("id,lat,lon\n".utf8))
        // A sparse file: its size is past the limit, its blocks are not on disk.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: ProcessInfo.processInfo.physicalMemory / 4 + 1)
        try handle.close()

        let loaded = InputLoader.loadSeekers(path: path, taxonomy: WorkedExample.taxonomy)
        #expect(loaded.records.isEmpty)
        #expect(loaded.problems.map(\.problem.code) == [.fileTooLarge])
        #expect(loaded.problems.first?.description.contains("split the file") == true)
    }
}
