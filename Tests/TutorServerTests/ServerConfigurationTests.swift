// Where each setting comes from: flags over the environment over config.toml.

import Testing
import TutorConfig

@testable import TutorServer
@testable import TutorServerConfiguration

@Suite("Server configuration")
struct ServerConfigurationTests {
    static func flags(_ set: (inout ServerConfiguration.Flags) -> Void) -> ServerConfiguration.Flags {
        var flags = ServerConfiguration.Flags()
        set(&flags)
        return flags
    }

    static func file(_ text: String) throws -> ConfigFile { try ConfigFile.parse(text, path: "/c.toml") }

    @Test("defaults are the contract's: 127.0.0.1:8000, no CORS, 30 min idle, 1 h retention, 16 KiB, 4,000 characters")
    func defaults() throws {
        let configuration = try ServerConfiguration.resolve(flags: .init(), environment: [:], file: nil)
        #expect(configuration == ServerConfiguration())
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8000 && configuration.corsOrigins.isEmpty)
        #expect(configuration.idleTimeout == .seconds(1800) && configuration.retention == .seconds(3600))
        #expect(configuration.limits.maximumBodyBytes == 16_384 && configuration.limits.maximumTextCharacters == 4_000)
        #expect(configuration.batchSize == 10)
    }

    @Test("a flag wins over the environment, which wins over the file")
    func precedence() throws {
        let file = try Self.file(
            "serve_port = 7000\nserve_idle_timeout = 10\nserve_retention = 20\nserve_cors_origin = [\"https://a.example\"]"
        )
        let environment = ["CHATTUTOR_SERVE_PORT": "7100", "CHATTUTOR_SERVE_IDLE_TIMEOUT": "11"]
        let configuration = try ServerConfiguration.resolve(
            flags: Self.flags { $0.port = 7200 }, environment: environment, file: file)
        #expect(configuration.port == 7200)
        #expect(configuration.idleTimeout == .seconds(11))
        #expect(configuration.retention == .seconds(20))
        #expect(configuration.corsOrigins == ["https://a.example"])
    }

    @Test(
        "the database URL: CHATTUTOR_DATABASE_URL, then CHATTUTOR_SERVE_DATABASE_URL, then serve_database_url; the flag over all"
    )
    func databaseURL() throws {
        let file = try Self.file("serve_database_url = \"postgres://f@db/f\"")
        #expect(try ServerConfiguration.resolve(flags: .init(), environment: [:], file: nil).databaseURL == nil)
        #expect(
            try ServerConfiguration.resolve(flags: .init(), environment: [:], file: file).databaseURL
                == "postgres://f@db/f")
        let environment = [
            "CHATTUTOR_DATABASE_URL": "postgres://a@db/a", "CHATTUTOR_SERVE_DATABASE_URL": "postgres://b@db/b",
        ]
        #expect(
            try ServerConfiguration.resolve(flags: .init(), environment: environment, file: file).databaseURL
                == "postgres://a@db/a")
        let flags = Self.flags { $0.databaseURL = "postgres://c@db/c" }
        #expect(
            try ServerConfiguration.resolve(flags: flags, environment: environment, file: file).databaseURL
                == "postgres://c@db/c")
    }

    @Test(
        "a flag out of range names the flag",
        arguments: [
            (Self.flags { $0.port = 70000 }, "--port"), (Self.flags { $0.idleTimeout = -1 }, "--idle-timeout"),
            (Self.flags { $0.maxBody = 10 }, "--max-body"),
            (Self.flags { $0.corsOrigins = ["tutor.example.org"] }, "--cors-origin"),
            (Self.flags { $0.logLevel = "loud" }, "--log-level"), (Self.flags { $0.batchSize = 0 }, "--batch-size"),
        ])
    func invalid(flags: ServerConfiguration.Flags, source: String) {
        #expect {
            try ServerConfiguration.resolve(flags: flags, environment: [:], file: nil)
        } throws: { error in
            "\(error)".hasPrefix("\(source) '")
        }
    }

    @Test("an invalid environment value names the variable")
    func invalidEnvironment() {
        #expect(
            throws: ConfigError(
                source: .environment("CHATTUTOR_SERVE_PORT"),
                problem: .invalidValue("x", expected: "a whole number from 0 to 65535"))
        ) {
            try ServerConfiguration.resolve(flags: .init(), environment: ["CHATTUTOR_SERVE_PORT": "x"], file: nil)
        }
        #expect(throws: ConfigError.self) {
            try ServerConfiguration.resolve(
                flags: .init(), environment: ["CHATTUTOR_SERVE_METRICS_PUBLIC": "maybe"], file: nil)
        }
        #expect(throws: ConfigError.self) {
            try ServerConfiguration.resolve(flags: .init(), environment: ["CHATTUTOR_SERVE_MAX_BODY": "ten"], file: nil)
        }
    }

    @Test(
        "config.toml: an unknown serve_ key and a value of the wrong type are refused; the model's keys are left alone")
    func file() throws {
        #expect {
            try ServerConfiguration.resolve(
                flags: .init(), environment: [:], file: try Self.file("model = \"m\"\nserve_prot = 1"))
        } throws: { error in
            "\(error)".hasPrefix("/c.toml: unknown key 'serve_prot'; the keys are serve_host, serve_port")
        }
        #expect {
            try ServerConfiguration.resolve(
                flags: .init(), environment: [:], file: try Self.file("serve_metrics_public = 1"))
        } throws: { error in
            "\(error)" == "/c.toml: serve_metrics_public must be true or false, not a whole number (1)"
        }
        let configuration = try ServerConfiguration.resolve(
            flags: .init(), environment: [:],
            file: try Self.file("model = \"m\"\nserve_port = \"9000\"\nserve_metrics_public = true"))
        #expect(configuration.port == 9000 && configuration.metricsPublic)
    }
}
