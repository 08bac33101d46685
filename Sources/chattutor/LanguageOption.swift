// --lang: the interface's language for chat, talk, replay, review, check's closing count and analyze's names.

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

    /// Checks the flag alone: `--lang fr` is a mistake on the command line (a usage error, exit
    /// 64). A broken config.toml or CHATTUTOR_LANG is not: `resolve`, in the command's run,
    /// reports it as a setting (exit 78), once and without a usage line.
    func validate() throws {
        guard let lang else { return }
        do throws(ConfigError) {
            _ = try InterfaceLanguage.choose(flag: lang, environment: [:], file: nil)
        } catch {
            // In the language of the locale or CHATTUTOR_LANG: the one asked for is the broken one.
            throw ValidationError(UserError(error).message(MessageLanguage.strings()))
        }
    }

    /// The language chosen; a `UserError` (exit 78) naming where an unknown code was written.
    func resolve(environment: [String: String] = ProcessEnvironment.variables) throws(UserError)
        -> InterfaceLanguage
    {
        try resolve(environment: environment, userFile: Self.userFile(environment: environment))
    }

    /// The language chosen with the user's config.toml as already read (`userFile`).
    func resolve(environment: [String: String], userFile: ConfigFile?) throws(UserError) -> InterfaceLanguage {
        do {
            return try InterfaceLanguage.choose(flag: lang, environment: environment, file: userFile)
        } catch {
            throw UserError(error)
        }
    }

    /// The user's config.toml, read (nil when there is none); broken TOML is a `UserError` (78).
    static func userFile(environment: [String: String]) throws(UserError) -> ConfigFile? {
        do {
            return try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
        } catch {
            throw UserError(error)
        }
    }
}
