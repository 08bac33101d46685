// Where the model settings come from: the environment first, then config.toml.

import Foundation
import TutorConfig
import TutorCore

/// The model settings and where each came from, for `chattutor doctor`. The key's value
/// is only handed to the endpoint; `description` and `keySource` never contain it.
public struct LLMSettings: Sendable, CustomStringConvertible {
    /// The endpoint, or nil when no model is configured.
    public var endpoint: LLMEndpoint?
    /// The config file that was read, if one exists.
    public var configFile: String?
    /// Where the base URL, model and key came from ("environment CHATTUTOR_LLM_MODEL", a path, ...).
    public var sources: [String: String] = [:]

    /// The keys, as environment variables; config.toml takes the same names or the short ones.
    public enum Key: String, CaseIterable, Sendable {
        case baseURL = "CHATTUTOR_LLM_BASE_URL"
        case model = "CHATTUTOR_LLM_MODEL"
        case apiKey = "CHATTUTOR_LLM_API_KEY"
        case idleTimeout = "CHATTUTOR_LLM_IDLE_TIMEOUT"
        case deadline = "CHATTUTOR_LLM_DEADLINE"
        case maximumConcurrent = "CHATTUTOR_LLM_MAX_CONCURRENT"

        /// The short name in config.toml: `base_url`, `model`, `api_key`, ...
        public var fileName: String {
            rawValue.dropFirst("CHATTUTOR_LLM_".count).lowercased()
        }

        /// Its names: the variable (and OPENAI_API_KEY for the key), the file's short and long keys.
        public var setting: Setting {
            Setting(
                environment: self == .apiKey ? [rawValue, "OPENAI_API_KEY"] : [rawValue],
                fileKeys: [rawValue, fileName])
        }
    }

    /// The base URL used when only a model and a key are given.
    public static let openAIBaseURL = "https://api.openai.com/v1"

    public var description: String {
        guard let endpoint else { return "no model configured" }
        return endpoint.description
    }

    /// Reads the settings from the environment and the user's config.toml (the environment wins).
    public static func load(environment: [String: String] = ProcessEnvironment.variables) throws(ConfigError)
        -> LLMSettings
    {
        try load(
            environment: environment, userFile: try ConfigFile.load(ConfigFile.userConfigURL(environment: environment)))
    }

    /// The settings from the environment and the user's config.toml as already read
    /// (`ConfigFile.load(userConfigURL)`), so that a command reads the file once for its
    /// language and its model; a key in a file others can read is refused as in `load()`.
    public static func load(environment: [String: String], userFile file: ConfigFile?) throws(ConfigError)
        -> LLMSettings
    {
        let settings = try resolve(environment: environment, file: file)
        if let file, settings.sources[Key.apiKey.rawValue] == file.path {
            try requireOwnerOnly(URL(fileURLWithPath: file.path))
        }
        return settings
    }

    /// Refuses a file that holds a secret when its group or others can read or change it.
    public static func requireOwnerOnly(_ url: URL) throws(ConfigError) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        if mode & 0o077 != 0 {
            throw ConfigError(
                source: .file(url.path), key: Key.apiKey.fileName,
                problem: .notPrivate(mode: mode, alternative: "move the key to \(Key.apiKey.rawValue)"))
        }
    }

    /// The settings from an environment and a config file. The file's `serve_*` keys belong to
    /// `chattutor serve`, which checks them itself; any other unknown key is refused.
    public static func resolve(environment: [String: String], file: ConfigFile?) throws(ConfigError) -> LLMSettings {
        try file?.rejectUnknownKeys(
            known: Set(Key.allCases.flatMap(\.setting.fileKeys)), listed: Key.allCases.map(\.fileName),
            where: { !$0.hasPrefix("serve_") && !ConfigFile.interfaceKeys.contains($0) })
        let resolver = SettingResolver(environment: environment, file: file)
        var settings = LLMSettings(endpoint: nil, configFile: file?.path)
        func text(_ key: Key) throws(ConfigError) -> Resolved<String>? {
            guard let found: Resolved<String> = try resolver.value(key.setting, expected: "text"), !found.value.isEmpty
            else { return nil }
            settings.sources[key.rawValue] = found.source.label
            return found
        }
        let baseURL = try text(.baseURL)
        let model = try text(.model)
        let apiKey = try text(.apiKey)
        guard baseURL != nil || model != nil else { return settings }
        guard let model else {
            throw ConfigError(
                source: baseURL?.source ?? .environment(Key.model.rawValue), key: Key.model.fileName,
                problem: .missing(
                    advice:
                        "a model endpoint is set but no model: set CHATTUTOR_LLM_MODEL (or model = \"...\" in config.toml)"
                ))
        }
        let urlText = baseURL?.value ?? openAIBaseURL
        guard let url = URL(string: urlText), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
            url.host != nil
        else {
            throw resolver.error(
                at: baseURL?.source ?? .environment(Key.baseURL.rawValue), setting: Key.baseURL.setting,
                problem: .invalidValue(urlText, expected: "an http(s) URL; it looks like http://127.0.0.1:8080/v1"))
        }
        let idle = try resolver.seconds(Key.idleTimeout.setting, atMost: 3_600)?.value ?? .seconds(30)
        let deadline = try resolver.seconds(Key.deadline.setting, atMost: 3_600)?.value ?? .seconds(120)
        let concurrency = try resolver.integer(Key.maximumConcurrent.setting, in: 1...64)?.value ?? 8
        settings.endpoint = LLMEndpoint(
            baseURL: url, model: model.value, apiKey: apiKey?.value, idleTimeout: idle, deadline: deadline,
            maximumConcurrentRequests: concurrency)
        return settings
    }
}
