// `chattutor talk host` / `talk join CODE`: two learners in two terminals on one machine.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorTalk

struct TalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talk",
        abstract: "Chat with another learner in another terminal on this machine, like talk(1).",
        discussion: """
            The host runs the analysis for both learners and shows a one-time join code; the other \
            learner runs `chattutor talk join` and types it at the prompt (or sets CHATTUTOR_TALK_CODE). Each learner sees and saves only their own modules.
            """,
        subcommands: [TalkHostCommand.self, TalkJoinCommand.self]
    )
}

struct TalkHostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Start a talk conversation and show its join code.",
        discussion: """
            Share the code only with the learner you talk to: it admits one guest, once. /end ends the conversation \
            for both; so does quitting, after the guest's remaining modules have gone out. If the guest leaves, \
            /interviewer goes on with the interviewer (--script, or --interviewer llm) in the same conversation.
            """
    )

    @OptionGroup var interviewer: InterviewerOptions

    @OptionGroup var options: TerminalOptions

    func run() async throws {
        try await reportingUserErrors {
            try PlainChoice.refuseTalk(options.language.chosen)
            let chosen = try interviewer.resolve(transcripts: options.transcripts)
            let conversationID = ConversationID("talk-\(UUID().uuidString.prefix(8))")
            let host: TalkHost
            do {
                host = try TalkHost(conversationID: conversationID, hostName: options.userName)
            } catch {
                throw UserError.cannotCreate("cannot start the talk conversation: \(error)")
            }
            defer { host.close() }
            let code = host.code.description
            try await options.runSession(
                .talkHost(conversationID: conversationID, code: code, standby: chosen.standby),
                scenario: chosen.scenario
            ) { engine, log in
                TalkHostPort(engine: EnginePort(engine: engine, log: log), host: host)
            }
        }
    }
}

struct TalkJoinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a talk conversation with the code the host shows.",
        discussion: "Your modules arrive from the host's analysis; the ones you save go into your own database."
    )

    /// Where a code may come from besides the command line, which every local user can read in
    /// the process list (`/proc/PID/cmdline`); the environment is readable by the same user only.
    static let codeVariable = "CHATTUTOR_TALK_CODE"

    @Argument(
        help: ArgumentHelp(
            "The join code the host shows (for example ABCD-EFGH-JKLM-NPQR).",
            discussion: """
                Leave it out to type it at a prompt, or set \(codeVariable): a code on the command line is \
                visible to every user of this machine in the process list until the guest joins.
                """))
    var code: String?

    @OptionGroup var options: TerminalOptions

    func run() async throws {
        try await reportingUserErrors {
            // Checked before joining: the code works once, and a guest without a terminal would spend it.
            try PlainChoice.refuseTalk(options.language.chosen)
            let joinCode = try Self.joinCode(given: code ?? ProcessInfo.processInfo.environment[Self.codeVariable])
            let guest: TalkGuest
            do {
                guest = try TalkGuest(code: joinCode, name: options.userName)
            } catch let error as TalkError where error == .wrongCode {
                throw UserError(message: "\(error)", exitCode: 77)
            } catch {
                throw UserError.noInput("cannot join: \(error)")
            }
            defer {
                guest.send(.leave)  // a quit is a leave; a crash or kill shows as a drop
                guest.close()
            }
            try await options.runSession(.talkGuest(conversationID: guest.conversationID, hostName: guest.hostName)) {
                engine, log in
                TalkGuestPort(guest: guest, learner: .learnerB, local: EnginePort(engine: engine, log: log))
            }
        }
    }
}

extension TalkJoinCommand {
    /// The code from the command line or the environment, else typed at a prompt (asked again
    /// after a typo, three times in all).
    static func joinCode(given: String?) throws(UserError) -> JoinCode {
        let notACode = { (text: String) in
            UserError.dataError(
                "'\(TextSanitizer.sanitize(String(text.prefix(20)), keepNewlines: false))' is not a join code: it has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR"
            )
        }
        if let given {
            guard let code = JoinCode(given) else { throw notACode(given) }
            return code
        }
        var lastTyped = ""
        for _ in 0..<3 {
            FileHandle.standardOutput.write(Data("Join code (as the host's screen shows it): ".utf8))
            guard let line = readLine(strippingNewline: true) else { throw UserError.noInput("no join code was typed") }
            if let code = JoinCode(line.trimmingCharacters(in: .whitespaces)) { return code }
            lastTyped = line
            print("That is not a join code: it has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR.")
        }
        throw notACode(lastTyped)
    }
}
