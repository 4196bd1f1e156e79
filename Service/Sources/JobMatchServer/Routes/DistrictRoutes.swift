import Hummingbird
import JobMatch

/// The city's districts by centre, for the console's map:
/// `GET /v1/districts`, in the order of the `--districts` file.
struct DistrictRoutes {
    let service: MatchService

    /// Adds `GET /v1/districts` to the readers' routes.
    func add<Context: RequestContext>(readers: RouterGroup<Context>) {
        readers.get("districts") { _, _ in
            try JSONBody.response(DistrictList(districts: service.districts))
        }
    }
}

/// The answer of `GET /v1/districts`: each district in its file's shape.
private struct DistrictList: Encodable {
    var districts: [District]
}
