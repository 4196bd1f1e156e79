import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns every error into an RFC 9457 answer: the service's own problems
/// as they are, Hummingbird's not-found into 404 `not-found` (or 405 with
/// `Allow` where the path takes other methods), an oversize body into 413,
/// and anything else into 500 `internal-error`, logged by type only.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ServiceProblem {
            return try problem.response(from: request, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = routes.methods(forPath: request.uri.path)
            let problem = allowed.isEmpty
                ? ServiceProblem.notFound("no route \(request.method.rawValue) \(request.uri.path)")
                : ServiceProblem.methodNotAllowed(allowed: allowed)
            return try problem.response(from: request, context: context)
        } catch is NIOTooManyBytesError {
            return try ServiceProblem.bodyTooLarge(limit: RequestBody.limit(for: request)).response(from: request, context: context)
        } catch {
            logger.error("request failed", metadata: ["error": "\(type(of: error))"])
            return try ServiceProblem.internalError().response(from: request, context: context)
        }
    }
}
