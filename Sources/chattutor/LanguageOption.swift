// --lang: the interface's language for chat, talk, replay, review, and check's closing count.

import ArgumentParser
import Foundation
import TutorApp
import TutorConfig
import TutorCore
import TutorUI

/// The `--lang` option; without it, `CHATTUTOR_LANG`, then `language` in config.toml, then the
/// locale (LC_ALL, LC_MESSAGES, LANG starting with `ko`) choose, and English is the fallback.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The interface's language: en or ko (default: CHATTUTOR_LANG, then language in config.toml, then the locale).",
            valueName: "en|ko"))
    var lang: String?

    /// Checked before anything opens, so an unknown language (or a broken config.toml) is
    /// reported plainly.
    func validate() throws {
        do {
            _ = try resolve()
        } catch {
            // In the language of the locale or CHATTUTOR_LANG: the one that was asked for may be the broken setting.
            throw ValidationError(error.message(MessageLanguage.strings()))
        }
    }

    /// The language chosen; a `UserError` (exit 78) naming where an unknown code was written.
    func resolve(environment: [String: String] = ProcessEnvironment.variables) throws(UserError)
        -> InterfaceLanguage
    {
        do {
            let file = try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
            return try InterfaceLanguage.choose(flag: lang, environment: environment, file: file)
        } catch {
            throw UserError(error)
        }
    }

    /// The language chosen, English if it cannot be read (`validate` has reported that already).
    var chosen: InterfaceLanguage { (try? resolve()) ?? .english }
}
