import Hummingbird
import Logging
import Metrics

/// Logs each request's route, status and duration, and counts it in the
/// metrics: never the path's ids beyond the route pattern, a query, a
/// body or a token, so no seeker's place, skills or groups.
struct RequestObservation<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let duration = ContinuousClock.now - started
        let route = context.endpointPath ?? "NotFound"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code, duration: duration)
        logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "route": "\(route)", "status": "\(response.status.code)",
            "duration_ms": "\(Double(duration.components.attoseconds / 1_000_000_000_000) / 1_000 + Double(duration.components.seconds) * 1_000)",
        ])
        return response
    }
}
