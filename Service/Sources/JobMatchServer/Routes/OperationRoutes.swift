import Foundation
import Hummingbird

/// The routes for operators, without authentication: liveness, readiness,
/// Prometheus metrics and the OpenAPI document.
struct OperationRoutes {
    let service: MatchService
    /// The committed `openapi.json`, served as it is.
    let openAPI: [UInt8]

    func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("health/live") { _, _ in try JSONBody.response(HealthStatus(status: "live")) }
        router.get("health/ready") { _, _ in
            guard service.isReady else { throw ServiceProblem.notReady() }
            return try JSONBody.response(HealthStatus(status: "ready"))
        }
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: service.metrics.exposition())))
        }
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: openAPI)))
        }
    }

    /// The OpenAPI document bundled with the service.
    static func document() -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { preconditionFailure("openapi.json is missing from the service's resources") }
        return Array(data)
    }
}

/// The answer of the health routes.
private struct HealthStatus: Encodable {
    var status: String
}
