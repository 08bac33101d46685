// Reading a TOML configuration file (config.toml, a theme) into plain values, with TOMLKit.

import Foundation
import TOMLKit

/// A configuration file's top-level keys and values, and its path for messages. Every
/// configuration file of ChatTutor is read here, so all report problems the same way.
public struct ConfigFile: Sendable, Hashable {
    /// Where the file is, as messages name it.
    public var path: String
    /// The top-level keys; a `[section]` is a `.table`.
    public var values: [String: ConfigValue]

    public init(path: String, values: [String: ConfigValue]) {
        self.path = path
        self.values = values
    }

    /// Parses TOML text; `path` names the file in errors.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                source: .file(path), line: error.source.begin.line, column: error.source.begin.column,
                problem: .syntax)
        } catch {
            throw ConfigError(source: .file(path), problem: .syntax)
        }
        return ConfigFile(path: path, values: ConfigValue.values(of: table))
    }

    /// Reads and parses the file at `url`; nil when there is none.
    public static func load(_ url: URL) throws(ConfigError) -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError(source: .file(url.path), problem: .unreadable)
        }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// `$XDG_CONFIG_HOME/chattutor/config.toml`, or `~/.config/chattutor/config.toml`: the
    /// user's settings of the model and of `serve`.
    public static func userConfigURL(environment: [String: String]) -> URL {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        return base.appendingPathComponent("chattutor/config.toml")
    }

    /// The keys of config.toml that the interface reads (`language`: TutorUI's
    /// `InterfaceLanguage`); the model's and the server's settings leave them alone.
    public static let interfaceKeys: Set<String> = ["language"]

    /// Refuses a key of `values` (a table of this file, at `tablePath`) that is not in `known`,
    /// among the keys `isChecked` selects; `listed` are the keys the message suggests.
    public func rejectUnknownKeys(
        in values: [String: ConfigValue]? = nil, tablePath: String? = nil, known: Set<String>, listed: [String],
        where isChecked: (String) -> Bool = { _ in true }
    ) throws(ConfigError) {
        let keys = (values ?? self.values).keys.filter(isChecked).sorted()
        if let unknown = keys.first(where: { !known.contains($0) }) {
            throw ConfigError(
                source: .file(path), key: tablePath.map { "\($0).\(unknown)" } ?? unknown,
                problem: .unknownKey(known: listed))
        }
    }
}

extension ConfigValue {
    /// Converts TOMLKit's value, reading each accessor its type promises.
    init(_ value: TOMLValue) {
        switch value.type {
        case .string: self = value.string.map(ConfigValue.string) ?? .dateTime(value.debugDescription)
        case .int: self = value.int.map(ConfigValue.integer) ?? .dateTime(value.debugDescription)
        case .double: self = value.double.map(ConfigValue.float) ?? .dateTime(value.debugDescription)
        case .bool: self = value.bool.map(ConfigValue.boolean) ?? .dateTime(value.debugDescription)
        case .array: self = .array(value.array.map { $0.map { ConfigValue($0.tomlValue) } } ?? [])
        case .table: self = .table(value.table.map(Self.values(of:)) ?? [:])
        case .date, .time, .dateTime: self = .dateTime(value.debugDescription)
        }
    }

    static func values(of table: TOMLTable) -> [String: ConfigValue] {
        var values: [String: ConfigValue] = [:]
        for (key, value) in table { values[key] = ConfigValue(value.tomlValue) }
        return values
    }
}
