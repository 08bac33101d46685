// Reads a theme from its TOML file (docs/themes.md), through the one configuration reader.

import TerminalKit
import TutorConfig

extension Theme {
    /// The keys of a role's table.
    private static let styleKeys = ["fg", "bg", "bold", "dim", "underline", "reverse"]

    /// Reads a theme from its file: `name = "..."`, then one `[role]` table per role with `fg`,
    /// `bg` (a colour name such as "cyan" or "bright-blue", or 0–255) and `bold`, `dim`,
    /// `underline`, `reverse` (true/false). Roles left out fall back to `mono`; the name
    /// defaults to the file's path.
    public init(_ config: ConfigFile) throws(ConfigError) {
        let roles = Role.allCases.map(\.rawValue)
        try config.rejectUnknownKeys(known: Set(["name"] + roles), listed: ["name"] + roles)
        var name = config.path
        if let written = config.values["name"] {
            guard case .string(let string) = written else {
                throw ConfigError(
                    source: .file(config.path), key: "name",
                    problem: .wrongType(found: written, expected: "a quoted name"))
            }
            name = string
        }
        var styles: [Role: CellStyle] = [:]
        for role in Role.allCases {
            guard let written = config.values[role.rawValue] else { continue }
            guard case .table(let values) = written else {
                throw ConfigError(
                    source: .file(config.path), key: role.rawValue,
                    problem: .wrongType(found: written, expected: "a [\(role.rawValue)] table"))
            }
            try config.rejectUnknownKeys(
                in: values, tablePath: role.rawValue, known: Set(Self.styleKeys), listed: Self.styleKeys)
            styles[role] = try Self.style(values, role: role, file: config.path)
        }
        self.init(name: name, styles: styles)
    }

    private static func style(_ values: [String: ConfigValue], role: Role, file: String) throws(ConfigError)
        -> CellStyle
    {
        func failure(_ key: String, _ found: ConfigValue, _ expected: ExpectedValue) -> ConfigError {
            ConfigError(
                source: .file(file), key: "\(role.rawValue).\(key)",
                problem: .wrongType(found: found, expected: expected))
        }
        var style = CellStyle.plain
        for key in ["fg", "bg"] {
            guard let written = values[key] else { continue }
            guard let color = color(written) else {
                throw failure(key, written, "a colour: a name such as \"cyan\" or \"bright-blue\", or 0–255")
            }
            if key == "fg" { style.foreground = color } else { style.background = color }
        }
        let flags: [(String, WritableKeyPath<CellStyle, Bool>)] = [
            ("bold", \.bold), ("dim", \.dim), ("underline", \.underline), ("reverse", \.reverse),
        ]
        for (key, path) in flags {
            guard let written = values[key] else { continue }
            guard case .boolean(let flag) = written else { throw failure(key, written, "true or false") }
            style[keyPath: path] = flag
        }
        return style
    }

    private static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ value: ConfigValue) -> TerminalColor? {
        switch value {
        case .integer(let number):
            guard let index = UInt8(exactly: number) else { return nil }
            return index < 16 ? .ansi(index) : .indexed(index)
        case .string(let text):
            let name = text.lowercased()
            if name == "default" { return .default }
            if let index = colorNames.firstIndex(of: name) { return .ansi(UInt8(index)) }
            if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) {
                return .ansi(UInt8(index + 8))
            }
            return nil
        default:
            return nil
        }
    }
}
