import Hummingbird
import JobMatch

/// `PUT`, `GET` and `DELETE /v1/{records}/{id}` and `POST /v1/{records}/bulk`
/// for posts or seekers: the same four routes over either kind of record.
struct RecordRoutes<Record: Encodable & Sendable> {
    /// The path segment: `posts` or `seekers`.
    let path: String
    let kind: RecordError.Kind
    let find: @Sendable (String) -> Record?
    let put: @Sendable (String, [UInt8]) async throws -> (Record, created: Bool)
    let remove: @Sendable (String) async throws -> Bool
    let bulk: @Sendable ([UInt8]) async throws -> Int

    func add<Context: RequestContext>(readers: RouterGroup<Context>, writers: RouterGroup<Context>) {
        readers.get("\(path)/{id}") { _, context in
            let id = try RequestParameters.id("id", of: context)
            guard let record = find(id) else { throw ServiceProblem.notFound("no \(kind.rawValue) with id '\(id)'") }
            return try JSONBody.response(record)
        }
        writers.put("\(path)/{id}") { request, context in
            let id = try RequestParameters.id("id", of: context)
            let (record, created) = try await put(id, try await RequestBody.json(request))
            return try JSONBody.response(record, status: created ? .created : .ok)
        }
        writers.delete("\(path)/{id}") { _, context in
            let id = try RequestParameters.id("id", of: context)
            guard try await remove(id) else { throw ServiceProblem.notFound("no \(kind.rawValue) with id '\(id)'") }
            return Response(status: .noContent)
        }
        writers.post("\(path)/bulk") { request, _ in
            return try JSONBody.response(Upserted(upserted: try await bulk(try await RequestBody.jsonLines(request))))
        }
    }
}

/// The answer of a bulk upload.
private struct Upserted: Encodable {
    var upserted: Int
}
