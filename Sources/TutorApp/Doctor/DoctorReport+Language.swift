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
            let name = strings(language == .korean ? "doctor.language.korean" : "doctor.language.english")
            ok(
                "language",
                strings("doctor.language.chosen", ["name": name, "source": languageSource(environment, file)]))
        } catch {
            fix("language", error.message(strings))
        }
    }

    /// Where the language without `--lang` is read: the variable, the file, a locale variable, or nowhere.
    func languageSource(_ environment: [String: String], _ file: ConfigFile?) -> String {
        if let value = environment["CHATTUTOR_LANG"], !value.isEmpty { return strings("doctor.language.from_variable") }
        if let file, file.values["language"] != nil { return strings("doctor.language.from_file", ["path": file.path]) }
        if let name = InterfaceLanguage.localeVariables.first(where: { !(environment[$0] ?? "").isEmpty }) {
            return strings("doctor.language.from_locale", ["variable": name, "value": environment[name] ?? ""])
        }
        return strings("doctor.language.from_default")
    }
}
