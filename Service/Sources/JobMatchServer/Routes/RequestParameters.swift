import Foundation
import Hummingbird
import JobMatch

/// The path and query parameters of the `/v1` routes, checked.
enum RequestParameters {
    /// The path parameter `name`, percent-decoded (`%E6%B1%82` is `求`), an
    /// id that keeps the id rule.
    ///
    /// - Throws: 400 `bad-parameter` for an id that breaks it, with the
    ///   rule's own code (`id-control-character`, …) in `problems`.
    static func id(_ name: String, of context: some RequestContext) throws -> String {
        let raw = context.parameters.get(name) ?? ""
        guard let id = raw.removingPercentEncoding else {
            throw ServiceProblem.badParameter(FieldProblem(
                .invalidUTF8, field: name, value: raw, expected: "a percent-encoded id of UTF-8 text"))
        }
        if let problem = IdentifierRule.problem(with: id, field: name) ?? (id.isEmpty ? missing(name) : nil) {
            throw ServiceProblem.badParameter(problem)
        }
        return id
    }

    /// The query parameter `top`: 1 … 1000, 10 if absent.
    ///
    /// - Throws: 400 `bad-parameter` for anything else.
    static func top(of request: Request) throws -> Int {
        let expected = "a whole number 1…1000"
        let values = request.uri.queryParameters.getAll("top")
        guard let text = values.first else { return 10 }
        guard values.count == 1, let top = Int(text), (1...1_000).contains(top) else {
            throw ServiceProblem.badParameter(FieldProblem(.outOfRange, field: "top", value: values.joined(separator: ","), expected: expected))
        }
        return top
    }

    /// The fairness constraint of a post's list, if asked for:
    /// `fair_group` (with `fair_p` and `fair_alpha`, 0.1 each if absent)
    /// or `fair_shares=group=share,…`, as `jobmatch rank`'s options.
    ///
    /// - Throws: 400 `bad-parameter` naming the parameter: an unknown group
    ///   (`unknown-key-group`), a number that is not one or out of range, both
    ///   kinds at once, or `fair_p` / `fair_alpha` without `fair_group`.
    static func fairness(of request: Request) throws -> FairnessPolicy? {
        let query = request.uri.queryParameters
        func single(_ name: String) throws -> String? {
            let values = query.getAll(name)
            guard values.count <= 1 else {
                throw ServiceProblem.badParameter(FieldProblem(
                    .outOfRange, field: name, value: values.joined(separator: ","), expected: "one value"))
            }
            return values.first.map { String($0) }
        }
        func number(_ name: String, expected: String, default value: Double, within valid: (Double) -> Bool) throws -> Double {
            guard let text = try single(name) else { return value }
            guard let number = Double(text), number.isFinite else {
                throw ServiceProblem.badParameter(FieldProblem(.notANumber, field: name, value: text, expected: expected))
            }
            guard valid(number) else {
                throw ServiceProblem.badParameter(FieldProblem(.outOfRange, field: name, value: text, expected: expected))
            }
            return number
        }
        func group(_ code: Substring, field: String) throws -> SeekerGroup {
            guard let group = SeekerGroup(String(code)) else {
                throw ServiceProblem.badParameter(FieldProblem(
                    .unknownKeyGroup, field: field, value: String(code),
                    expected: "one of " + SeekerGroup.codes.joined(separator: ", ")))
            }
            return group
        }
        let policy: FairnessPolicy
        let (groupText, sharesText) = (try single("fair_group"), try single("fair_shares"))
        if let sharesText {
            if let other = ["fair_group", "fair_p", "fair_alpha"].first(where: { !query.getAll($0).isEmpty }) {
                throw ServiceProblem.badParameter(FieldProblem(
                    .outOfRange, field: other, expected: "fair_shares or fair_group, not both"))
            }
            let items = sharesText.split(separator: ",", omittingEmptySubsequences: false)
            policy = .shares(try items.map { item in
                let parts = item.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, let share = Double(parts[1]), share.isFinite else {
                    throw ServiceProblem.badParameter(FieldProblem(
                        .malformedList, field: "fair_shares", value: sharesText, expected: "group=share,… with shares in [0, 1]"))
                }
                return GroupShare(group: try group(parts[0], field: "fair_shares"), share: share)
            })
        } else if let groupText {
            policy = .protected(
                try group(Substring(groupText), field: "fair_group"),
                p: try number("fair_p", expected: "a number in [0, 1)", default: FairnessPolicy.defaultP) { $0 >= 0 && $0 < 1 },
                alpha: try number("fair_alpha", expected: "a number in (0, 1)", default: FairnessPolicy.defaultAlpha) {
                    $0 > 0 && $0 < 1
                })
        } else {
            if let other = ["fair_p", "fair_alpha"].first(where: { !query.getAll($0).isEmpty }) {
                throw ServiceProblem.badParameter(FieldProblem(.missingField, field: "fair_group", expected: "a group for \(other)"))
            }
            return nil
        }
        do {
            try policy.validate()
        } catch {
            throw ServiceProblem.badParameter(FieldProblem(.outOfRange, field: "fair_shares", expected: error.description))
        }
        return policy
    }

    private static func missing(_ name: String) -> FieldProblem {
        FieldProblem(.missingField, field: name, expected: "an id")
    }
}
