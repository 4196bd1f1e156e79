// swift-tools-version: 6.1
import PackageDescription

// MARK: - Products

let products: [Product] = [
    .library(name: "JobMatch", targets: ["JobMatch"]),
    .executable(name: "jobmatch", targets: ["JobMatchCLI"]),
]

// MARK: - Dependencies

var dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
]

// MARK: - Targets

var targets: [Target] = [
    .systemLibrary(
        name: "COpenBLAS",
        pkgConfig: "openblas",
        providers: [.apt(["libopenblas-dev"])]
    ),
    // Records, taxonomy, configuration, validation, reading CSV and JSON
    // Lines: no BLAS, so the fuzz build compiles it alone.
    .target(name: "JobMatchModel"),
    // The library an embedder imports: engine, live index, scoring,
    // assignment; it re-exports JobMatchModel.
    .target(
        name: "JobMatch",
        dependencies: ["JobMatchModel", "COpenBLAS"]
    ),
    // The analyst's report (REPORTS.md): computed from the engine, rendered
    // as one self-contained page.
    .target(
        name: "JobMatchReport",
        dependencies: ["JobMatch"]
    ),
    // Tooling apart from the product: the synthetic city and the stage timings.
    .target(
        name: "JobMatchSynthetic",
        dependencies: ["JobMatch"]
    ),
    .executableTarget(
        name: "JobMatchCLI",
        dependencies: [
            "JobMatch",
            "JobMatchReport",
            "JobMatchSynthetic",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .testTarget(
        name: "JobMatchTests",
        dependencies: ["JobMatch", "JobMatchModel", "JobMatchReport", "JobMatchSynthetic"],
        exclude: ["Fixtures"]
    ),
]

// MARK: - Benchmarks

// Only with JOBMATCH_BENCHMARKS=1, so that `swift build` and `swift test`
// neither fetch nor build ordo-one/benchmark (formerly package-benchmark)
// and its dependencies.
// See Benchmarks/README.md.
if Context.environment["JOBMATCH_BENCHMARKS"] == "1" {
    dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.29.0", traits: ["MallocInterposer"])
    )
    targets.append(
        .executableTarget(
            name: "MatchBenchmarks",
            dependencies: [
                "JobMatch",
                "JobMatchSynthetic",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/MatchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}

// MARK: - Package

let package = Package(
    name: "JobMatch",
    platforms: [.macOS(.v13)],
    products: products,
    dependencies: dependencies,
    targets: targets
)
