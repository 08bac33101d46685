// The interface's words in one language: a key's text, with its placeholders filled in.

import Foundation
import TutorCore

/// The catalogue of interface strings for one language. Each key (`status.help`) comes from
/// `Resources/strings/LANG/AREA.toml` (the area is the file's name); a key the language lacks
/// is shown in English, and a key no catalogue has is shown as itself, so it is seen at once.
///
/// Placeholders are written `{name}` and filled from the values given. A count picks
/// `KEY.one` for 1 and `KEY.other` otherwise (`count(_:_:)`), for English plurals.
public struct Strings: Sendable, Hashable {
    /// The language these strings are in.
    public let language: InterfaceLanguage
    private let table: Table

    /// A loaded catalogue; immutable, shared by every copy of the state that holds it.
    final class Table: Sendable {
        let texts: [String: String]
        init(_ texts: [String: String]) { self.texts = texts }
    }

    init(language: InterfaceLanguage, texts: [String: String]) {
        self.language = language
        self.table = Table(texts)
    }

    /// The built-in English strings (the tests' and every state's default), read alone.
    public static let english = StringCatalogue.builtIn(languages: [.english]).strings(for: .english)
    /// The built-in Korean strings, each missing key taken from `english`.
    public static let korean = Strings(
        language: .korean,
        texts: english.table.texts.merging(
            StringCatalogue.builtIn(languages: [.korean]).texts[InterfaceLanguage.korean.rawValue] ?? [:]
        ) { _, own in own })

    /// The built-in strings of `language`.
    public static func builtIn(_ language: InterfaceLanguage) -> Strings {
        language == .korean ? korean : english
    }

    /// The text of `key`, its placeholders filled from `values` (`{name}` → `values["name"]`).
    public func callAsFunction(_ key: String, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        guard let text = table.texts[key] else { return key }
        return values.isEmpty ? text : Self.fill(text, values)
    }

    /// The text of `KEY.one` when `count` is 1 and of `KEY.other` otherwise, with `{count}`
    /// and the other `values` filled in.
    public func count(_ key: String, _ count: Int, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        var all = values
        all["count"] = count
        return self(key + (count == 1 ? ".one" : ".other"), all)
    }

    /// A module's own text (a label, an explanation) in this language.
    public func pick(_ text: LocalizedText) -> String { language == .korean ? text.ko : text.en }

    /// A module's own text in both languages, this language's first: a module teaches in both.
    public func both(_ text: LocalizedText) -> [String] {
        language == .korean ? [text.ko, text.en] : [text.en, text.ko]
    }

    /// Both on one line: "Plural nouns · 명사의 복수형", "명사의 복수형 · Plural nouns" in Korean.
    public func bothOnOneLine(_ text: LocalizedText) -> String { both(text).joined(separator: " · ") }

    /// Whether the catalogue has `key` (in this language or the English fallback).
    public func has(_ key: String) -> Bool { table.texts[key] != nil }

    /// These strings with every key written under `prefix` put in place of the key it names:
    /// `plain.overrides.talk.you_left` replaces `talk.you_left`. A mode that has no keys (the
    /// plain mode's commands instead of Ctrl-C) words the shared notices its own way with it.
    public func overridden(byKeysUnder prefix: String) -> Strings {
        var texts = table.texts
        for (key, text) in table.texts where key.hasPrefix(prefix) {
            texts[String(key.dropFirst(prefix.count))] = text
        }
        return Strings(language: language, texts: texts)
    }

    public static func == (lhs: Strings, rhs: Strings) -> Bool { lhs.language == rhs.language }
    public func hash(into hasher: inout Hasher) { hasher.combine(language) }

    /// Replaces each `{name}` whose name is in `values`; other braces stay as written.
    static func fill(_ text: String, _ values: [String: any CustomStringConvertible]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value.description
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// The placeholder names in `text`: each `{name}` of letters, digits and underscores.
    static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                names.insert(String(name))
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}
