import Hummingbird
import JobMatch

/// The city's districts by centre, for the console's map:
/// `GET /v1/districts`, in the order of the `--districts` file.
struct DistrictRoutes {
    let service: MatchService

    /// Adds `GET /v1/districts` to the readers' routes.
    func add<Context: RequestContext>(readers: RouterGroup<Context>) {
        readers.get("districts") { _, _ in
            try JSONBody.response(DistrictList(districts: service.districts.map(DistrictBody.init)))
        }
    }
}

/// The answer of `GET /v1/districts`.
private struct DistrictList: Encodable {
    var districts: [DistrictBody]
}

/// A district in its file's shape: `id, name, name_zh, lat, lon`, with
/// `name_zh` left out when the file gives none.
private struct DistrictBody: Encodable {
    var id: String
    var name: String
    var chineseName: String?
    var lat: Double
    var lon: Double

    private enum CodingKeys: String, CodingKey {
        case id, name
        case chineseName = "name_zh"
        case lat, lon
    }

    init(_ district: District) {
        (id, name, chineseName) = (district.id, district.name, district.chineseName)
        (lat, lon) = (district.centre.latitude, district.centre.longitude)
    }
}
