import Hummingbird
import JobMatch

/// The queries: a stored seeker's best posts, an unstored seeker's, a
/// stored post's best seekers, and a pair's explanation, with a stored or
/// an unstored seeker. Each runs on the index's snapshot of the moment, off
/// the cooperative pool.
struct MatchRoutes {
    let service: MatchService

    func add<Context: RequestContext>(readers: RouterGroup<Context>) {
        readers.get("seekers/{id}/matches") { request, context in
            let id = try RequestParameters.id("id", of: context)
            let top = try RequestParameters.top(of: request)
            do {
                return try JSONBody.response(try await service.index.bestPosts(forSeekerID: id, top: top))
            } catch let error as UnknownRecordError {
                throw ServiceProblem.notFound(error)
            }
        }
        readers.post("match") { request, _ in
            let top = try RequestParameters.top(of: request)
            let seeker = try await unstoredSeeker(request)
            return try JSONBody.response(try await service.index.bestPosts(for: seeker, top: top))
        }
        readers.post("match/explain/{pid}") { request, context in
            let postID = try RequestParameters.id("pid", of: context)
            let seeker = try await unstoredSeeker(request)
            let explanation: PairExplanation?
            do throws(RecordError) {
                explanation = try service.index.explain(seeker, postID: postID)
            } catch {
                throw ServiceProblem.invalid(error)
            }
            guard let explanation else { throw ServiceProblem.notFound(UnknownRecordError(kind: .post, id: postID)) }
            return try JSONBody.response(explanation)
        }
        readers.get("posts/{id}/matches") { request, context in
            let id = try RequestParameters.id("id", of: context)
            let top = try RequestParameters.top(of: request)
            let policy = try RequestParameters.fairness(of: request)
            do {
                if let policy {
                    return try JSONBody.response(try await service.index.bestSeekers(forPostID: id, top: top, policy: policy))
                }
                return try JSONBody.response(try await service.index.bestSeekers(forPostID: id, top: top))
            } catch let error as UnknownRecordError {
                throw ServiceProblem.notFound(error)
            }
        }
        // `{id}`, as the seeker's other routes name it: the router takes one name a segment.
        readers.get("seekers/{id}/explain/{pid}") { _, context in
            let seekerID = try RequestParameters.id("id", of: context)
            let postID = try RequestParameters.id("pid", of: context)
            let explanation: PairExplanation
            do throws(UnknownRecordError) {
                explanation = try service.index.explain(seekerID: seekerID, postID: postID)
            } catch {
                throw ServiceProblem.notFound(error)
            }
            return try JSONBody.response(explanation)
        }
    }

    /// The seeker record of a request's body, checked as a line of a
    /// seekers file and not stored.
    ///
    /// - Throws: the body's problems (400, 413, 415), or 422 with every
    ///   problem of the record.
    private func unstoredSeeker(_ request: Request) async throws -> Seeker {
        let body = try await RequestBody.json(request)
        do throws(RecordError) {
            return try Seeker(json: body, taxonomy: service.index.snapshot.taxonomy)
        } catch {
            throw ServiceProblem.invalid(error)
        }
    }
}
