// A value of a TOML file as plain Swift data, so nothing outside this module sees TOMLKit.

/// One value of a configuration file: what TOML can hold, as a Sendable value.
public indirect enum ConfigValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([ConfigValue])
    case table([String: ConfigValue])
    /// A date, a time or both, as written: read, but no setting takes one.
    case dateTime(String)

    /// The value's kind with an article, for messages: "a string", "a table", ...
    public var kind: String {
        switch self {
        case .string: "a string"
        case .integer: "a whole number"
        case .float: "a decimal number"
        case .boolean: "true or false"
        case .array: "an array"
        case .table: "a table"
        case .dateTime: "a date or time"
        }
    }

    /// The value as TOML writes it, shortened, for messages.
    public var written: String {
        let text =
            switch self {
            case .string(let string): "\"\(string)\""
            case .integer(let integer): String(integer)
            case .float(let float): String(float)
            case .boolean(let boolean): String(boolean)
            case .array(let values): "[" + values.map(\.written).joined(separator: ", ") + "]"
            case .table(let values): "{" + values.keys.sorted().joined(separator: ", ") + "}"
            case .dateTime(let text): text
            }
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}
