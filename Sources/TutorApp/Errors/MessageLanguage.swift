// The language a command's messages are said in, for every command, with or without --lang.

import Foundation
import TutorConfig
import TutorCore
import TutorUI

/// The language of a command's messages, chosen as the interface's is (`--lang`, then
/// `CHATTUTOR_LANG`, then `language` in config.toml, then the locale), for every command:
/// the ones without `--lang` (saved, check) follow the others. A setting that cannot be read
/// is passed over here (its own error says so), never stopping a message from being said.
public enum MessageLanguage {
    public static func current(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessEnvironment.variables
    ) -> InterfaceLanguage {
        let flag = arguments.indices.dropFirst().lazy.compactMap { index -> String? in
            let argument = arguments[index]
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            return argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1] : nil
        }.first
        let file = try? ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
        for candidate in [(flag, file), (nil, file), (nil, nil)] {
            if let language = try? InterfaceLanguage.choose(
                flag: candidate.0, environment: environment, file: candidate.1)
            {
                return language
            }
        }
        return InterfaceLanguage.fromLocale(environment)
    }

    /// The built-in strings of `current()`.
    public static func strings() -> Strings { Strings.builtIn(current()) }
}
