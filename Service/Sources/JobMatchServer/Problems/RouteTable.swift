import HTTPTypes
import Synchronization

/// The routes of the router as path patterns, to answer a method the path
/// does not take with 405 and the methods it does.
///
/// Filled once the routes are added, read on each unmatched request.
final class RouteTable: Sendable {
    private let routes = Mutex<[(segments: [Substring], method: HTTPRequest.Method)]>([])

    /// Records the routes: `description` is Hummingbird's, such as `/v1/posts/{id}`.
    func record(_ routes: [(path: String, method: HTTPRequest.Method)]) {
        self.routes.withLock { $0 = routes.map { (Self.segments($0.path), $0.method) } }
    }

    /// The methods of the most specific pattern `path` matches, as the
    /// router resolves it (literal segments before parameters); none if it
    /// matches none.
    func methods(forPath path: String) -> [HTTPRequest.Method] {
        let segments = Self.segments(path)
        return routes.withLock { routes in
            let matches = routes.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { Self.isParameter($0) || $0 == $1 }
            }
            // The router prefers a literal segment to a parameter, from the left.
            let best = matches.map { $0.segments.map(Self.isParameter) }.min { $0.lexicographicallyPrecedes($1) { !$0 && $1 } }
            return matches.filter { $0.segments.map(Self.isParameter) == best }.map(\.method)
                .sorted { $0.rawValue < $1.rawValue }
        }
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func isParameter(_ segment: Substring) -> Bool {
        segment.hasPrefix("{") || segment.hasPrefix(":")
    }
}
