// What can happen to the app, and what the app asks the outside world to do.

import TerminalKit
import TutorCore

/// Timers the app can ask for; each comes back as `AppEvent.timer`.
public enum TimerKind: Hashable, Sendable {
    /// The interviewer finishes "typing" and replies.
    case interviewerReply
    /// The next line of a replay.
    case replayStep
    /// Animation: spinner and highlight.
    case tick
    /// Talk host quitting: stop waiting for the guest's modules to go out.
    case quitDeadline
}

/// Everything that reaches `reduce`.
public enum AppEvent: Sendable {
    case input(InputEvent)
    case resize(TerminalSize)
    case engine(EngineEvent)
    case timer(TimerKind)
    /// A save finished: the module id, an error message if it failed, and else whether it was
    /// saved now or the learner had already saved the same lesson (another chat, a replay).
    case saveFinished(moduleID: String, error: String?, result: SaveResult = .saved)
    /// The terminal went away or a signal asked to quit.
    case terminate
    /// A piece of the streamed interviewer's reply, its end, or its failure.
    case interviewerStream(InterviewerStreamEvent)
    /// Talk mode: the other terminal did something.
    case talk(TalkEvent)
    /// An export the learner asked for was written, or could not be.
    case exportFinished(ExportOutcome)
    /// The analyser read a practice answer (`AppEffect.checkAnswer`): its findings, or nil
    /// when there is no analyser to ask (the answer is then graded without them).
    case answerChecked(AnswerCheck, findings: [Finding]?)
}

/// How an export went: where it went and what it holds, or why it failed (nothing is lost:
/// the chat is still on screen, and another name can be tried).
public enum ExportOutcome: Hashable, Sendable {
    case written(path: String, messageCount: Int, findingCount: Int)
    case failed(String)
}

/// Work `reduce` asks for; the runner performs it and may send events back.
public enum AppEffect: Hashable, Sendable {
    case send(Message)
    case endConversation(ConversationID)
    case schedule(TimerKind, after: Duration)
    case save(TeachingModule)
    case quit
    /// Stream the model interviewer's next reply to this conversation.
    case startInterviewerReply(history: [ChatEntry])
    /// Stop the reply that is streaming.
    case cancelInterviewerReply
    /// Turn the terminal's mouse reports on or off.
    case setMouseCapture(Bool)
    /// Write the conversation (its messages and their findings) to the file the learner named,
    /// in the format its extension says. The only way chat text reaches the disk.
    case export(ChatExport)
    /// Talk guest: say goodbye to the host and from now on send to this process's own engine.
    case leaveTalk
    /// Read a practice answer with the built-in analyser; `answerChecked` brings the findings
    /// back, before the next key.
    case checkAnswer(AnswerCheck)
}

/// What saving a module came to when it did not fail: saved now, or already there (this module,
/// or the same lesson from another chat or a replay: the store keeps one, reviewed once).
public enum SaveResult: Hashable, Sendable {
    case saved
    case alreadySaved
}
