// Where each setting comes from: flags over the environment over config.toml.

import Testing

@testable import TutorServer

@Suite("Server configuration")
struct ServerConfigurationTests {
    @Test("defaults are the contract's: 127.0.0.1:8000, no CORS, 30 min idle, 1 h retention, 16 KiB, 4,000 characters")
    func defaults() throws {
        let configuration = try ServerConfiguration.resolve(flags: [:], environment: [:], file: [:])
        #expect(configuration == ServerConfiguration())
        #expect(configuration.host == "127.0.0.1" && configuration.port == 8000 && configuration.corsOrigins.isEmpty)
        #expect(configuration.idleTimeout == .seconds(1800) && configuration.retention == .seconds(3600))
        #expect(configuration.limits.maximumBodyBytes == 16_384 && configuration.limits.maximumTextCharacters == 4_000)
    }

    @Test("a flag wins over the environment, which wins over the file")
    func precedence() throws {
        let file = ["serve_port": "7000", "serve_idle_timeout": "10", "serve_retention": "20", "serve_cors_origin": "https://a.example"]
        let environment = ["CHATTUTOR_SERVE_PORT": "7100", "CHATTUTOR_SERVE_IDLE_TIMEOUT": "11"]
        let configuration = try ServerConfiguration.resolve(flags: [.port: "7200"], environment: environment, file: file)
        #expect(configuration.port == 7200)
        #expect(configuration.idleTimeout == .seconds(11))
        #expect(configuration.retention == .seconds(20))
        #expect(configuration.corsOrigins == ["https://a.example"])
    }

    @Test(
        "a value out of range names its source",
        arguments: [
            (ServerConfiguration.Key.port, "70000", "--port"), (.idleTimeout, "-1", "--idle-timeout"), (.maxBody, "ten", "--max-body"),
            (.corsOrigin, "tutor.example.org", "--cors-origin"), (.metricsPublic, "maybe", "--metrics-public"),
        ])
    func invalid(key: ServerConfiguration.Key, value: String, source: String) {
        #expect {
            try ServerConfiguration.resolve(flags: [key: value], environment: [:], file: [:])
        } throws: { error in
            "\(error)".hasPrefix("\(source) '")
        }
    }

    @Test("an invalid environment value names the variable")
    func invalidEnvironment() {
        #expect(throws: ServerConfigurationError.invalid(source: "CHATTUTOR_SERVE_PORT", value: "x", expected: "a whole number from 0 to 65535")) {
            try ServerConfiguration.resolve(flags: [:], environment: ["CHATTUTOR_SERVE_PORT": "x"], file: [:])
        }
    }
}
