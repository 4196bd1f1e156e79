import Hummingbird
import JobMatch
import Logging

/// The matching service, ready to run: the HTTP application and the state
/// it serves, which the caller closes once the application has stopped.
public struct MatchServer: Sendable {
    /// The application to run (``run()`` or Hummingbird's `runService()`).
    public let application: Application<RouterResponder<BasicRequestContext>>
    let service: MatchService

    /// Opens the store, builds the index, imports the files and builds the
    /// router: `/v1` behind bearer-token roles, the operators' routes and
    /// the browser console open.
    ///
    /// - Throws: ``ServerSetupError`` when the configuration, the store or
    ///   an import file is unusable.
    public init(_ configuration: ServerConfiguration, logger: Logger) throws(ServerSetupError) {
        try configuration.validate()
        let service = try MatchService(
            storePath: configuration.storePath, importing: configuration.imports, options: configuration.options)
        let router = Self.router(service: service, tokens: configuration.tokens, logger: logger)
        self.service = service
        application = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "jobmatch"),
            logger: logger)
    }

    /// Runs until SIGTERM or SIGINT: then stops accepting, answers every
    /// request under way, and closes the store.
    public func run() async throws {
        try await application.runService()
        service.close()
    }

    static func router(service: MatchService, tokens: AccessTokens?, logger: Logger) -> Router<BasicRequestContext> {
        // HEAD answers as GET does without the body, on every GET route (the console's pages among them).
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        let routes = RouteTable()
        router.add(middleware: RequestObservation(metrics: service.metrics, logger: logger))
        router.add(middleware: ProblemMiddleware(routes: routes, logger: logger))
        OperationRoutes(service: service, openAPI: OperationRoutes.document()).add(to: router)
        ConsoleRoutes(files: .bundled()).add(to: router)
        let readers = router.group("v1").add(middleware: AccessMiddleware(tokens: tokens, required: .reader))
        let writers = router.group("v1").add(middleware: AccessMiddleware(tokens: tokens, required: .writer))
        SkillRoutes(service: service).add(readers: readers, writers: writers)
        RecordRoutes<Post>(
            path: "posts", kind: .post, find: { service.index.snapshot.post(id: $0) },
            put: { try await service.putPost(id: $0, body: $1) }, remove: { try await service.removePost(id: $0) },
            bulk: { try await service.bulkPosts(body: $0) }
        ).add(readers: readers, writers: writers)
        RecordRoutes<Seeker>(
            path: "seekers", kind: .seeker, find: { service.index.snapshot.seeker(id: $0) },
            put: { try await service.putSeeker(id: $0, body: $1) }, remove: { try await service.removeSeeker(id: $0) },
            bulk: { try await service.bulkSeekers(body: $0) }
        ).add(readers: readers, writers: writers)
        MatchRoutes(service: service).add(readers: readers)
        DistrictRoutes(service: service).add(readers: readers)
        // Every GET answers HEAD too, so a 405's `Allow` names both.
        routes.record(router.routes.flatMap { route in
            (route.method == .get ? [.get, .head] : [route.method]).map { ("\(route.path)", $0) }
        })
        return router
    }
}
