import Foundation
import JobMatch

/// Builds the engine for a loaded data set, turning library errors into command failures.
enum EngineFactory {
    static func engine(
        for data: DataSet, configuration: ScoringConfiguration, options: EngineOptions = EngineOptions()
    ) throws -> MatchEngine {
        do {
            return try MatchEngine(
                taxonomy: data.taxonomy, posts: data.posts.records, configuration: configuration, options: options)
        } catch {
            throw CommandFailure.badInput(["\(error)"])
        }
    }
}
