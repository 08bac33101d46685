// Reading the interface strings of every language from Resources/strings/LANG/AREA.toml.

import Foundation
import TutorConfig

/// Every language's interface strings as written in the files: `strings/LANG/AREA.toml`, one
/// file per area of the interface (`status`, `help`, `review`, ...), so that each feature keeps
/// its own strings. A file's keys are prefixed with its area: `hint` in `status.toml` is
/// `status.hint`; a `[table]` adds its name (`[quit]` `title` is `AREA.quit.title`).
public struct StringCatalogue: Sendable {
    /// Per language code, each key's text.
    public var texts: [String: [String: String]]

    public init(texts: [String: [String: String]]) { self.texts = texts }

    /// The catalogue shipped in TutorUI's resources; empty (every key shown as itself) if the
    /// resources are missing, which the catalogue's tests rule out.
    static let builtIn = builtIn(languages: nil)

    /// The shipped catalogue of `languages` only (every language when nil). A session needs its
    /// own language and English: reading the other one too was half of the catalogue's time
    /// before the chat's first frame.
    static func builtIn(languages: Set<InterfaceLanguage>?) -> StringCatalogue {
        let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/strings")
        return (try? load(directory, languages: languages.map { Set($0.map(\.rawValue)) }))
            ?? StringCatalogue(texts: [:])
    }

    /// Reads `directory/LANG/*.toml` for every language directory there, or for those of
    /// `only` when it is given.
    public static func load(_ directory: URL, languages only: Set<String>? = nil) throws(ConfigError)
        -> StringCatalogue
    {
        let files = FileManager.default
        var texts: [String: [String: String]] = [:]
        let languages = ((try? files.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            only?.contains($0) ?? true
        }
        for language in languages.sorted() {
            let folder = directory.appendingPathComponent(language)
            let names = ((try? files.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".toml") }
            for name in names.sorted() {
                guard let file = try ConfigFile.load(folder.appendingPathComponent(name)) else { continue }
                let area = String(name.dropLast(".toml".count))
                try flatten(file.values, prefix: area, file: file.path, into: &texts[language, default: [:]])
            }
        }
        return StringCatalogue(texts: texts)
    }

    private static func flatten(
        _ values: [String: ConfigValue], prefix: String, file: String, into texts: inout [String: String]
    ) throws(ConfigError) {
        for (key, value) in values {
            let fullKey = prefix + "." + key
            switch value {
            case .string(let text): texts[fullKey] = text
            case .table(let table): try flatten(table, prefix: fullKey, file: file, into: &texts)
            default:
                throw ConfigError(
                    source: .file(file), key: String(fullKey.drop { $0 != "." }.dropFirst()),
                    problem: .wrongType(found: value, expected: "quoted text"))
            }
        }
    }

    /// The strings of `language`, each missing key taken from English.
    public func strings(for language: InterfaceLanguage) -> Strings {
        let english = texts[InterfaceLanguage.english.rawValue] ?? [:]
        let own = texts[language.rawValue] ?? [:]
        return Strings(language: language, texts: english.merging(own) { _, chosen in chosen })
    }
}
