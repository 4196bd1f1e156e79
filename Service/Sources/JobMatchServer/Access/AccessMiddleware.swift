import Hummingbird

/// Lets a request through only with a bearer token of at least `required`:
/// 401 (with `WWW-Authenticate: Bearer`) for no token or an unknown one,
/// 403 for a known token whose role is too weak.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The tokens, or `nil` when the service runs without authentication.
    let tokens: AccessTokens?
    let required: Role

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let tokens else { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              let role = tokens.role(of: header.dropFirst("Bearer ".count))
        else {
            throw ServiceProblem.unauthorized()
        }
        guard role >= required else { throw ServiceProblem.forbidden(required: required) }
        return try await next(request, context)
    }
}
