// Everything the chat screen shows, as one value.

import Foundation
import TerminalKit
import TutorCore

/// One line of the chat log.
public struct ChatEntry: Hashable, Sendable {
    public var speaker: Speaker
    public var text: String
    /// What the analysis found in this learner message (spans index `text`); nil until its
    /// batch is analysed, so an empty list means "analysed, nothing found".
    public var findings: [Finding]?

    public init(speaker: Speaker, text: String, findings: [Finding]? = nil) {
        self.speaker = speaker
        self.text = text
        self.findings = findings
    }
}

/// A module in the side pane.
public struct ModuleEntry: Hashable, Sendable {
    public var module: TeachingModule
    /// Nil for validated modules; the report for rejected ones (shown only with --debug).
    public var rejection: ValidationReport?
    public var isSaved = false
    /// Ticks left of the "just arrived" highlight.
    public var highlightTicks = 0
}

/// An answer as typed, with its grade, shown beside the problem.
public struct AnswerResult: Hashable, Sendable {
    public var given: String
    public var grade: AnswerGrader.Grade

    public init(given: String, grade: AnswerGrader.Grade) {
        self.given = given
        self.grade = grade
    }
}

/// The learner's work on one module's problems in the detail view.
public struct DetailState: Hashable, Sendable {
    public var moduleIndex: Int
    public var problemIndex = 0
    public var answer = InputLine()
    /// Per problem: what the learner typed last and its grade; none while unanswered.
    public var results: [Int: AnswerResult] = [:]
    public var scroll = 0

    public init(moduleIndex: Int) { self.moduleIndex = moduleIndex }
}

/// A recorded conversation played into the chat for a class.
public struct ReplayState: Hashable, Sendable {
    public var title: String
    public var lines: [Transcript.Line]
    public var nextLine = 0
    public var isPaused = false
    /// Playback speed: 1 is the normal pace.
    public var speed: Double
    /// The recording's learners as `analyze` names them (`Transcript.label(for:)`): the name
    /// its `@learner` gives, else "Learner" or "Learner A"/"Learner B".
    public var speakerNames: [Speaker: String]

    public init(title: String, lines: [Transcript.Line], speed: Double, speakerNames: [Speaker: String] = [:]) {
        self.title = title
        self.lines = lines
        self.speed = speed
        self.speakerNames = speakerNames
    }

    /// A replay of `transcript`, its learners named as `analyze` names them.
    public init(_ transcript: Transcript, speed: Double) {
        let learners = Set(transcript.lines.map(\.speaker).filter(\.isLearner))
        self.init(
            title: transcript.title, lines: transcript.lines, speed: speed,
            speakerNames: Dictionary(uniqueKeysWithValues: learners.map { ($0, transcript.label(for: $0)) }))
    }
}

/// What covers the screen, if anything.
public enum Overlay: Hashable, Sendable {
    case help
    case confirmQuit(unsavedCount: Int)
    case summary
    /// Talk host quitting: the conversation ends for both, and the guest's remaining modules
    /// and summary go out before the app quits (bounded by `Reducer.endingForBothLimit`).
    case endingForBoth
}

/// Which part of the screen takes the keys.
public enum FocusArea: Hashable, Sendable {
    case input, modules, detail
}

/// How far the analysis has got.
public struct AnalysisProgress: Hashable, Sendable {
    public var batchesStarted = 0
    public var batchesAnalysed = 0
    public var messagesAnalysed = 0
    /// The learner's findings by grammar topic (`Finding.category`), one row per topic in the summary.
    public var findingsByTopic: [LocalizedText: Int] = [:]
    public var fellBack = false
    public var isDone = false
    public var isBusy: Bool { batchesStarted > batchesAnalysed || (isEnding && !isDone) }
    public var isEnding = false
}

/// The whole state of the chat app. `reduce` changes it; `render` draws it.
public struct AppState: Hashable, Sendable {
    public var size: TerminalSize
    public var theme: Theme
    /// The interface's words, in the language chosen (`--lang`, config, locale).
    public var strings = Strings.english
    public var conversationID: ConversationID
    /// When the session started and the learner's time zone: an export's default file name
    /// says when the conversation was (`defaultExportName`). Nil only in tests that need none.
    public var startedAt: Date?
    public var timeZone = TimeZone.current
    public var learner: Speaker = .learnerA
    public var userName: String
    /// The analyser's name in the status bar (`Strings.analyserName`).
    public var analyserName: String
    /// Talk guest: this process's own analyser's name, shown instead of the host's once the
    /// guest's lines are analysed here (the host went away, or the guest left).
    public var ownAnalyserName: String?
    public var debug: Bool
    /// How many of the learner's messages make a batch (what the empty module pane promises).
    public var batchSize = EngineConfiguration.defaultBatchSize
    /// The most modules the engine makes per learner in one conversation; once a learner's are
    /// made, the screen stops promising more.
    public var maximumModules = EngineConfiguration().maximumModules
    /// Modules made per learner followed, validated or rejected, as the engine counts them
    /// towards `maximumModules`.
    public var modulesMade: [Speaker: Int] = [:]

    public var entries: [ChatEntry] = []
    /// Rows scrolled up from the bottom of the chat log.
    public var chatScroll = 0
    public var input = InputLine()
    public var focus: FocusArea = .input
    public var overlay: Overlay?
    /// Under 100 columns only one pane shows: this says whether it is the modules.
    public var showsModulePaneWhenNarrow = false
    /// How many of the visible modules the learner has had on screen (the module pane beside
    /// the chat, or the list under 100 columns). The narrow chat says when more have come.
    public var modulesSeen = 0

    public var modules: [ModuleEntry] = []
    public var selectedModule = 0
    /// Whether the app takes the mouse (the wheel scrolls the chat; copying needs Shift-drag).
    /// Off unless asked for (`--mouse`, F2 or /mouse), so that drag-to-copy just works.
    public var mouseCapture = false
    /// Whether the learner's analysed messages show where the findings are (underlined); F3
    /// or /marks toggles it.
    public var showsFindingMarks = true
    public var detail: DetailState?
    public var rejectedCount = 0

    public var interviewer: InterviewerState?
    /// The streamed model interviewer, when the chat has one instead of a script.
    public var liveInterviewer: LiveInterviewerState?
    public var replay: ReplayState?
    /// Talk mode: which side of a two-terminal conversation this is.
    public var talk: TalkRole?
    /// Talk: whether the guest has joined, is here or has gone.
    public var guestPresence: GuestPresence = .notYet
    /// Talk mode: the name the other learner joined (or hosts) with, shown on their lines.
    public var peerName: String?
    /// Talk host: the interviewer that can take over once the guest has gone (/interviewer).
    public var standbyInterviewer: StandbyInterviewer?
    public var progress = AnalysisProgress()
    public var conversationEnded = false
    /// A short message in the status bar ("Saved", "Unknown command").
    public var notice: String?
    public var spinnerFrame = 0
    /// A tick timer is scheduled.
    public var isTicking = false
    public var isQuitting = false

    public init(
        size: TerminalSize, theme: Theme, conversationID: ConversationID, userName: String, analyserName: String,
        debug: Bool = false
    ) {
        self.size = size
        self.theme = theme
        self.conversationID = conversationID
        self.userName = userName
        self.analyserName = analyserName
        self.debug = debug
    }

    /// The modules the learner sees, as indices in `modules` (which is in arrival order), in
    /// list order (`TeachingModule.isListed(before:)`): validated ones, and rejected ones only
    /// in debug mode. The selection is an index in `modules`, so it stays on its module when
    /// another arrives above it.
    public var visibleModules: [Int] {
        modules.indices.filter { debug || modules[$0].rejection == nil }
            .sorted { modules[$0].module.isListed(before: modules[$1].module) }
    }

    public var validatedCount: Int { modules.filter { $0.rejection == nil }.count }
    public var savedCount: Int { modules.filter(\.isSaved).count }
    /// Whether no more modules will come because the engine's cap is reached: the learner's
    /// own, or in a replay every learner's who has spoken.
    public var reachedModuleCap: Bool {
        let learners = replay == nil ? [learner] : Set(entries.map(\.speaker).filter(\.isLearner)).sorted()
        return !learners.isEmpty && learners.allSatisfy { modulesMade[$0, default: 0] >= maximumModules }
    }
    /// Modules that came while the narrow screen showed only the chat.
    public var unseenModuleCount: Int { max(0, visibleModules.count - modulesSeen) }
    /// Whether the module list (or an open module) is on the screen.
    public var showsModulePane: Bool { !isNarrow || showsModulePaneWhenNarrow }
    public var unsavedCount: Int { modules.filter { $0.rejection == nil && !$0.isSaved }.count }

    /// The layout's minimum: below it the screen only says it is too small.
    public static let minimumSize = TerminalSize(columns: 40, rows: 12)
    /// From this width the module pane sits beside the chat.
    public static let sideBySideWidth = 100

    /// Whose modules and progress the screen shows: the learner's own, or everyone's in a
    /// replay (a teacher shows the class every learner's modules).
    public func isFollowing(_ speaker: Speaker) -> Bool {
        replay != nil ? speaker.isLearner : speaker == learner
    }

    /// What the conversation is, for the status bar and an export's title: the script, the
    /// replayed recording, the model interviewer's scenario or the talk.
    public var conversationTitle: String {
        if let replay { return strings("chat.title.replay", ["title": replay.title]) }
        if let interviewer { return interviewer.scriptTitle }
        if let liveInterviewer { return liveInterviewer.title }
        if let talk {
            switch talk {
            // The join code works once: it is shown only while the host waits for the guest.
            case .host(let code) where guestPresence == .notYet:
                return strings("chat.title.talk_host", ["code": code])
            case .host:
                guard let peerName else { return strings("chat.title.talk") }
                return strings(
                    "chat.title.talk_guest", ["name": TextSanitizer.sanitize(peerName, keepNewlines: false).prefix(20)])
            case .guest(let hostName):
                return strings(
                    "chat.title.talk_guest", ["name": TextSanitizer.sanitize(hostName, keepNewlines: false).prefix(20)])
            }
        }
        return strings("chat.title.chat")
    }

    public var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }
    public var isNarrow: Bool { size.columns < Self.sideBySideWidth }
}
