// The chattutor command: every subcommand, wired to the real engine, analyser and files.

import ArgumentParser

@main
struct ChatTutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chattutor",
        abstract: "A terminal chat tutor for Korean speakers learning English.",
        discussion: "Chat text and analysis stay in memory; only what you ask for is written to disk.",
        subcommands: [
            ChatCommand.self, ReplayCommand.self, AnalyzeCommand.self, CheckCommand.self, ScriptsCommand.self,
            SavedCommand.self, ReviewCommand.self, DoctorCommand.self, TalkCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
}
