// Reads the flat part of TOML that config.toml uses: `key = "string"` and `key = number`.

/// A line of a configuration file that cannot be read, with its number and the fix.
public struct ConfigFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Flat TOML: `key = "value"` (basic or literal strings), numbers and booleans as text,
/// `#` comments and blank lines. Tables and arrays are refused with a clear message.
public enum FlatTOML {
    /// The keys and values of a config file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigFileError) -> [String: String] {
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func failure(_ reason: String) -> ConfigFileError { ConfigFileError(file: file, line: index + 1, reason: reason) }
            let line = rawLine.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\r"])
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { throw failure("tables are not used here; write the keys at the top level") }
            guard let equals = line.firstIndex(of: "=") else { throw failure("expected key = \"value\"") }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw failure("'\(key)' is not a key name")
            }
            let rest = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let value = value(rest) else { throw failure("the value of \(key) must be a quoted string or a number") }
            values[key] = value
        }
        return values
    }

    /// A quoted string (with the usual escapes) or a bare number/boolean, comment stripped.
    private static func value(_ text: String) -> String? {
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            let bare = text.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return !bare.isEmpty && bare.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0.isLetter }) ? bare : nil
        }
        var result = ""
        var escaped = false
        for character in text.dropFirst() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\", quote == "\"" {
                escaped = true
            } else if character == quote {
                return result
            } else {
                result.append(character)
            }
        }
        return nil
    }
}
