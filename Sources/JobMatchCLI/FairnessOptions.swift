import ArgumentParser
import JobMatch

/// `--fair-group`, `--fair-p`, `--fair-alpha` and `--fair-shares`: a fair
/// re-ranking of each post's seekers.
struct FairnessOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Re-rank each post's seekers by FA*IR so that every prefix keeps its share of this group: a key group (disabled, long_unemployed, …) or a warning level (red, yellow, blue).",
        valueName: "group"))
    var fairGroup: String?

    @Option(help: "FA*IR: the group's target proportion p, in [0, 1). (default: 0.1)")
    var fairP: Double?

    @Option(help: "FA*IR: the significance α, in (0, 1), adjusted for testing every prefix. (default: 0.1)")
    var fairAlpha: Double?

    @Option(help: ArgumentHelp(
        "Re-rank each post's seekers by DetConstSort so that every prefix of length k holds at least ⌊share × k⌋ of each group: group=share,… .",
        valueName: "group=share,…"))
    var fairShares: String?

    /// The policy asked for, if any.
    func policy() throws -> FairnessPolicy? {
        if fairShares != nil && (fairGroup != nil || fairP != nil || fairAlpha != nil) {
            throw ValidationError("--fair-shares cannot be combined with --fair-group, --fair-p or --fair-alpha")
        }
        let policy: FairnessPolicy
        if let fairShares {
            policy = .shares(try fairShares.split(separator: ",", omittingEmptySubsequences: false).map { item in
                let parts = item.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, let share = Double(parts[1]) else {
                    throw ValidationError("--fair-shares: expected group=share, not '\(item)'")
                }
                return GroupShare(group: try Self.group(String(parts[0]), option: "--fair-shares"), share: share)
            })
        } else if let fairGroup {
            policy = .protected(
                try Self.group(fairGroup, option: "--fair-group"), p: fairP ?? FairnessPolicy.defaultP,
                alpha: fairAlpha ?? FairnessPolicy.defaultAlpha)
        } else {
            guard fairP == nil && fairAlpha == nil else { throw ValidationError("--fair-p and --fair-alpha need --fair-group") }
            return nil
        }
        do {
            try policy.validate()
        } catch {
            throw ValidationError(error.description)
        }
        return policy
    }

    private static func group(_ code: String, option: String) throws -> SeekerGroup {
        guard let group = SeekerGroup(code) else {
            throw ValidationError("\(option): unknown group '\(code)'; one of \(SeekerGroup.codes.joined(separator: ", "))")
        }
        return group
    }
}
