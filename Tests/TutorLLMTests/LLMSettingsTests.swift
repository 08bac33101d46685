// Model settings: environment over config.toml, short key names, clear errors, no key shown.

import Foundation
import Testing
import TutorConfig
import TutorLLM
import TutorTestSupport

@Suite("LLM settings")
struct LLMSettingsTests {
    /// The settings from an environment and, when given, the text of /c.toml.
    static func resolve(environment: [String: String], configText: String?) throws -> LLMSettings {
        try LLMSettings.resolve(
            environment: environment,
            file: configText.map { text throws(ConfigError) in try ConfigFile.parse(text, path: "/c.toml") })
    }

    @Test("nothing configured means no endpoint")
    func nothing() throws {
        let settings = try Self.resolve(environment: [:], configText: nil)
        #expect(settings.endpoint == nil)
    }

    @Test("the environment wins over config.toml, which may use the short names")
    func environmentWins() throws {
        let file = """
            # my model
            base_url = "http://127.0.0.1:8080/v1"
            model = 'file-model'   # a comment
            api_key = "sk-from-file"
            idle_timeout = 12
            """
        let settings = try Self.resolve(environment: ["CHATTUTOR_LLM_MODEL": "env-model"], configText: file)
        let endpoint = try #require(settings.endpoint)
        #expect(endpoint.model == "env-model")
        #expect(endpoint.baseURL.absoluteString == "http://127.0.0.1:8080/v1")
        #expect(endpoint.apiKey == "sk-from-file")
        #expect(endpoint.idleTimeout == .seconds(12))
        #expect(settings.sources["CHATTUTOR_LLM_MODEL"] == "environment CHATTUTOR_LLM_MODEL")
        #expect(settings.sources["CHATTUTOR_LLM_BASE_URL"] == "/c.toml")
        #expect(!settings.description.contains("sk-from-file"))
    }

    @Test("the interface's language key in config.toml is left to the interface, not refused as unknown")
    func interfaceKeys() throws {
        let settings = try Self.resolve(environment: [:], configText: "language = \"ko\"\nmodel = \"m\"")
        #expect(settings.endpoint?.model == "m")
    }

    @Test("OPENAI_API_KEY is used when CHATTUTOR_LLM_API_KEY is not set, and OpenAI is the default URL")
    func openAIKey() throws {
        let settings = try Self.resolve(
            environment: ["OPENAI_API_KEY": "sk-x", "CHATTUTOR_LLM_MODEL": "gpt-4o-mini"], configText: nil)
        #expect(settings.endpoint?.apiKey == "sk-x")
        #expect(settings.endpoint?.baseURL.absoluteString == LLMSettings.openAIBaseURL)
        #expect(settings.sources["CHATTUTOR_LLM_API_KEY"] == "environment OPENAI_API_KEY")
    }

    @Test(
        "bad settings say what to fix",
        arguments: [
            (["CHATTUTOR_LLM_BASE_URL": "http://x/v1"], nil, "set CHATTUTOR_LLM_MODEL"),
            (["CHATTUTOR_LLM_BASE_URL": "localhost:8080", "CHATTUTOR_LLM_MODEL": "m"], nil, "is not an http(s) URL"),
            (
                ["CHATTUTOR_LLM_MODEL": "m", "CHATTUTOR_LLM_DEADLINE": "soon"], nil,
                "CHATTUTOR_LLM_DEADLINE 'soon' is not a number"
            ),
            ([:], "modle = \"m\"", "/c.toml: unknown key 'modle'"),
            ([:], "[llm]\nmodel = \"m\"", "/c.toml: unknown key 'llm'"),
            ([:], "model = \"m", "/c.toml:1:"),
            ([:], "model = gpt-4o", "/c.toml:1:"),
            ([:], "model = 12", "/c.toml: model must be text, not a whole number (12)"),
            ([:], "model = \"m\"\nidle_timeout = true", "/c.toml: idle_timeout must be a number of seconds"),
            (
                [:], "model = \"m\"\nmax_concurrent = 65",
                "/c.toml: max_concurrent '65' is not a whole number from 1 to 64"
            ),
        ] as [([String: String], String?, String)])
    func errors(environment: [String: String], file: String?, message: String) {
        #expect {
            try Self.resolve(environment: environment, configText: file)
        } throws: { error in
            error is ConfigError && "\(error)".contains(message)
        }
    }
}

@Suite("A config file that holds the API key")
struct LLMSecretFileTests {
    static func configDirectory(mode: Int, text: String) throws -> TemporaryDirectory {
        let base = try TemporaryDirectory("chattutor-secret")
        let file = base.appending("chattutor/config.toml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return base
    }

    @Test("a group- or world-readable config.toml with api_key is refused, naming chmod 600")
    func refusesReadableSecretFile() throws {
        let base = try Self.configDirectory(mode: 0o644, text: "model = \"m\"\napi_key = \"sk-secret\"\n")
        #expect {
            try LLMSettings.load(environment: ["XDG_CONFIG_HOME": base.path])
        } throws: { error in
            "\(error)".contains("chmod 600") && !"\(error)".contains("sk-secret")
        }
    }

    @Test("an owner-only config.toml with api_key is read; a readable one without a key is fine too")
    func acceptsPrivateSecretFile() throws {
        let base = try Self.configDirectory(
            mode: 0o600, text: "model = \"m\"\napi_key = \"sk-secret\"\nserve_port = \"9000\"\n")
        #expect(try LLMSettings.load(environment: ["XDG_CONFIG_HOME": base.path]).endpoint?.apiKey == "sk-secret")
        let open = try Self.configDirectory(mode: 0o644, text: "model = \"m\"\n")
        #expect(try LLMSettings.load(environment: ["XDG_CONFIG_HOME": open.path]).endpoint?.model == "m")
    }
}
