// The types a setting can have, read from a flag's or variable's text or from a TOML value.

import Foundation

/// A type a setting can take. A config file may hold the TOML type itself or, as the files
/// written for versions before TOMLKit (which read every value as text), the value quoted.
public protocol SettingValue: Sendable {
    /// Reads the text of an environment variable; nil when it is not such a value.
    init?(settingText: String)
    /// The value when the file holds this type's own TOML type; nil for any other.
    static func typed(_ configValue: ConfigValue) -> Self?
    /// The value as a user would write it, for messages.
    var settingText: String { get }
}

extension SettingValue {
    /// Reads a config file's value: its own TOML type, or text as an environment variable's.
    public init?(configValue: ConfigValue) {
        if let value = Self.typed(configValue) {
            self = value
        } else if case .string(let text) = configValue, let value = Self(settingText: text) {
            self = value
        } else {
            return nil
        }
    }
}

extension String: SettingValue {
    public init?(settingText: String) { self = settingText }
    public static func typed(_ configValue: ConfigValue) -> String? {
        guard case .string(let text) = configValue else { return nil }
        return text
    }
    public var settingText: String { self }
}

extension Int: SettingValue {
    public init?(settingText: String) { self.init(settingText.trimmingCharacters(in: .whitespaces)) }
    public static func typed(_ configValue: ConfigValue) -> Int? {
        guard case .integer(let value) = configValue else { return nil }
        return value
    }
    public var settingText: String { String(self) }
}

extension Double: SettingValue {
    public init?(settingText: String) {
        guard let value = Double(settingText.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        self = value
    }

    /// A whole number is a number too.
    public static func typed(_ configValue: ConfigValue) -> Double? {
        switch configValue {
        case .integer(let value): Double(value)
        case .float(let value) where value.isFinite: value
        default: nil
        }
    }

    public var settingText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}

extension Bool: SettingValue {
    /// `true`, `1`, `yes` or `false`, `0`, `no`, in any case.
    public init?(settingText: String) {
        switch settingText.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1", "yes": self = true
        case "false", "0", "no": self = false
        default: return nil
        }
    }

    public static func typed(_ configValue: ConfigValue) -> Bool? {
        guard case .boolean(let value) = configValue else { return nil }
        return value
    }

    public var settingText: String { String(self) }
}

extension Array: SettingValue where Element == String {
    /// Comma-separated, blanks dropped.
    public init?(settingText: String) {
        self = settingText.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// An array of strings (a comma-separated string is read as text).
    public static func typed(_ configValue: ConfigValue) -> [String]? {
        guard case .array(let values) = configValue else { return nil }
        var strings: [String] = []
        for value in values {
            guard case .string(let string) = value else { return nil }
            strings.append(string)
        }
        return strings
    }

    public var settingText: String { joined(separator: ",") }
}
