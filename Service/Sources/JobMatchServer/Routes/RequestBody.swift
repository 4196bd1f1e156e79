import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reading request bodies: the content type checked first, the size bounded.
enum RequestBody {
    /// The largest body of a single record, 1 MiB.
    static let recordLimit = 1 << 20
    /// The largest body of a bulk upload, 64 MiB.
    static let bulkLimit = 64 << 20
    /// The content types of a JSON Lines body.
    static let jsonLines = ["application/x-ndjson", "application/jsonl"]

    /// The limit that applies to `request`'s route.
    static func limit(for request: Request) -> Int {
        request.uri.path.hasSuffix("/bulk") ? bulkLimit : recordLimit
    }

    /// The bytes of a JSON body (`Content-Type: application/json`).
    ///
    /// - Throws: 415 for another content type, 413 for a body over 1 MiB.
    static func json(_ request: Request) async throws -> [UInt8] {
        try await bytes(request, types: ["application/json"], limit: recordLimit)
    }

    /// The bytes of a JSON Lines body.
    ///
    /// - Throws: 415 for another content type, 413 for a body over 64 MiB.
    static func jsonLines(_ request: Request) async throws -> [UInt8] {
        try await bytes(request, types: jsonLines, limit: bulkLimit)
    }

    private static func bytes(_ request: Request, types: [String], limit: Int) async throws -> [UInt8] {
        let given = request.headers[.contentType]
        let mediaType = given?.split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard let mediaType, types.contains(mediaType) else { throw ServiceProblem.unsupportedMediaType(given, expected: types) }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw ServiceProblem.bodyTooLarge(limit: limit)
        }
    }
}
