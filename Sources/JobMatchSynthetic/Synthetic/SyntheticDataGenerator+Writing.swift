import JobMatch
import Foundation

extension SyntheticDataGenerator {
    /// Writes the taxonomy, the employers and the first `seekers` seekers and
    /// `posts` posts into `directory` as `skills`, `districts`, `employers`,
    /// `seekers` and `posts` files in `format`, laid out as FORMATS.md
    /// describes, and with `planned` above 0 the first `planned` posts of
    /// the planned project as `planned`.
    ///
    /// Records are made and written one at a time through a buffer, so
    /// memory stays constant. Each file is written under a temporary name
    /// and all are renamed into place only once every one is complete; on
    /// failure the temporary files are removed. `employers` is not read by
    /// the engine: it names the firms behind the ids.
    ///
    /// - Parameters:
    ///   - seekers: how many seekers to write.
    ///   - posts: how many posts to write.
    ///   - planned: how many posts of the planned project to write.
    ///   - directory: the output directory, created if missing.
    ///   - format: CSV or JSON Lines.
    /// - Throws: ``FileWriteError`` naming the file and the system's reason.
    /// - Complexity: O(seekers + posts) time, O(1) memory.
    public func write(
        seekers: Int, posts: Int, planned: Int = 0, to directory: URL, format: RecordFileFormat
    ) throws(FileWriteError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateDirectory(path: directory.path, reason: "\(error)")
        }
        func destination(_ name: String) -> URL {
            directory.appendingPathComponent(name).appendingPathExtension(format.fileExtension)
        }
        var staged: [StagedTextFile] = []
        do throws(FileWriteError) {
            staged.append(try StagedTextFile(writing: taxonomy.skills, to: destination("skills"), format: format))
            staged.append(try StagedTextFile(writing: catalog.reportDistricts, to: destination("districts"), format: format))
            staged.append(try StagedTextFile(writing: employers, to: destination("employers"), format: format))
            staged.append(try StagedTextFile(
                writing: self.seekers(count: seekers), to: destination("seekers"), format: format))
            staged.append(try StagedTextFile(
                writing: self.posts(count: posts), to: destination("posts"), format: format))
            if planned > 0 {
                staged.append(try StagedTextFile(
                    writing: (0..<planned).lazy.map(plannedPost(at:)), to: destination("planned"), format: format))
            }
            for file in staged { try file.moveIntoPlace() }
        } catch {
            for file in staged { file.discard() }
            throw error
        }
    }
}
