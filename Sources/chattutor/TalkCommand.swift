// `chattutor talk host` / `talk join CODE`: two learners in two terminals on one machine.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorTalk
import TutorUI

struct TalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talk",
        abstract: "Chat with another learner in another terminal on this machine, like talk(1).",
        discussion: """
            The host runs the analysis for both learners and shows a one-time join code; the other \
            learner runs `chattutor talk join` and types it at the prompt (or sets CHATTUTOR_TALK_CODE). Each learner sees and saves only their own modules.
            With --plain, or when TERM is dumb or unset, or standard input or output is not a terminal, talk is plain \
            lines (the other learner's by their name); /help lists its commands.
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

    @OptionGroup var plain: PlainOption

    func run() async throws {
        try await reportingUserErrors {
            let chosen = try interviewer.resolve(transcripts: options.transcripts)
            // config.toml read once: the guest is told the model the session then uses.
            let configuration = try options.configuration()
            let strings = Strings.builtIn(configuration.language)
            let conversationID = ConversationID("talk-\(UUID().uuidString.prefix(8))")
            // The guest's screen promises modules after the host's batch size and names the
            // host's analyser: the welcome tells it both.
            let analysis = TalkAnalysis(
                batchSize: options.batchSize,
                analyser: EngineParts.analyserLabel(endpoint: configuration.endpoint, stages: options.model.stages))
            let host: TalkHost
            do {
                host = try TalkHost(conversationID: conversationID, hostName: options.userName, analysis: analysis)
            } catch {
                throw UserError.cannotCreate(strings("talk.cannot_start", ["reason": "\(error)"]))
            }
            defer { host.close() }
            let kind = SessionKind.talkHost(
                conversationID: conversationID, code: host.code.description, standby: chosen.standby)
            let port: @Sendable (Engine, EventLog) -> any ConversationPort = { engine, log in
                TalkHostPort(engine: EnginePort(engine: engine, log: log), host: host)
            }
            if plain.isChosen {
                try await options.runPlainSession(
                    kind, scenario: chosen.scenario, configuration: configuration, port: port)
            } else {
                try await options.runSession(kind, scenario: chosen.scenario, configuration: configuration, port: port)
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

    @OptionGroup var plain: PlainOption

    func run() async throws {
        try await reportingUserErrors {
            let configuration = try options.configuration()
            let strings = Strings.builtIn(configuration.language)
            let joinCode = try Self.joinCode(
                given: code ?? ProcessEnvironment.variables[Self.codeVariable], strings)
            let guest: TalkGuest
            do {
                guest = try TalkGuest(code: joinCode, name: options.userName)
            } catch let error as TalkError {
                throw Self.joinError(error, strings)
            } catch {
                throw UserError.noInput(strings("talk.cannot_join", ["reason": "\(error)"]))
            }
            defer {
                guest.send(.leave)  // a quit is a leave; a crash or kill shows as a drop
                guest.close()
            }
            let kind = SessionKind.talkGuest(
                conversationID: guest.conversationID, hostName: guest.hostName, hostAnalysis: guest.analysis)
            let port: @Sendable (Engine, EventLog) -> any ConversationPort = { engine, log in
                TalkGuestPort(guest: guest, learner: .learnerB, local: EnginePort(engine: engine, log: log))
            }
            if plain.isChosen {
                try await options.runPlainSession(kind, configuration: configuration, port: port)
            } else {
                try await options.runSession(kind, configuration: configuration, port: port)
            }
        }
    }

    /// A failed join in the interface's language: a wrong code (77) or no such conversation
    /// (66) said from the catalogue; the connection's other reasons as it words them.
    static func joinError(_ error: TalkError, _ strings: Strings) -> UserError {
        switch error {
        case .wrongCode: UserError(message: strings("talk.join_error.wrong_code"), exitCode: 77)
        case .noSuchConversation: UserError.noInput(strings("talk.join_error.no_conversation"))
        case .timedOut: UserError.noInput(strings("talk.join_error.timed_out"))
        default: UserError.noInput(strings("talk.cannot_join", ["reason": "\(error)"]))
        }
    }
}

extension TalkJoinCommand {
    /// The code from the command line or the environment, else typed at a prompt (asked again
    /// after a typo, three times in all).
    static func joinCode(given: String?, _ strings: Strings) throws(UserError) -> JoinCode {
        let notACode = { (text: String) in
            UserError.dataError(
                strings(
                    "talk.not_a_code", ["text": TextSanitizer.sanitize(String(text.prefix(20)), keepNewlines: false)]))
        }
        if let given {
            guard let code = JoinCode(given) else { throw notACode(given) }
            return code
        }
        var lastTyped = ""
        for _ in 0..<3 {
            FileHandle.standardOutput.write(Data(strings("talk.code_prompt").utf8))
            guard let line = Self.readLineUnbuffered() else { throw UserError.noInput(strings("talk.no_code_typed")) }
            if let code = JoinCode(line.trimmingCharacters(in: .whitespaces)) { return code }
            lastTyped = line
            print(strings("talk.code_again"))
        }
        throw notACode(lastTyped)
    }

    /// One line of standard input, read a byte at a time, so that nothing after it is taken
    /// into a buffer: the plain mode reads the lines that follow (`readLine` would buffer
    /// them away when the input is a pipe). Nil at the end of the input.
    static func readLineUnbuffered() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 4096 {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
