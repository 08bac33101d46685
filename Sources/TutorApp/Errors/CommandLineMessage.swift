// The command line's errors (ArgumentParser's and ours) in the interface's language.

import TutorUI

/// ArgumentParser writes its errors in English: `Error: MESSAGE`, an option's help, the usage
/// and "See '… --help' for more information.". In another language each of its messages is
/// said from the catalogue's `cli` area, the values it names kept as written; the usage line and
/// the options' help stay as ArgumentParser writes them. A message it has no words for (ours,
/// already from the catalogue, or one it adds later) is kept as it is.
public enum CommandLineMessage {
    /// `fullText` (ArgumentParser's `fullMessage(for:)`, which starts with `Error: ` and
    /// `message`) in `strings`' language; in English, `fullText` itself.
    public static func translated(_ fullText: String, message: String, _ strings: Strings) -> String {
        guard strings.language != .english else { return fullText }
        let errorLine = "Error: " + message
        guard fullText.hasPrefix(errorLine) else { return fullText }
        let rest = fullText.dropFirst(errorLine.count).split(separator: "\n", omittingEmptySubsequences: false)
        let lines = rest.map { line(String($0), strings) }
        return strings("cli.error_prefix") + self.message(message, strings) + lines.joined(separator: "\n")
    }

    /// One of ArgumentParser's messages in `strings`' language, or `message` when it is not one.
    public static func message(_ message: String, _ strings: Strings) -> String {
        for pattern in patterns {
            guard let match = try? pattern.regex?.wholeMatch(in: message) else { continue }
            var values: [String: any CustomStringConvertible] = [:]
            for (index, name) in pattern.names.enumerated() {
                guard let captured = match.output[index + 1].substring else { continue }
                values[name] = name == "choices" ? choices(String(captured)) : String(captured)
            }
            return strings("cli.parser." + pattern.key, values)
        }
        return message
    }

    /// A line after the message: the help, usage and "see" lines' labels said in the language.
    static func line(_ line: String, _ strings: Strings) -> String {
        if line.hasPrefix("Help: ") { return strings("cli.help_label") + line.dropFirst("Help: ".count) }
        if line.hasPrefix("Usage: ") { return strings("cli.usage_label") + line.dropFirst("Usage: ".count) }
        let indent = line.prefix { $0 == " " }
        let text = line.dropFirst(indent.count)
        let see = "See '"
        let end = "' for more information."
        if text.hasPrefix(see), text.hasSuffix(end) {
            let command = text.dropFirst(see.count).dropLast(end.count)
            return indent + strings("cli.see_help", ["command": String(command)])
        }
        return line
    }

    /// A list of choices as ArgumentParser words it (`'a', 'b' or 'c'`, or a list of `  - a`
    /// lines after "the following:") as `'a', 'b', 'c'`.
    static func choices(_ text: String) -> String {
        let following = "the following:\n"
        if text.hasPrefix(following) {
            let items = text.dropFirst(following.count).split(separator: "\n").map {
                "'" + $0.trimmingCharacters(in: .whitespaces).dropFirst(2) + "'"
            }
            return items.joined(separator: ", ")
        }
        return text.replacingOccurrences(of: "' or '", with: "', '").replacingOccurrences(of: "' and '", with: "', '")
    }

    /// ArgumentParser's messages (swift-argument-parser 1.8's ErrorMessageGenerator), most
    /// specific first: each is matched whole, its captures named for the catalogue's placeholders.
    struct Pattern: @unchecked Sendable {
        let key: String
        /// Nil only if the pattern did not compile; the tests rule that out.
        let regex: Regex<AnyRegexOutput>?
        let names: [String]

        init(_ key: String, _ pattern: String, _ names: [String]) {
            self.key = key
            self.regex = try? Regex(pattern).dotMatchesNewlines()
            self.names = names
        }
    }

    static let patterns: [Pattern] = [
        Pattern(
            "unknown_option_suggestion", #"Unknown option '(.+?)'\. Did you mean '(.+)'\?"#, ["option", "suggestion"]),
        Pattern("unknown_option", #"Unknown option '(.+)'"#, ["option"]),
        Pattern("missing_value", #"Missing value for '(.+)'"#, ["option"]),
        Pattern(
            "invalid_value_choices", #"The value '(.*?)' is invalid for '(.+?)'\. Please provide one of (.+?)\.?"#,
            ["value", "option", "choices"]),
        Pattern(
            "invalid_value_reason", #"The value '(.*?)' is invalid for '(.+?)': (.+)"#, ["value", "option", "reason"]),
        Pattern("invalid_value", #"The value '(.*)' is invalid for '(.+)'"#, ["value", "option"]),
        Pattern("missing_argument", #"Missing expected argument '(.+)'"#, ["argument"]),
        Pattern("missing_one_of", #"Missing one of: (.+)"#, ["arguments"]),
        Pattern("unexpected_argument", #"Unexpected argument '(.+)'"#, ["argument"]),
        Pattern("unexpected_arguments", #"([0-9]+) unexpected arguments: (.+)"#, ["count", "arguments"]),
        Pattern(
            "takes_no_value", #"The option '(.+?)' does not take any value, but '(.*)' was specified\."#,
            ["option", "value"]),
        Pattern("missing_subcommand", #"Missing required subcommand\."#, []),
        Pattern("invalid_option", #"Invalid option: (.+)"#, ["option"]),
    ]
}
