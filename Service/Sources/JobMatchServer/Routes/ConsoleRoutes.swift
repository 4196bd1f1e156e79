import Foundation
import HTTPTypes
import Hummingbird

/// The browser console, without authentication: `GET /` is its page and
/// `GET /console/{file}` its other files, by exact name.
///
/// The page holds no data (its calls to `/v1` carry the bearer token the
/// user enters), so it needs no token. Every answer, a 404 included, carries
/// a policy that lets the page load nothing from outside the service.
struct ConsoleRoutes {
    let files: ConsoleFiles

    /// The headers of every console answer besides its content type.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-cache",
    ]

    /// Adds `GET /` and `GET /console/{file}` to `router`, outside `/v1`.
    func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("/") { _, _ in try answer("index.html") }
        router.get("console/{file}") { _, context in
            // The name is only looked up among the files read at start, so no
            // spelling of `..` or `/` reaches the file system.
            let raw = context.parameters.get("file") ?? ""
            return try answer(raw.removingPercentEncoding ?? raw)
        }
    }

    /// The file `name` with its content type, or 404 `not-found`.
    private func answer(_ name: String) throws -> Response {
        var headers = Self.securityHeaders
        guard let file = files[name] else {
            var problem = ServiceProblem.notFound("the console has no file '\(name)'")
            problem.headers = headers
            throw problem
        }
        headers[.contentType] = file.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
    }
}
