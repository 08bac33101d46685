// Where the model settings come from: the environment first, then config.toml.

import Foundation

/// The model settings and where each came from, for `chattutor doctor`. The key's value
/// is only handed to the endpoint; `description` and `keySource` never contain it.
public struct LLMSettings: Sendable, CustomStringConvertible {
    /// The endpoint, or nil when no model is configured.
    public var endpoint: LLMEndpoint?
    /// The config file that was read, if one exists.
    public var configFile: String?
    /// Where the base URL, model and key came from ("CHATTUTOR_LLM_MODEL", "config.toml", ...).
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
    }

    /// The base URL used when only a model and a key are given.
    public static let openAIBaseURL = "https://api.openai.com/v1"

    public var description: String {
        guard let endpoint else { return "no model configured" }
        return endpoint.description
    }

    /// `$XDG_CONFIG_HOME/chattutor/config.toml`, or `~/.config/chattutor/config.toml`.
    public static func configFileURL(environment: [String: String]) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        return base.appendingPathComponent("chattutor/config.toml")
    }

    /// Reads the settings from the environment and the config file (the environment wins).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(LLMSettingsError) -> LLMSettings {
        let url = configFileURL(environment: environment)
        let text = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        let settings = try resolve(environment: environment, configText: text, configPath: url.path)
        if settings.sources[Key.apiKey.rawValue] == url.path {
            try requireOwnerOnly(url)
        }
        return settings
    }

    /// Refuses a file that holds a secret when its group or others can read or change it.
    public static func requireOwnerOnly(_ url: URL) throws(LLMSettingsError) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        if mode & 0o077 != 0 { throw .secretFileNotPrivate(url.path, mode: mode) }
    }

    /// The settings from an environment and the text of a config file.
    public static func resolve(environment: [String: String], configText: String?, configPath: String) throws(LLMSettingsError) -> LLMSettings {
        var file: [String: String] = [:]
        if let configText {
            do {
                file = try FlatTOML.parse(configText, file: configPath)
            } catch {
                throw .configFile(error)
            }
            let known = Set(Key.allCases.flatMap { [$0.rawValue, $0.fileName] })
            // `serve_*` keys belong to `chattutor serve`, which checks them itself.
            if let unknown = file.keys.sorted().first(where: { !known.contains($0) && !$0.hasPrefix("serve_") }) {
                throw .unknownKey(unknown, file: configPath)
            }
        }
        var settings = LLMSettings(endpoint: nil, configFile: configText == nil ? nil : configPath)
        func value(_ key: Key) -> String? {
            if let value = environment[key.rawValue], !value.isEmpty {
                settings.sources[key.rawValue] = "environment \(key.rawValue)"
                return value
            }
            if key == .apiKey, let value = environment["OPENAI_API_KEY"], !value.isEmpty {
                settings.sources[key.rawValue] = "environment OPENAI_API_KEY"
                return value
            }
            if let value = file[key.rawValue] ?? file[key.fileName], !value.isEmpty {
                settings.sources[key.rawValue] = configPath
                return value
            }
            return nil
        }
        let baseURLText = value(.baseURL)
        let model = value(.model)
        let apiKey = value(.apiKey)
        guard baseURLText != nil || model != nil else { return settings }
        guard let model else { throw .missingModel }
        let urlText = baseURLText ?? openAIBaseURL
        guard let url = URL(string: urlText), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw .invalidBaseURL(urlText)
        }
        func seconds(_ key: Key, default fallback: Duration) throws(LLMSettingsError) -> Duration {
            guard let text = value(key) else { return fallback }
            guard let number = Double(text), number > 0, number <= 3_600 else { throw .invalidNumber(key.rawValue, text) }
            return .milliseconds(Int64(number * 1000))
        }
        let idle = try seconds(.idleTimeout, default: .seconds(30))
        let deadline = try seconds(.deadline, default: .seconds(120))
        var concurrency = 8
        if let text = value(.maximumConcurrent) {
            guard let number = Int(text), (1...64).contains(number) else { throw .invalidNumber(Key.maximumConcurrent.rawValue, text) }
            concurrency = number
        }
        settings.endpoint = LLMEndpoint(
            baseURL: url, model: model, apiKey: apiKey, idleTimeout: idle, deadline: deadline, maximumConcurrentRequests: concurrency)
        return settings
    }
}

/// Settings that cannot be used, and how to fix them.
public enum LLMSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    case configFile(ConfigFileError)
    case unknownKey(String, file: String)
    case missingModel
    case invalidBaseURL(String)
    case invalidNumber(String, String)
    /// `--llm` was asked for but nothing is configured.
    case notConfigured
    /// The config file holds the API key but others can read it.
    case secretFileNotPrivate(String, mode: Int)

    public var description: String {
        switch self {
        case .configFile(let error):
            "\(error)"
        case .unknownKey(let key, let file):
            "\(file): unknown key '\(key)'; the keys are \(LLMSettings.Key.allCases.map(\.fileName).joined(separator: ", "))"
        case .missingModel:
            "a model endpoint is set but no model: set CHATTUTOR_LLM_MODEL (or model = \"...\" in config.toml)"
        case .invalidBaseURL(let text):
            "CHATTUTOR_LLM_BASE_URL '\(LLMError.excerpt(text, limit: 80))' is not an http(s) URL; it looks like http://127.0.0.1:8080/v1"
        case .invalidNumber(let key, let text):
            "\(key) '\(LLMError.excerpt(text, limit: 20))' is not a number in range (seconds, or 1–64 requests)"
        case .secretFileNotPrivate(let path, let mode):
            "\(path) holds api_key but its mode is \(String(mode, radix: 8)): run `chmod 600 \(path)`, or move the key to CHATTUTOR_LLM_API_KEY"
        case .notConfigured:
            "--llm needs a model: set CHATTUTOR_LLM_BASE_URL and CHATTUTOR_LLM_MODEL (or base_url and model in ~/.config/chattutor/config.toml); run `chattutor doctor` to check"
        }
    }
}
