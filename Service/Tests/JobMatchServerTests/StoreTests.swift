import Foundation
import GRDB
@testable import JobMatch
@testable import JobMatchServer
import Testing

/// The store of record: what it keeps, and what it refuses to open.
@Suite("Store of record")
struct StoreTests {
    @Test func acknowledgedWritesAreThereAfterARestart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try TestService(folder: folder)
        let post = try Post(json: EndpointTests.post, taxonomy: first.index.snapshot.taxonomy, defaultID: "K1")
        _ = try await first.server.service.putPost(id: "K1", body: Array(EndpointTests.post.utf8))
        _ = try await first.server.service.removeSeeker(id: "S000002")
        _ = try await first.server.service.putSkill(id: "baking", body: Array(#"{"name": "Baking", "group": "catering", "max_level": 5}"#.utf8))
        let before = first.index.snapshot
        first.server.service.close()
        let second = try TestService(imports: ImportFiles(), folder: folder)
        let after = second.index.snapshot
        #expect(after.post(id: "K1") == post)
        #expect(after.seeker(id: "S000002") == nil)
        #expect(after.taxonomy.skills == before.taxonomy.skills)
        #expect(after.posts == before.posts && after.seekers.map(\.id) == before.seekers.map(\.id))
    }

    @Test func aDamagedFileIsRefusedAndLeftAsItIs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite")
        let bytes = Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try bytes.write(to: path)
        let error = #expect(throws: ServerSetupError.self) { _ = try TestService(imports: ImportFiles(), folder: folder) }
        #expect("\(error!)".contains("damaged"))
        #expect(try Data(contentsOf: path) == bytes)
    }

    @Test func aForeignDatabaseOrAnotherVersionIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let foreign = folder.appendingPathComponent("foreign.sqlite")
        try DatabaseQueue(path: foreign.path).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        let refusal = #expect(throws: ServerSetupError.self) {
            _ = try TestService(imports: ImportFiles(), storeName: "foreign.sqlite", folder: folder)
        }
        #expect("\(refusal!)".contains("not a JobMatch store"))
        _ = try TestService(imports: ImportFiles(), storeName: "newer.sqlite", folder: folder)
        try DatabaseQueue(path: folder.appendingPathComponent("newer.sqlite").path).write {
            try $0.execute(sql: "UPDATE store_info SET value = '2' WHERE key = 'version'")
        }
        let newer = #expect(throws: ServerSetupError.self) {
            _ = try TestService(imports: ImportFiles(), storeName: "newer.sqlite", folder: folder)
        }
        #expect("\(newer!)".contains("version 2"))
    }

    @Test func aBadImportFileImportsNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let posts = folder.appendingPathComponent("posts.csv")
        try "id,employer,lat,lon,wage_min,wage_max\nQ1,E1,30,115,1,2\nQ2,E1,91,115,1,2\n".write(to: posts, atomically: true, encoding: .utf8)
        let error = #expect(throws: ServerSetupError.self) {
            _ = try TestService(imports: ImportFiles(taxonomy: TestService.fixture("skills.csv"), posts: posts.path), folder: folder)
        }
        #expect("\(error!)".contains("posts.csv:3: field 'lat'"))
        let reopened = try TestService(imports: ImportFiles(), folder: folder)
        #expect(reopened.index.snapshot.postCount == 0 && reopened.index.snapshot.taxonomy.skills.isEmpty)
    }

    @Test func aBadDistrictsFileImportsNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let districts = folder.appendingPathComponent("districts.csv")
        try "id,name,name_zh,lat,lon\nxialu,Xialu District,下陆区,30.172,114.972\ndaye,Daye City,,91,114.98\n"
            .write(to: districts, atomically: true, encoding: .utf8)
        let error = #expect(throws: ServerSetupError.self) {
            _ = try TestService(imports: ImportFiles(taxonomy: TestService.fixture("skills.csv"), districts: districts.path), folder: folder)
        }
        #expect("\(error!)".contains("districts.csv:3: field 'lat'"), "\(error!)")
        #expect("\(error!)".hasSuffix("nothing was imported"))
        let missing = #expect(throws: ServerSetupError.self) {
            _ = try TestService(imports: ImportFiles(districts: folder.appendingPathComponent("absent.csv").path), folder: folder)
        }
        #expect("\(missing!)".contains("absent.csv"), "\(missing!)")
        let reopened = try TestService(imports: ImportFiles(), folder: folder)
        #expect(reopened.index.snapshot.taxonomy.skills.isEmpty && reopened.server.service.districts.isEmpty)
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
