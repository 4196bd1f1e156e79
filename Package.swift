// swift-tools-version: 6.1
import PackageDescription

// MARK: - Products

let products: [Product] = [
    .library(name: "JobMatch", targets: ["JobMatch"]),
    .executable(name: "jobmatch", targets: ["JobMatchCLI"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
]

// MARK: - Targets

let targets: [Target] = [
    .systemLibrary(
        name: "COpenBLAS",
        pkgConfig: "openblas",
        providers: [.apt(["libopenblas-dev"])]
    ),
    .target(
        name: "JobMatch",
        dependencies: ["COpenBLAS"]
    ),
    .executableTarget(
        name: "JobMatchCLI",
        dependencies: [
            "JobMatch",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .testTarget(
        name: "JobMatchTests",
        dependencies: ["JobMatch"],
        exclude: ["Fixtures"]
    ),
]

// MARK: - Package

let package = Package(
    name: "JobMatch",
    platforms: [.macOS(.v13)],
    products: products,
    dependencies: dependencies,
    targets: targets
)
