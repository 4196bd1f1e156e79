import Hummingbird
import JobMatch

/// The taxonomy: `GET /v1/skills`, `GET` and `PUT /v1/skills/{id}`.
struct SkillRoutes {
    let service: MatchService

    func add<Context: RequestContext>(readers: RouterGroup<Context>, writers: RouterGroup<Context>) {
        readers.get("skills") { _, _ in
            return try JSONBody.response(Skills(skills: service.index.snapshot.taxonomy.skills))
        }
        readers.get("skills/{id}") { _, context in
            let id = try RequestParameters.id("id", of: context)
            guard let skill = service.index.snapshot.taxonomy[id] else { throw ServiceProblem.notFound("no skill with id '\(id)'") }
            return try JSONBody.response(skill)
        }
        writers.put("skills/{id}") { request, context in
            let id = try RequestParameters.id("id", of: context)
            let (skill, created) = try await service.putSkill(id: id, body: try await RequestBody.json(request))
            return try JSONBody.response(skill, status: created ? .created : .ok)
        }
    }
}

/// The answer of `GET /v1/skills`: the taxonomy in order.
private struct Skills: Encodable {
    var skills: [Skill]
}
