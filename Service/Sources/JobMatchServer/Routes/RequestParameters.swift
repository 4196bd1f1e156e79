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

    private static func missing(_ name: String) -> FieldProblem {
        FieldProblem(.missingField, field: name, expected: "an id")
    }
}
