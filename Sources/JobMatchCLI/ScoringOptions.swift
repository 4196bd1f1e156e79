import ArgumentParser
import Foundation
import JobMatch

/// `--config` and flags that override single scoring parameters.
struct ScoringOptions: ParsableArguments {
    @Option(help: "A JSON file of scoring parameters (see README); flags below override it.")
    var config: String?

    @Option(name: .customLong("w-skill"), help: "Weight of the skill part.")
    var skillWeight: Double?

    @Option(name: .customLong("w-geo"), help: "Weight of the geo part.")
    var geoWeight: Double?

    @Option(name: .customLong("w-wage"), help: "Weight of the wage part.")
    var wageWeight: Double?

    @Option(name: .customLong("related-credit"), help: "Related-skill credit ρ, 0…1.")
    var relatedSkillCredit: Double?

    @Option(name: .customLong("geo-offset-km"), help: "Distance up to which geo is 1.")
    var geoOffsetKm: Double?

    @Option(name: .customLong("geo-scale-km"), help: "Distance beyond the offset where geo is 0.5.")
    var geoScaleKm: Double?

    @Option(name: .customLong("max-shortfall"), help: "Largest tolerated wage shortfall, 0…1.")
    var maxShortfall: Double?

    /// The configuration: defaults, then the file, then the flags; validated.
    func resolved() throws -> ScoringConfiguration {
        var configuration = ScoringConfiguration()
        if let config {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: config))
                configuration = try JSONDecoder().decode(ScoringConfiguration.self, from: data)
            } catch let error as DecodingError {
                throw CommandFailure.badInput(["\(config): \(Self.describe(error))"])
            } catch {
                throw CommandFailure.badInput(["\(config): cannot read: \(error.localizedDescription)"])
            }
        }
        if let skillWeight { configuration.weights.skill = skillWeight }
        if let geoWeight { configuration.weights.geo = geoWeight }
        if let wageWeight { configuration.weights.wage = wageWeight }
        if let relatedSkillCredit { configuration.relatedSkillCredit = relatedSkillCredit }
        if let geoOffsetKm { configuration.geoOffsetKm = geoOffsetKm }
        if let geoScaleKm { configuration.geoScaleKm = geoScaleKm }
        if let maxShortfall { configuration.maxShortfall = maxShortfall }
        do {
            try configuration.validate()
        } catch {
            throw CommandFailure.badInput(["\(error)"])
        }
        return configuration
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            let detail = context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
            return path.isEmpty ? "not a valid configuration: \(detail)" : "field '\(path)': \(context.debugDescription)"
        @unknown default:
            return "not a valid configuration"
        }
    }
}
