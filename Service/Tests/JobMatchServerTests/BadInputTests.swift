import Foundation
import HummingbirdTesting
@testable import JobMatchServer
import Testing

/// The readers' catalogue of bad values (`Fixtures/bad-input/values.json`),
/// each JSON case sent as a request body: 422 with the case's code and field.
@Suite("Bad input over HTTP")
struct BadInputTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var kind: String
        var format: String
        var overrides: [String: String?]
        var code: String
        var field: String
        var testDescription: String { "\(kind): \(name)" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: TestService.fixture("bad-input/values.json"))
        return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url)).filter { $0.format == "jsonl" }
    }()

    /// The valid record each case changes, as JSON literals (the readers' tests' base records).
    static let base: [String: [(String, String)]] = [
        "skill": [("id", #""sewing""#), ("name", #""Sewing""#), ("group", #""textile""#), ("max_level", "3")],
        "seeker": [("id", #""S""#), ("lat", "30.1"), ("lon", "114.9")],
        "post": [("id", #""P""#), ("employer", #""E1""#), ("lat", "30.1"), ("lon", "114.9"), ("wage_min", "5000"), ("wage_max", "7000")],
    ]

    /// The taxonomy of the readers' tests: welding, cnc_turning, forklift.
    static let taxonomy = #"""
        {"id": "welding", "name": "Welding", "name_zh": "焊接", "group": "metalwork", "max_level": 8}
        {"id": "cnc_turning", "name": "CNC turning", "group": "metalwork", "max_level": 8}
        {"id": "forklift", "name": "Forklift", "group": "logistics", "max_level": 1}
        """#

    static func json(_ testCase: Case) -> String {
        var fields = base[testCase.kind]!
        for (name, value) in testCase.overrides.sorted(by: { $0.key < $1.key }) {
            fields.removeAll { $0.0 == name }
            if let value { fields.append((name, value)) }
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    @Test(arguments: cases)
    func refusedWithItsCode(_ testCase: Case) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let skills = folder.appendingPathComponent("skills.jsonl")
        try Self.taxonomy.write(to: skills, atomically: true, encoding: .utf8)
        let service = try TestService(imports: ImportFiles(taxonomy: skills.path), folder: folder)
        let body = Self.json(testCase)
        try await service.server.application.test(.router) { client in
            let answer: TestResponse
            if testCase.kind == "skill" {
                // A bad id goes in the path, where the same rule holds.
                let isID = testCase.field == "id" && testCase.overrides["id"] != nil
                let id = isID ? (try? JSONDecoder().decode(String.self, from: Data(testCase.overrides["id"]!!.utf8))) ?? "" : "sewing"
                guard !id.isEmpty else { return }
                let path = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
                answer = try await client.send(.put, "/v1/skills/\(path)", json: isID ? body.replacingOccurrences(of: "\"id\": ", with: "\"_id\": ") : body)
                #expect(answer.status == (isID ? .badRequest : .unprocessableContent), "\(answer.text)")
            } else {
                answer = try await client.send(.post, "/v1/\(testCase.kind)s/bulk", json: body + "\n", contentType: "application/x-ndjson")
                #expect(answer.status == .unprocessableContent, "\(answer.text)")
                let lines = (answer.object["problems"] as? [[String: Any]] ?? []).map { $0["line"] as? Int }
                #expect(lines.allSatisfy { $0 == 1 })
            }
            #expect(answer.problemCodes == [testCase.code], "\(answer.text)")
            #expect(answer.problemFields == [testCase.field], "\(answer.text)")
        }
    }
}
