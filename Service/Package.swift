// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The matching service: a package of its own beside the library, so that
// the library, the command line and their tests build without the server
// stack (SwiftNIO, Hummingbird, GRDB), which only the service needs.

// MARK: - The library, one folder up

// SwiftPM names a package found by path after its folder.
let libraryFolder = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let library = libraryFolder.lastPathComponent.lowercased()

// MARK: - Products

let products: [Product] = [
    .library(name: "JobMatchServer", targets: ["JobMatchServer"]),
    .executable(name: "jobmatch-server", targets: ["JobMatchServerCLI"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
    .package(path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: []),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
]

// MARK: - Targets

let targets: [Target] = [
    .target(
        name: "JobMatchServer",
        dependencies: [
            .product(name: "JobMatch", package: library),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ],
        resources: [.copy("Resources/openapi.json"), .copy("Resources/console")]
    ),
    .executableTarget(
        name: "JobMatchServerCLI",
        dependencies: [
            "JobMatchServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .testTarget(
        name: "JobMatchServerTests",
        dependencies: [
            "JobMatchServer",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]
    ),
]

// MARK: - Package

let package = Package(
    name: "JobMatchService",
    platforms: [.macOS(.v15)],
    products: products,
    dependencies: dependencies,
    targets: targets
)
