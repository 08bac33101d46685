// `doctor`'s language check: which language the interface shows, and where that choice comes from.

import Foundation
import TutorConfig
import TutorUI

extension DoctorReport {
    /// The interface's language without `--lang`: `CHATTUTOR_LANG`, config.toml's `language`,
    /// then the locale. An unknown code (or a config.toml that cannot be read) needs fixing.
    public mutating func checkLanguage(_ environment: [String: String]) {
        let file: ConfigFile?
        do {
            file = try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
            let language = try InterfaceLanguage.choose(flag: nil, environment: environment, file: file)
            let name = language == .korean ? "Korean (ko)" : "English (en)"
            ok("language", "\(name), from \(Self.languageSource(environment, file)); --lang en|ko chooses another")
        } catch {
            fix("language", error.description)
        }
    }

    /// Where the language without `--lang` is read: the variable, the file, a locale variable, or nowhere.
    static func languageSource(_ environment: [String: String], _ file: ConfigFile?) -> String {
        if let value = environment["CHATTUTOR_LANG"], !value.isEmpty { return "CHATTUTOR_LANG" }
        if let file, file.values["language"] != nil { return "language in \(file.path)" }
        if let name = InterfaceLanguage.localeVariables.first(where: { !(environment[$0] ?? "").isEmpty }) {
            return "the locale (\(name)=\(environment[name] ?? ""))"
        }
        return "the default (no locale set)"
    }
}
