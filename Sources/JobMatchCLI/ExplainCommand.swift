import ArgumentParser
import JobMatch

/// `jobmatch explain`: why one pair scores what it does, or why it is infeasible.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one seeker–post pair: each requirement's credit, distance, wage, bonus and broken rules."
    )

    /// The formats of an explanation.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions

    @Option(help: "The seeker's id.")
    var seeker: String

    @Option(help: "The post's id.")
    var post: String

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let configuration = try scoring.resolved()
        let data = try input.load()
        guard let seekerRecord = data.seekers.records.first(where: { $0.id == seeker }) else {
            throw CommandFailure.unknownRecord(UnknownRecordError(kind: .seeker, id: seeker), in: input.seekers)
        }
        let engine = try EngineFactory.engine(for: data, configuration: configuration)
        guard let postRecord = engine.post(id: post) else {
            throw CommandFailure.unknownRecord(UnknownRecordError(kind: .post, id: post), in: input.posts)
        }
        let explanation: PairExplanation
        do {
            explanation = try engine.explain(seekerRecord, postID: post)
        } catch {
            throw CommandFailure.badInput(["\(error)"])
        }
        let target = try OutputTarget(path: nil)
        switch format {
        case .text: try target.write(ExplanationWriter.text(explanation, seeker: seekerRecord, post: postRecord))
        case .json: try target.write(try ExplanationWriter.json(explanation))
        }
    }
}
