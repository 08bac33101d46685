// Configuration and input errors in the interface's language, from the catalogue's `errors` area.

import TutorConfig
import TutorCore

extension ConfigError {
    /// The error in `strings`' language. Where it is, the values and a setting's own advice stay
    /// as written; in English this is `description`.
    public func message(_ strings: Strings) -> String {
        let key = self.key ?? ""
        switch problem {
        case .syntax:
            return strings("errors.config.syntax", ["place": place])
        case .unreadable:
            return strings("errors.config.unreadable", ["place": place])
        case .unknownKey(let known):
            return strings(
                "errors.config.unknown_key", ["place": place, "key": key, "known": known.joined(separator: ", ")])
        case .wrongType(let found, let expected):
            return strings(
                "errors.config.wrong_type",
                [
                    "place": place, "key": key.isEmpty ? "the value" : key, "expected": Self.said(expected, strings),
                    "kind": Self.said(found, strings), "written": found.written,
                ])
        case .invalidValue(let value, let expected):
            let shown = value.count > 80 ? String(value.prefix(79)) + "…" : value
            return strings(
                "errors.config.invalid_value",
                ["subject": subject, "value": shown, "expected": Self.said(expected, strings)])
        case .missing(let advice):
            return advice
        case .notPrivate(let mode, let alternative):
            return strings(
                "errors.config.not_private",
                [
                    "place": place, "key": key.isEmpty ? "a secret" : key, "mode": String(mode, radix: 8),
                    "alternative": alternative,
                ])
        }
    }
}

extension ConfigError {
    /// What a setting takes, in `strings`' language; a caller's own words stay as written.
    static func said(_ expected: ExpectedValue, _ strings: Strings) -> String {
        switch expected {
        case .wholeNumber(let from, let to): strings("errors.config.expected.whole_number", ["from": from, "to": to])
        case .seconds(let maximum): strings("errors.config.expected.seconds", ["maximum": maximum])
        case .oneOf(let choices):
            strings("errors.config.expected.one_of", ["choices": choices.joined(separator: ", ")])
        case .trueOrFalse: strings("errors.config.expected.true_or_false")
        case .text: strings("errors.config.expected.text")
        case .words(let words): words
        }
    }

    /// The kind of a value that was written, in `strings`' language.
    static func said(_ value: ConfigValue, _ strings: Strings) -> String {
        switch value {
        case .string: strings("errors.config.kind.string")
        case .integer: strings("errors.config.kind.integer")
        case .float: strings("errors.config.kind.float")
        case .boolean: strings("errors.config.kind.boolean")
        case .array: strings("errors.config.kind.array")
        case .table: strings("errors.config.kind.table")
        case .dateTime: strings("errors.config.kind.date_time")
        }
    }
}

extension InputError {
    /// The error in `strings`' language: the source named, what is wrong and what to do (the
    /// system's own reason stays as the system words it); in English this is `description`.
    public func message(_ strings: Strings) -> String {
        let problem: String
        switch reason {
        case .notFound: problem = strings("errors.input.not_found")
        case .permissionDenied: problem = strings("errors.input.permission_denied")
        case .isDirectory: problem = strings("errors.input.directory")
        case .isDevice: problem = strings("errors.input.device")
        case .lineTooLong(let lineNumber, let maximumByteCount):
            problem = strings("errors.input.line_too_long", ["line": lineNumber, "size": Self.size(maximumByteCount)])
        case .binary(let lineNumber): problem = strings("errors.input.binary", ["line": lineNumber])
        case .tooLarge(let maximumByteCount):
            problem = strings("errors.input.too_large", ["size": Self.size(maximumByteCount)])
        case .failed(let systemReason): problem = systemReason
        }
        return strings("errors.input.cannot_read", ["source": sourceName, "problem": problem])
    }
}
