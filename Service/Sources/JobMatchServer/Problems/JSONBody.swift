import Foundation
import HTTPTypes
import Hummingbird
import JobMatch

/// JSON answers, written as the command line writes JSON (``JSONText``):
/// keys sorted, so the same value always gives the same bytes.
enum JSONBody {
    /// `value` as one line of JSON.
    static func bytes(_ value: some Encodable) throws -> [UInt8] {
        Array(try JSONText.data(value))
    }

    /// `value` as an `application/json` answer with `status`.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try bytes(value))))
    }
}
