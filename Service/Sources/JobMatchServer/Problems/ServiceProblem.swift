import Foundation
import HTTPTypes
import Hummingbird
import JobMatch

/// An error answered as RFC 9457 `application/problem+json`:
/// `{"type": "urn:jobmatch:problem:<code>", "title", "status", "detail", "problems": […]}`.
///
/// `problems` lists every bad value, each with the CLI's stable code; a
/// problem of a bulk body also names its line and the record's id.
struct ServiceProblem: HTTPResponseError {
    /// One bad value.
    struct Item: Encodable, Equatable {
        var field: String
        var code: String
        var value: String?
        var expected: String
        var line: Int?
        var id: String?

        init(_ problem: FieldProblem, line: Int? = nil, id: String? = nil) {
            (field, code, value, expected) = (problem.field, problem.code.rawValue, problem.value, problem.expected)
            (self.line, self.id) = (line, id)
        }

        init(field: String, code: String, value: String?, expected: String) {
            (self.field, self.code, self.value, self.expected) = (field, code, value, expected)
        }

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case field, code, value, expected, line, id }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(field, forKey: .field)
            try container.encode(code, forKey: .code)
            try container.encode(value, forKey: .value)
            try container.encode(expected, forKey: .expected)
            try container.encodeIfPresent(line, forKey: .line)
            if line != nil || id != nil { try container.encode(id, forKey: .id) }
        }
    }

    let status: HTTPResponse.Status
    /// The stable code: the `<code>` of `type`.
    let code: String
    let title: String
    let detail: String
    var problems: [Item] = []
    /// Headers the answer carries besides its content type.
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ProblemBody(type: "urn:jobmatch:problem:\(code)", title: title, status: status.code, detail: detail, problems: problems)
        var headers = headers
        headers[.contentType] = "application/problem+json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try JSONBody.bytes(body))))
    }
}

extension ServiceProblem {
    static func unauthorized() -> ServiceProblem {
        ServiceProblem(
            status: .unauthorized, code: "unauthorized", title: "Unauthorized",
            detail: "send Authorization: Bearer <token> with a token of the service", headers: [.wwwAuthenticate: "Bearer"])
    }

    static func forbidden(required: Role) -> ServiceProblem {
        ServiceProblem(
            status: .forbidden, code: "forbidden", title: "Forbidden",
            detail: "this call needs a token with the \(required.rawValue) role")
    }

    static func notFound(_ detail: String) -> ServiceProblem {
        ServiceProblem(status: .notFound, code: "not-found", title: "Not found", detail: detail)
    }

    static func notFound(_ error: UnknownRecordError) -> ServiceProblem {
        notFound(error.description)
    }

    static func methodNotAllowed(allowed: [HTTPRequest.Method]) -> ServiceProblem {
        let methods = allowed.map(\.rawValue).joined(separator: ", ")
        return ServiceProblem(
            status: .methodNotAllowed, code: "method-not-allowed", title: "Method not allowed",
            detail: "this path takes \(methods)", headers: [.allow: methods])
    }

    /// A bad path or query parameter: 400 `bad-parameter`, the value's own
    /// problem (such as `id-separator`) in `problems`.
    static func badParameter(_ problem: FieldProblem) -> ServiceProblem {
        ServiceProblem(
            status: .badRequest, code: "bad-parameter", title: "Bad parameter",
            detail: "\(problem.field): expected \(problem.expected)", problems: [Item(problem)])
    }

    static func bodyTooLarge(limit: Int) -> ServiceProblem {
        ServiceProblem(
            status: .contentTooLarge, code: "body-too-large", title: "Body too large",
            detail: "the body is over \(limit) bytes")
    }

    static func unsupportedMediaType(_ given: String?, expected: [String]) -> ServiceProblem {
        ServiceProblem(
            status: .unsupportedMediaType, code: "unsupported-media-type", title: "Unsupported media type",
            detail: "Content-Type \(given.map { "'\($0)'" } ?? "missing"): expected \(expected.joined(separator: " or "))")
    }

    /// A record that breaks the model: 400 `malformed-json` for a body that
    /// is not a JSON object, else 422 with every bad field.
    static func invalid(_ error: RecordError) -> ServiceProblem {
        if error.problems.count == 1, let only = error.problems.first,
           [.malformedJSON, .invalidUTF8].contains(only.code) {
            return ServiceProblem(
                status: .badRequest, code: "malformed-json", title: "Malformed JSON",
                detail: "the body is not a JSON object: \(only.expected)", problems: [Item(only)])
        }
        return ServiceProblem(
            status: .unprocessableContent, code: error.problems[0].code.rawValue, title: "Invalid record",
            detail: "\(error.kind.rawValue) '\(error.id)': \(error.problems.count) bad value(s)",
            problems: error.problems.map { Item($0) })
    }

    /// Records of a batch that break the model, or stored records that a
    /// taxonomy change would break: 422, each problem with its record's id.
    static func invalid(_ error: InvalidRecordsError) -> ServiceProblem {
        let items = error.errors.flatMap { record in record.problems.map { Item($0, id: record.id) } }
        return ServiceProblem(
            status: .unprocessableContent, code: items[0].code, title: "Invalid records",
            detail: error.errors.map(\.description).joined(separator: "; "), problems: items)
    }

    /// The lines of a bulk body that break the model: 422, each problem
    /// with its line and its record's id if it could be read.
    static func invalid(lines rejected: [RejectedRecord], others: [InputError]) -> ServiceProblem {
        let items = others.map { Item($0.problem, line: $0.line > 0 ? $0.line : nil) }
            + rejected.flatMap { record in record.problems.map { Item($0, line: record.line, id: record.id) } }
        return ServiceProblem(
            status: .unprocessableContent, code: items.first?.code ?? "malformed-json", title: "Invalid lines",
            detail: "\(rejected.count) bad line(s); nothing was stored", problems: items)
    }

    static func idMismatch(path: String, body: String) -> ServiceProblem {
        ServiceProblem(
            status: .unprocessableContent, code: "id-mismatch", title: "Id mismatch",
            detail: "the body's id '\(body)' is not the path's '\(path)'",
            problems: [Item(field: "id", code: "id-mismatch", value: body, expected: "the id of the path, '\(path)'")])
    }

    static func internalError() -> ServiceProblem {
        ServiceProblem(
            status: .internalServerError, code: "internal-error", title: "Internal error",
            detail: "the service failed; the request was not applied unless a later read shows it")
    }

    static func notReady() -> ServiceProblem {
        ServiceProblem(status: .serviceUnavailable, code: "not-ready", title: "Not ready", detail: "the store is closed")
    }
}

/// The JSON of a problem answer.
private struct ProblemBody: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var problems: [ServiceProblem.Item]
}
