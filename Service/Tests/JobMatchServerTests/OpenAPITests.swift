import Foundation
@testable import JobMatchServer
import Testing

/// `/openapi.json` describes exactly the routes the router has.
@Suite("OpenAPI document")
struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndBack() throws {
        let document = try #require(JSONSerialization.jsonObject(with: Data(OperationRoutes.document())) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods = Set(["get", "put", "post", "delete", "patch", "head", "options"])
        let documented = Set(paths.flatMap { path, operations in
            operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(Self.pattern(path))" }
        })
        let routed = Set(AccessTests.routes.map { "\($0.method.rawValue) \(Self.pattern($0.path))" })
        #expect(routed.subtracting(documented).isEmpty, "routes not in the document")
        #expect(documented.subtracting(routed).isEmpty, "documented routes the router lacks")
    }

    /// A path with its parameters, whatever their names, as `*`.
    static func pattern(_ path: String) -> String {
        path.split(separator: "/").map { $0.hasPrefix("{") || $0 == "x1" ? "*" : String($0) }.joined(separator: "/")
    }
}
