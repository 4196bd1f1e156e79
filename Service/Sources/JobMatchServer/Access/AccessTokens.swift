import Foundation

/// The bearer tokens the service accepts, each with its role, from
/// `--tokens F`: `{"tokens": [{"token": "…", "role": "reader"|"writer"}]}`.
///
/// Tokens are compared in constant time, every one of them on every
/// request, so that neither a match nor its position shows in the timing;
/// they are never logged.
public struct AccessTokens: Sendable {
    private let entries: [(token: [UInt8], role: Role)]

    /// The tokens and roles given.
    public init(_ entries: [(token: String, role: Role)]) {
        self.entries = entries.map { (Array($0.token.utf8), $0.role) }
    }

    /// Reads a tokens file.
    ///
    /// - Throws: ``ServerSetupError`` naming the file and what is wrong: not
    ///   readable, not the documented JSON, an empty or repeated token, or no token at all.
    public init(file path: String) throws(ServerSetupError) {
        struct File: Decodable {
            struct Entry: Decodable {
                var token: String
                var role: Role
            }
            var tokens: [Entry]
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .badTokens(path: path, reason: "expected {\"tokens\": [{\"token\": \"…\", \"role\": \"reader\" or \"writer\"}]}")
        }
        guard !file.tokens.isEmpty else { throw .badTokens(path: path, reason: "no token") }
        guard file.tokens.allSatisfy({ !$0.token.isEmpty }) else { throw .badTokens(path: path, reason: "an empty token") }
        guard Set(file.tokens.map(\.token)).count == file.tokens.count else {
            throw .badTokens(path: path, reason: "a token given twice")
        }
        self.init(file.tokens.map { ($0.token, $0.role) })
    }

    /// The role of `token`, or `nil` if it is not one of the tokens.
    func role(of token: Substring) -> Role? {
        let presented = Array(token.utf8)
        var found: Role?
        for entry in entries where Self.constantTimeEquals(entry.token, presented) {
            found = max(found ?? entry.role, entry.role)
        }
        return found
    }

    /// Whether `a` equals `b`, in time that depends on their lengths only.
    private static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count) | (a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
