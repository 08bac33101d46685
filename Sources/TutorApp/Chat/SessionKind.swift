// The one way chat, replay and talk build the app's first state.

import Foundation
import TerminalKit
import TutorCore
import TutorTalk
import TutorUI

/// Which screen a terminal session opens: the one thing chat, replay and talk differ in.
public enum SessionKind: Sendable {
    /// `chat`: an interviewer (a script or the model) asks, the learner answers.
    case chat(StandbyInterviewer)
    /// `replay`: a recorded conversation plays into the chat.
    case replay(ReplayState)
    /// `talk host`: the join code on screen, the interviewer on standby for when the guest leaves.
    case talkHost(conversationID: ConversationID, code: String, standby: StandbyInterviewer)
    /// `talk join`: learner B in the host's conversation, analysed as the host's welcome said.
    case talkGuest(conversationID: ConversationID, hostName: String, hostAnalysis: TalkAnalysis)
}

/// What every terminal session takes from its command line.
public struct SessionSettings: Sendable {
    public var userName: String
    /// The learner's messages per batch, which the empty module pane promises.
    public var batchSize: Int
    /// Also show rejected modules, with their report.
    public var debug: Bool
    /// Whether the app takes the mouse from the start (`--mouse`).
    public var mouseCapture: Bool
    /// The language of the screens (`--lang`, config, locale).
    public var language: InterfaceLanguage

    public init(
        userName: String, batchSize: Int = EngineConfiguration.defaultBatchSize, debug: Bool = false,
        mouseCapture: Bool = false, language: InterfaceLanguage = .english
    ) {
        self.userName = userName
        self.batchSize = batchSize
        self.debug = debug
        self.mouseCapture = mouseCapture
        self.language = language
    }
}

extension AppState {
    /// The first state of a session of `kind`: the same fields set the same way for chat,
    /// replay and both sides of talk; only what the kind adds differs. `analyser` is this
    /// process's, named in the status bar in the session's language.
    public static func session(
        _ kind: SessionKind, settings: SessionSettings, theme: Theme, analyser: AnalyserLabel,
        size: TerminalSize = TerminalSize(columns: 80, rows: 24), startedAt: Date = Date()
    ) -> AppState {
        let strings = Strings.builtIn(settings.language)
        var state = AppState(
            size: size, theme: theme, conversationID: kind.conversationID, userName: settings.userName,
            analyserName: strings.analyserName(analyser), debug: settings.debug)
        state.strings = strings
        state.startedAt = startedAt
        state.batchSize = settings.batchSize
        state.mouseCapture = settings.mouseCapture
        switch kind {
        case .chat(let standby):
            state.bringIn(standby)
        case .replay(let replay):
            state.replay = replay
        case .talkHost(_, let code, let standby):
            state.talk = .host(code: code)
            state.standbyInterviewer = standby
            state.entries.append(ChatEntry(speaker: .system, text: state.strings("talk.join_code", ["code": code])))
            state.entries.append(ChatEntry(speaker: .system, text: state.strings("talk.join_how")))
        case .talkGuest(_, let hostName, let hostAnalysis):
            // The host's engine batches and analyses the guest's lines, as its welcome said;
            // this process's own analyser takes over if the host goes.
            state.batchSize = hostAnalysis.batchSize
            state.ownAnalyserName = state.analyserName
            state.analyserName = strings.hostAnalyserName(hostAnalysis.analyser)
            state.learner = .learnerB
            state.talk = .guest(hostName: hostName)
            state.guestPresence = .here
            state.entries.append(
                ChatEntry(
                    speaker: .system,
                    text: state.strings(
                        "talk.joined", ["name": TextSanitizer.sanitize(hostName, keepNewlines: false)])
                ))
        }
        return state
    }
}

extension SessionKind {
    /// The conversation's id: a talk's is shared by both sides; a chat's or replay's is new.
    var conversationID: ConversationID {
        switch self {
        case .chat: ConversationID("chat-\(UUID().uuidString.prefix(8))")
        case .replay: ConversationID("replay-\(UUID().uuidString.prefix(8))")
        case .talkHost(let id, _, _), .talkGuest(let id, _, _): id
        }
    }
}
