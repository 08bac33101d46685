// Reads a theme from the small TOML subset that themes/ uses (docs/themes.md).

import TerminalKit

/// A theme file that cannot be read, with the line to fix.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

extension Theme {
    /// Parses a theme: `name = "..."`, then one `[role]` table per role with `fg`, `bg`
    /// (a colour name such as "cyan" or "bright-blue", or 0–255) and `bold`, `dim`,
    /// `underline`, `reverse` (true/false). Roles left out fall back to `mono`.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        var name = file
        var styles: [Role: CellStyle] = [:]
        var role: Role?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func failure(_ reason: String) -> ThemeError { ThemeError(file: file, line: lineNumber, reason: reason) }
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmedSpaces ?? ""
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), let parsed = Role(rawValue: String(line.dropFirst().dropLast()).trimmedSpaces) else {
                    throw failure("unknown section \(line); roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                role = parsed
                styles[parsed] = styles[parsed] ?? .plain
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmedSpaces }
            guard parts.count == 2 else { throw failure("expected key = value") }
            let (key, value) = (parts[0], parts[1])
            guard let role else {
                guard key == "name", let string = value.unquoted else { throw failure("only name = \"...\" may come before the first [role]") }
                name = string
                continue
            }
            var style = styles[role] ?? .plain
            switch key {
            case "fg", "bg":
                guard let color = Self.color(value) else { throw failure("'\(value)' is not a colour (a name such as \"cyan\", or 0–255)") }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "underline", "reverse":
                guard value == "true" || value == "false" else { throw failure("\(key) must be true or false") }
                let flag = value == "true"
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw failure("unknown key '\(key)'; expected fg, bg, bold, dim, underline or reverse")
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }

    private static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ value: String) -> TerminalColor? {
        if let number = UInt8(value) { return number < 16 ? .ansi(number) : .indexed(number) }
        guard let name = value.unquoted?.lowercased() else { return nil }
        if name == "default" { return .default }
        if let index = colorNames.firstIndex(of: name) { return .ansi(UInt8(index)) }
        if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) { return .ansi(UInt8(index + 8)) }
        return nil
    }
}

extension String {
    var trimmedSpaces: String {
        var view = Substring(self)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }

    /// The contents of a "double-quoted" string, or nil.
    var unquoted: String? {
        guard count >= 2, hasPrefix("\""), hasSuffix("\"") else { return nil }
        return String(dropFirst().dropLast())
    }
}
