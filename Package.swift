// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ChatTutor",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chattutor", targets: ["chattutor"]),
        // The HTTP server, built on its own: `chattutor serve` starts it (issue 17).
        .executable(name: "chattutor-serve", targets: ["chattutor-serve"]),
        .library(name: "TutorCore", targets: ["TutorCore"]),
        .library(name: "TutorRules", targets: ["TutorRules"]),
        .library(name: "TutorLLM", targets: ["TutorLLM"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The HTTP client: the model's (TutorLLM) and the load generator's (chattutor-load).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // async-http-client's TLS, named here for its TLSConfiguration (the trust roots a test adds).
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "TutorCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            // The scripted interviewer's topics (answers to a learner's questions, hobby follow-ups).
            resources: [.copy("Resources")]),
        .target(name: "TutorConfig", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        .target(
            name: "TutorRules",
            dependencies: ["TutorCore"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "TutorLLM",
            dependencies: [
                "TutorCore", "TutorConfig", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Resources")]),
        .target(name: "TerminalKit"),
        .target(
            name: "TutorUI", dependencies: ["TerminalKit", "TutorCore", "TutorConfig"], resources: [.copy("Resources")]),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "TerminalKit"]),
        .target(name: "TutorTalk", dependencies: ["TutorCore", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "TutorStore", dependencies: ["TutorCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The same store in PostgreSQL (issue 18), for several server instances: linked by chattutor-serve only.
        .target(
            name: "TutorStorePostgres",
            dependencies: ["TutorStore", "TutorCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .target(name: "TutorAPIContract", dependencies: ["TutorCore"]),
        // The server's settings and their defaults, without its packages: chattutor's serve help shows them too.
        .target(name: "TutorServerConfiguration", dependencies: ["TutorCore", "TutorConfig"]),
        // The runtime (issue 16): the program loop, the conversation ports, the sessions, the headless run.
        .target(
            name: "TutorApp",
            dependencies: [
                "TutorCore", "TutorConfig", "TutorRules", "TutorLLM", "TutorUI", "TerminalKit", "TutorStore",
                "TutorTalk",
            ]),
        .target(
            name: "TutorServer",
            dependencies: [
                "TutorCore",
                "TutorConfig",
                "TutorServerConfiguration",
                "TutorStore",
                "TutorAPIContract",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // What chattutor and chattutor-serve share: --llm/--offline, error reporting, the version, serve's
        // options and help (so chattutor shows serve's real options when chattutor-serve is not built).
        .target(
            name: "TutorCommandLine",
            dependencies: [
                "TutorApp", "TutorConfig", "TutorLLM", "TutorServerConfiguration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The chat, the headless commands and talk: no server packages (Hummingbird, NIO, Prometheus).
        .executableTarget(
            name: "chattutor",
            dependencies: [
                "TutorApp",
                "TutorCommandLine",
                "TutorCore",
                "TutorConfig",
                "TutorRules",
                "TutorLLM",
                "TutorUI",
                "TerminalKit",
                "NcursesBackend",
                "TutorStore",
                "TutorTalk",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds link the Swift runtime and Foundation into the binary (issue 17, item 12):
            // the dynamic loader binding ~50 shared libraries was the largest part of the time to the
            // first frame, and their relocated pages a part of the RSS. Only the link changes, so the
            // modules' build plan stays the same. What Foundation's static libraries need but do not
            // name (ICU, the C shims) is listed; lld, the toolchain's own linker, takes
            // static libraries in any order. FoundationNetworking (URLSession on libcurl) is not used:
            // the model's HTTP is async-http-client's (docs/ARCHITECTURE.md, "HTTP clients").
            // Debug builds (the tests) stay dynamic.
            //
            // Also release-only (issue 17, the chat's RSS): relative relocations packed (DT_RELR; glibc 2.36+),
            // which shrinks the 2.4 MB of them the loader reads at every start to 40 KB; and the functions the
            // chat and `check` run laid out together (scripts/link-order.txt, written by scripts/gen-link-order),
            // so that the code a session touches fills a few megabytes of pages instead of being spread over
            // the 22 MB of code (each touched page brings its neighbours in). A stale list only lays out less
            // well: names it does not find are skipped. And no dynamic symbol table of our own: the toolchain's
            // static-stdlib link exports every symbol of our modules (-export-dynamic, 18,000 of them), and
            // the loader's symbol lookups kept the whole 1.4 MB of .dynsym, .dynstr and .gnu.hash resident;
            // nothing we found looks our symbols up by name (chat and check run as before without them).
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-use-ld=lld", "-l_FoundationICU",
                        "-l_FoundationCShims", "-lCoreFoundation", "-l_FoundationCollections",
                        "-lswiftSynchronization", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker",
                        "--symbol-ordering-file=\(Context.packageDirectory)/scripts/link-order.txt", "-Xlinker",
                        "--no-warn-symbol-ordering", "-Xlinker", "--no-export-dynamic",
                    ], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .executableTarget(
            name: "chattutor-serve",
            dependencies: [
                "TutorServer",
                "TutorServerConfiguration",
                "TutorCommandLine",
                "TutorApp",
                "TutorCore",
                "TutorConfig",
                "TutorLLM",
                "TutorStore",
                "TutorStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "chattutor-talk-peer",
            dependencies: [
                "TutorTalk", "TutorCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "chattutor-bench", dependencies: ["TutorUI", "TerminalKit", "TutorCore"]),
        .executableTarget(
            name: "chattutor-bench-llm",
            dependencies: [
                "TutorLLM", "TutorCore", "TutorFakeModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(
            name: "TutorLoad",
            dependencies: [
                "TutorCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "chattutor-load",
            dependencies: ["TutorLoad", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The fake OpenAI-compatible server and model: for tests, the LLM benchmark and e2e (shipped in no product).
        .target(name: "TutorFakeModel", dependencies: ["TutorCore"]),
        .target(
            name: "TutorTestSupport", dependencies: ["TutorCore", "TutorFakeModel"], path: "Tests/TutorTestSupport"),
        // Fuzz targets (issue 14): the functions, a libFuzzer driver (scripts/fuzz), and a test replaying the corpora.
        .target(
            name: "TutorFuzzTargets",
            dependencies: ["TerminalKit", "TutorCore", "TutorLLM", "TutorTalk", "TutorAPIContract"],
            path: "Tests/Fuzz/Targets"),
        .executableTarget(name: "chattutor-fuzz", dependencies: ["TutorFuzzTargets"], path: "Tests/Fuzz/Driver"),
        .testTarget(name: "TutorFuzzTests", dependencies: ["TutorFuzzTargets"]),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "TutorTestSupport"]),
        .testTarget(name: "TutorConfigTests", dependencies: ["TutorConfig"]),
        .testTarget(name: "TutorRulesTests", dependencies: ["TutorRules", "TutorCore", "TutorTestSupport"]),
        .testTarget(
            name: "TerminalKitTests",
            dependencies: ["TerminalKit", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "TutorUITests",
            dependencies: [
                "TutorUI", "TerminalKit", "TutorCore", "TutorConfig", "TutorTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]),
        .testTarget(name: "TutorLLMTests", dependencies: ["TutorLLM", "TutorCore", "TutorConfig", "TutorTestSupport"]),
        .testTarget(name: "TutorStoreTests", dependencies: ["TutorStore", "TutorCore", "TutorTestSupport"]),
        // One store test suite over SQLite and PostgreSQL (a throwaway cluster: scripts/pg-test-cluster).
        .testTarget(
            name: "TutorStorePostgresTests",
            dependencies: [
                "TutorStorePostgres", "TutorStore", "TutorCore", "TutorTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .testTarget(name: "TutorTalkTests", dependencies: ["TutorTalk", "TutorCore", "TutorTestSupport"]),
        .testTarget(
            name: "TutorLoadTests",
            dependencies: [
                "TutorLoad",
                "TutorCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "TutorServerTests",
            dependencies: [
                "TutorServer", "TutorServerConfiguration", "TutorCore", "TutorConfig", "TutorStore", "TutorTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalKit"]),
        .testTarget(
            name: "TutorCommandLineTests",
            dependencies: ["TutorCommandLine", "TutorServerConfiguration", "TutorApp", "TutorUI"]),
        .testTarget(
            name: "TutorAppTests",
            dependencies: [
                "TutorApp", "TutorUI", "TerminalKit", "TutorCore", "TutorStore", "TutorTalk", "TutorTestSupport",
            ]),
    ],
    swiftLanguageModes: [.v6]
)

// The chat's own modules put each function in a section of its own in release builds, so that the
// linker can lay out the functions scripts/link-order.txt names together (see chattutor's linker
// settings); without it a file's functions are one section and move as one.
let chatModules: Set<String> = [
    "TutorCore", "TutorConfig", "TutorRules", "TutorLLM", "TerminalKit", "TutorUI", "NcursesBackend", "TutorTalk",
    "TutorStore", "TutorApp", "TutorServerConfiguration", "TutorCommandLine", "chattutor",
]
for target in package.targets where chatModules.contains(target.name) {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release))
        ]
}
