import Foundation
import HTTPTypes
import HummingbirdTesting
import JobMatch
import Testing

@testable import JobMatchServer

/// The browser console: its page and files served without a token, each
/// with its content type and the security headers, nothing else by any
/// spelling of a path, and no file that loads anything from outside the service.
@Suite("Browser console")
struct ConsoleTests {
    /// The console's source folder, which the service bundles.
    static let folder = TestService.packageRoot.appendingPathComponent("Sources/JobMatchServer/Resources/console")

    /// The names of the console's files, as the service reads them: regular, not hidden.
    static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            !name.hasPrefix(".")
                && (try? folder.appendingPathComponent(name).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile)
                    == true
        }.sorted()
    }()

    /// The content type each extension is served with.
    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "json": "application/json", "png": "image/png",
    ]

    @Test func thePageNeedsNoTokenAndCarriesThePolicy() async throws {
        let service = try TestService(imports: ImportFiles())
        let page = try Data(contentsOf: Self.folder.appendingPathComponent("index.html"))
        try await service.server.application.test(.router) { client in
            for caller in [Caller.anonymous, .stranger, .reader] {
                let answer = try await client.send(.get, "/", as: caller)
                #expect(answer.status == .ok, "as \(caller)")
                #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
                #expect(Data(buffer: answer.body) == page)
                Self.expectSecurityHeaders(answer)
            }
            let head = try await client.send(.head, "/", as: .anonymous)
            #expect(head.status == .ok && head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func everyFileIsServedWithItsContentType() async throws {
        let service = try TestService(imports: ImportFiles())
        #expect(Self.names.contains("index.html"))
        try await service.server.application.test(.router) { client in
            for name in Self.names {
                let answer = try await client.send(.get, "/console/\(name)", as: .anonymous)
                #expect(answer.status == .ok, "\(name)")
                let type =
                    Self.contentTypes[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
                #expect(answer.headers[.contentType] == type, "\(name)")
                #expect(
                    Data(buffer: answer.body) == (try Data(contentsOf: Self.folder.appendingPathComponent(name))),
                    "\(name)")
                Self.expectSecurityHeaders(answer)
            }
            Self.expectSecurityHeaders(try await client.send(.get, "/console/nothing.js", as: .anonymous))
        }
    }

    @Test(arguments: [
        "/console/nothing.js", "/console/INDEX.HTML", "/console/index.html%00", "/console/..%2FPackage.swift",
        "/console/%2e%2e", "/console/%2E%2E%2F%2E%2E%2FPackage.swift", "/console/..", "/console/../Package.swift",
        "/console/%2Fetc%2Fpasswd", "/console", "/console/index.html/x", "/index.html",
    ])
    func anyOtherNameIsNotFound(path: String) async throws {
        let service = try TestService(imports: ImportFiles())
        try await service.server.application.test(.router) { client in
            let answer = try await client.send(.get, path, as: .anonymous)
            #expect(answer.status == .notFound, "\(answer.text)")
            #expect(answer.headers[.contentType] == "application/problem+json")
            #expect(answer.object["type"] as? String == "urn:jobmatch:problem:not-found")
        }
    }

    /// The console names every code the service can answer with, so that a
    /// new key group, warning level, work type or rule cannot reach the page
    /// as a bare code.
    @Test func theLabelsNameEveryCode() throws {
        let labels = try String(contentsOf: Self.folder.appendingPathComponent("labels.js"), encoding: .utf8)
        let codes =
            KeyGroup.allCases.map(\.rawValue) + WarningLevel.allCases.map(\.rawValue)
            + WorkType.allCases.map(\.rawValue) + FeasibilityRule.allCases.map(\.rawValue)
        for code in codes {
            #expect(labels.contains("[\"\(code)\", \""), "labels.js has no name for '\(code)'")
        }
    }

    @Test func noFileRefersOutsideTheService() throws {
        for name in Self.names {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            guard let text = String(data: bytes, encoding: .utf8) else { continue }
            let found = Self.externalReferences(in: text)
            #expect(found.isEmpty, "console/\(name) refers outside the service: \(found)")
        }
    }

    @Test func theScanFindsWhatItLooksFor() {
        let outside = [
            #"<script src="https://cdn.example.com/leaflet.js"></script>"#, #"<link href='//fonts.example.com/a.css'>"#,
            "body { background: url( //tiles.example.com/1.png) }", #"@import "theme.css";"#,
            #"fetch("http://example.com/tiles")"#, #"img.src = "//example.com/x.png""#,
        ]
        for text in outside { #expect(!Self.externalReferences(in: text).isEmpty, "\(text)") }
        let inside = [
            #"<script src="/console/console.js"></script>"#, #"<link href="console.css">"#,
            "a { background: url(data:image/png;base64,AA) }",
            #"document.createElementNS("http://www.w3.org/2000/svg", "svg")"#, "// a comment",
            #"fetch("/v1/districts")"#,
        ]
        for text in inside { #expect(Self.externalReferences(in: text).isEmpty, "\(text)") }
    }

    /// Each place in `text` that would make a browser reach beyond the
    /// service: an absolute `http://` or `https://` address, a
    /// protocol-relative `//` value of `src=`, `href=` or `url(`, or an `@import`.
    ///
    /// The XML namespaces of SVG, XHTML and XLink are names, never fetched,
    /// so script may use them to create elements.
    static func externalReferences(in text: String) -> [String] {
        let namespaces = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink"]
        let scanned = namespaces.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        let patterns = [
            #"https?://[^\s"'<>)]*"#, #"(?:src|href)\s*=\s*["']?\s*//[^\s"'<>]*"#, #"url\(\s*["']?\s*//[^\s"')]*"#,
            #"@import[^;\n]*"#,
        ]
        return patterns.flatMap { pattern in
            let expression = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let range = NSRange(scanned.startIndex..., in: scanned)
            return expression.matches(in: scanned, range: range).map { (scanned as NSString).substring(with: $0.range) }
        }
    }

    /// The headers every console answer carries.
    static func expectSecurityHeaders(_ answer: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            answer.headers[.contentSecurityPolicy]
                == "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            sourceLocation: sourceLocation)
        #expect(answer.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
        #expect(answer.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", sourceLocation: sourceLocation)
        #expect(answer.headers[.cacheControl] == "no-cache", sourceLocation: sourceLocation)
    }
}
