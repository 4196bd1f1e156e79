import ArgumentParser
import Foundation
import JobMatch
import JobMatchReport

/// `jobmatch report`: the analyst's report of REPORTS.md, as one
/// self-contained page and, with `--json`, the same numbers as JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: """
            The plan's questions answered on one page: skills, circles, hard-to-fill posts, training, \
            key groups, a planned project.
            """,
        discussion: """
            Every number is defined in REPORTS.md. The page is one HTML file with inline SVG charts, \
            a table under each, no script and no network. With --json, the same numbers as JSON, \
            and the seekers with the training plan's upgrades applied beside it \
            (<name>.upgraded-seekers.<csv|jsonl>, the seekers file's format).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup(title: "Exposure after a fair re-ranking of posts' lists") var fairness: FairnessOptions

    @Option(help: "Districts with their centres (id, name, name_zh, lat, lon): district tables and the map's labels.")
    var districts: String?

    @Option(help: "Posts of a planned project: the what-if.")
    var planned: String?

    @Option(help: "Radii of the employment circles, km, comma-separated.")
    var circles = "1,3,5"

    @Option(help: "The most seekers the training plan trains.")
    var trainees = 100

    @Option(help: "optimal, stable or greedy, as for `jobmatch match`.")
    var mode: AssignmentMode = .optimal

    @Option(help: "Candidates per side, or 'all', as for `jobmatch match`.")
    var candidates: CandidateLimit = .perSide(50)

    @Option(help: "The page (HTML), written whole or not at all.")
    var output: String

    @Option(help: "The same numbers as JSON.")
    var json: String?

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        guard radii != nil else { throw ValidationError("--circles must be positive numbers of km, such as 1,3,5") }
        guard trainees >= 0 else { throw ValidationError("--trainees must be at least 0") }
        if case .perSide(let k) = candidates, k < 1 {
            throw ValidationError("--candidates must be at least 1 or 'all'")
        }
        _ = try fairness.policy()
    }

    /// The circles' radii, or `nil` if one is not a positive number.
    private var radii: [Double]? {
        let values = circles.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 && $0!.isFinite }) else { return nil }
        return values.map { $0! }
    }

    func run() throws {
        let configuration = try scoring.resolved()
        let page = try OutputTarget(path: output)
        let jsonTarget = try json.map { try OutputTarget(path: $0) }
        let upgraded = json.map { Self.upgradedSeekers(json: $0, seekers: input.seekers) }
        let upgradedTarget = try upgraded.map { try OutputTarget(path: $0.path) }
        let data = try input.load()
        let districtRecords = try districts.map { try Self.records(InputLoader.loadDistricts(path: $0)) } ?? []
        let plannedRecords = try planned.map {
            try Self.records(InputLoader.loadPosts(path: $0, taxonomy: data.taxonomy))
        } ?? []
        let progress = Progress(label: "report")
        let built: (page: ReportPage, upgradedSeekers: [Seeker])
        do {
            built = try ReportBuilder.build(
                ReportRequest(
                    taxonomy: data.taxonomy, seekers: data.seekers.records, posts: data.posts.records,
                    districts: districtRecords, planned: plannedRecords, circles: radii!, trainees: trainees,
                    mode: mode, candidates: candidates, fairness: try fairness.policy(), configuration: configuration,
                    options: threading.engineOptions,
                    inputNames: [input.taxonomy, input.seekers, input.posts] + [districts, planned].compactMap { $0 }),
                progress: { progress.report(stage: $0, $1) })
        } catch let error as RecordError {
            throw CommandFailure.badInput(["\(error)"])
        }
        progress.finish()
        var report = built.page.report
        report.training.upgradedSeekers = upgraded?.path
        var pageData = built.page
        pageData.report = report
        try page.write(ReportPageRenderer.html(pageData))
        if let jsonTarget, let upgradedTarget, let upgraded {
            try jsonTarget.write(try JSONText.text(report, pretty: true))
            try upgradedTarget.write(records: built.upgradedSeekers, format: upgraded.format)
            try upgradedTarget.commit()
            try jsonTarget.commit()
        }
        try page.commit()
        let trained = Set(report.training.plan.map(\.seeker)).count
        StandardError.line(
            "report: \(report.overview.placements) of \(report.overview.seekers) seekers placed; "
                + "training \(trained) lifts placements to \(report.training.placementsAfter)")
    }

    /// Where the upgraded seekers go: `report.json` → `report.upgraded-seekers.csv`,
    /// in the seekers file's format.
    static func upgradedSeekers(json: String, seekers: String) -> (path: String, format: RecordFileFormat) {
        let url = URL(fileURLWithPath: json)
        let stem = url.deletingPathExtension().lastPathComponent
        let format: RecordFileFormat = seekers.lowercased().hasSuffix(".jsonl") ? .jsonl : .csv
        let name = "\(stem).upgraded-seekers.\(format.fileExtension)"
        return (url.deletingLastPathComponent().appendingPathComponent(name).path, format)
    }

    /// The records of an extra input file; warnings go to stderr, and any
    /// problem stops the command before it writes anything.
    private static func records<Record>(_ loaded: Loaded<Record>) throws -> [Record] {
        for warning in loaded.warnings { StandardError.line("warning: \(warning)") }
        guard loaded.isValid else {
            throw CommandFailure.badInput(
                loaded.problems.map(\.description) + ["\(loaded.problems.count) problem(s); nothing written"])
        }
        return loaded.records
    }
}
