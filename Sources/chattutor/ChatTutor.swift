// The chattutor command: every subcommand, wired to the real engine, analyser and files.

import ArgumentParser
import Foundation
import TutorApp
import TutorCommandLine
import TutorCore
import TutorUI

@main
struct ChatTutor: AsyncParsableCommand {
    /// The version `--version` prints.
    static let version = ChatTutorRelease.version

    static let configuration = CommandConfiguration(
        commandName: "chattutor",
        abstract: "A terminal chat tutor for Korean speakers learning English.",
        discussion: "Chat text and analysis stay in memory; only what you ask for is written to disk.",
        version: version,
        subcommands: [
            ChatCommand.self, ReplayCommand.self, AnalyzeCommand.self, CheckCommand.self, ScriptsCommand.self,
            SavedCommand.self, ReviewCommand.self, DoctorCommand.self, TalkCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    /// Hands `serve …` to chattutor-serve; otherwise parses as ArgumentParser does, except that a first word that is no command (chat takes
    /// no words of its own) is reported as an unknown command with the nearest one, instead of
    /// as an unexpected argument of `chat`.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `serve` is its own executable, so its help, options and errors are its own.
        if let serveArguments = ServeLauncher.serveArguments(arguments) {
            do {
                try ServeLauncher.start(serveArguments)
            } catch {
                FileHandle.standardError.write(Data("chattutor: \(error.message)\n".utf8))
                Foundation.exit(error.exitCode)
            }
        }
        // The interface's strings (a few milliseconds of TOML) load on another core while the
        // command line is parsed: the chat's first frame, and most commands, say something.
        // Not for `check`, whose output is data (it loads them itself for a closing count or
        // an error) and whose start-up is counted (scripts/bench-check).
        if arguments.first != "check" { Task.detached(priority: .userInitiated) { _ = Strings.english } }
        if let first = arguments.first,
            let message = UnknownCommand.message(for: first, commands: commandNames, MessageLanguage.strings())
        {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(64)
        }
        do {
            var command = try parse(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitSaying(error)
        }
    }

    /// The command `arguments` ask for. The chat's (`chat …`, or options alone, since it is
    /// the default) are first parsed by ChatCommand as a command of its own: parsed through
    /// the tree, ArgumentParser reflects on the chat's options three times (whether the
    /// default command and then `chat` take all remaining input, then to parse them), and
    /// that reflection was a fifth of the time before the chat's first frame. Whatever does
    /// not parse that way (help, `--version`, an error) is parsed again through the tree, so
    /// it is said as before.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        let chatArguments: [String]? =
            switch arguments.first {
            case nil: []
            case "chat": Array(arguments.dropFirst())
            case let first? where first.hasPrefix("-"): arguments
            default: nil
            }
        // Help comes back as a command of its own (it prints the chat's help, not the tree's).
        if let chatArguments, let chat = try? ChatCommand.parseAsRoot(chatArguments) as? ChatCommand { return chat }
        return try parseAsRoot(arguments)
    }

    /// Exits as ArgumentParser's `exit(withError:)` does, its error said in the interface's
    /// language (`CommandLineMessage`); help and `--version` print as ArgumentParser writes them.
    static func exitSaying(_ error: any Error) -> Never {
        let strings = MessageLanguage.strings()
        let code = exitCode(for: error)
        let text = fullMessage(for: error)
        guard strings.language != .english, code != .success, !text.isEmpty else { exit(withError: error) }
        let said = CommandLineMessage.translated(text, message: message(for: error), strings)
        FileHandle.standardError.write(Data((said + "\n").utf8))
        Foundation.exit(code.rawValue)
    }

    /// Every subcommand's name, and `help`.
    static var commandNames: [String] {
        configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty } + ["help"]
    }
}

/// Says that a word is no command, and which command it is nearest to.
enum UnknownCommand {
    /// The message for a first argument that is no command; nil for a command, an option or a path.
    static func message(for word: String, commands: [String], _ strings: @autoclosure () -> Strings) -> String? {
        guard !word.hasPrefix("-"), !commands.contains(word), !word.contains("/"), !word.contains(".") else {
            return nil
        }
        let strings = strings()
        let nearest = commands.map { ($0, NearestName.distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        let shown = TextSanitizer.printable(String(word.prefix(40)), keepNewlines: false)
        var sentences = [strings("cli.command.unknown", ["word": shown])]
        if let nearest, nearest.1 <= max(2, nearest.0.count / 3) {
            sentences.append(strings("cli.command.did_you_mean", ["command": nearest.0]))
        }
        sentences.append(strings("cli.command.see_commands"))
        return sentences.joined(separator: " ")
    }
}
