// The language of the interface, and where the choice comes from: --lang, config, locale.

import TutorConfig

/// The language every screen, hint and message of the interface is shown in. English is the
/// fallback: a string missing from another language's catalogue is shown in English.
public enum InterfaceLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case korean = "ko"

    /// Where the language can be given: `--lang`, `CHATTUTOR_LANG`, then `language` in config.toml.
    public static let setting = Setting(flag: "--lang", environment: ["CHATTUTOR_LANG"], fileKeys: ["language"])

    /// The locale variables in the order POSIX reads them for messages: the first one set decides.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language to show: the flag, then `CHATTUTOR_LANG`, then the config file's
    /// `language`, then the locale (Korean when it starts with `ko`), else English.
    /// An unknown code in any of the first three is an error naming where it was written.
    public static func choose(flag: String?, environment: [String: String], file: ConfigFile?) throws(ConfigError)
        -> InterfaceLanguage
    {
        let resolver = SettingResolver(environment: environment, file: file)
        let codes = allCases.map(\.rawValue)
        if let chosen = try resolver.choice(setting, flag: flag, from: codes),
            let language = Self(rawValue: chosen.value)
        {
            return language
        }
        return fromLocale(environment)
    }

    /// Korean when the locale that governs messages starts with `ko` (`ko_KR.UTF-8`), else English.
    public static func fromLocale(_ environment: [String: String]) -> InterfaceLanguage {
        let locale = localeVariables.lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("ko") ? .korean : .english
    }
}
