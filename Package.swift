// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ChatTutor",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chattutor", targets: ["chattutor"]),
        .library(name: "TutorCore", targets: ["TutorCore"]),
        .library(name: "TutorRules", targets: ["TutorRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "TutorCore"),
        .systemLibrary(name: "CHunspell"),
        .target(
            name: "TutorRules",
            dependencies: ["TutorCore", "CHunspell"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chattutor",
            dependencies: [
                "TutorCore",
                "TutorRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TutorTestSupport", dependencies: ["TutorCore"], path: "Tests/TutorTestSupport"),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "TutorTestSupport"]),
        .testTarget(name: "TutorRulesTests", dependencies: ["TutorRules", "TutorCore", "TutorTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
