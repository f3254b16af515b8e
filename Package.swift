// swift-tools-version:6.0
// TradingKit — a pure-Swift, dependency-free library for algorithmic trading.
//
// The root package has zero package dependencies by design. The benchmarks are the
// `tradingkit bench` suites (see BENCHMARKS.md) and need none either; benchmark-only
// dependencies, should any ever be wanted, would go in a nested `Benchmarks/` package.

import PackageDescription

let package = Package(
    name: "TradingKit",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "TradingCore", targets: ["TradingCore"]),
        .library(name: "Indicators", targets: ["Indicators"]),
        .library(name: "Factors", targets: ["Factors"]),
        .library(name: "Universe", targets: ["Universe"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "ExampleStrategies", targets: ["ExampleStrategies"]),
        .executable(name: "trend-breakout", targets: ["trend-breakout"]),
        .executable(name: "tradingkit", targets: ["tradingkit"]),
    ],
    targets: [
        .target(name: "TradingCore"),
        .target(name: "Indicators", dependencies: ["TradingCore"]),
        .target(name: "Factors", dependencies: ["Indicators", "TradingCore"]),
        .target(name: "Universe", dependencies: ["TradingCore"]),
        .target(name: "Attribution", dependencies: ["Factors", "TradingCore"]),
        .target(
            name: "ExampleStrategies",
            dependencies: ["TradingCore", "Indicators", "Factors", "Universe", "Attribution"]
        ),
        .executableTarget(
            name: "trend-breakout",
            dependencies: ["TradingCore", "Indicators", "Factors", "Universe", "Attribution", "ExampleStrategies"],
            path: "Examples/TrendBreakout"
        ),
        .executableTarget(
            name: "tradingkit",
            dependencies: ["TradingCore", "Indicators", "Factors", "Universe", "Attribution", "ExampleStrategies"],
            path: "Examples/TradingKitCLI"
        ),
        .testTarget(name: "TradingCoreTests", dependencies: ["TradingCore"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "TradingCore"]),
        .testTarget(name: "FactorsTests", dependencies: ["Factors", "Indicators", "TradingCore"]),
        .testTarget(name: "UniverseTests", dependencies: ["Universe", "TradingCore"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "Factors", "TradingCore"]),
        .testTarget(
            name: "ExampleStrategiesTests",
            dependencies: ["ExampleStrategies", "TradingCore", "Indicators", "Factors", "Universe", "Attribution"]
        ),
        .testTarget(
            name: "ExamplesTests",
            dependencies: ["trend-breakout", "tradingkit", "TradingCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
