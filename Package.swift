// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "iptsim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "iptsim", targets: ["iptsim"]),
        .library(name: "IPTSimCore", targets: ["IPTSimCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "IPTSimCore",
            swiftSettings: strict
        ),
        .target(
            name: "IPTSimScenarios",
            swiftSettings: strict
        ),
        .target(
            name: "IPTSimStore",
            dependencies: [
                "IPTSimCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "IPTSimTerminal",
            dependencies: ["IPTSimCore", "CReadline"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "iptsim",
            dependencies: [
                "IPTSimCore", "IPTSimScenarios", "IPTSimStore", "IPTSimTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IPTSimCoreTests",
            dependencies: ["IPTSimCore", "IPTSimScenarios"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IPTSimStoreTests",
            dependencies: ["IPTSimStore", "IPTSimCore", "IPTSimScenarios"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IPTSimTerminalTests",
            dependencies: ["IPTSimTerminal", "IPTSimCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IPTSimCLITests",
            dependencies: ["iptsim", "IPTSimCore"],
            swiftSettings: strict
        ),
    ]
)
