// Configuration and input errors in the interface's language, from the catalogue's `errors` area.

import TutorConfig
import TutorCore

extension ConfigError {
    /// The error in `strings`' language. Where it is, the values, the TOML parser's reason and
    /// a setting's own advice stay as written; in English this is `description`.
    public func message(_ strings: Strings) -> String {
        let key = self.key ?? ""
        switch problem {
        case .syntax(let reason):
            return strings("errors.config.syntax", ["place": place, "reason": reason])
        case .unreadable:
            return strings("errors.config.unreadable", ["place": place])
        case .unknownKey(let known):
            return strings(
                "errors.config.unknown_key", ["place": place, "key": key, "known": known.joined(separator: ", ")])
        case .wrongType(let found, let expected):
            return strings(
                "errors.config.wrong_type",
                [
                    "place": place, "key": key.isEmpty ? "the value" : key, "expected": expected, "kind": found.kind,
                    "written": found.written,
                ])
        case .invalidValue(let value, let expected):
            let shown = value.count > 80 ? String(value.prefix(79)) + "…" : value
            return strings("errors.config.invalid_value", ["subject": subject, "value": shown, "expected": expected])
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
