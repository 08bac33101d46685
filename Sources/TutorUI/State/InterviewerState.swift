// The scripted interviewer in the app's state: which script, whether it is "typing", and the
// line it will say; what to say is chosen by TutorCore's `ScriptedInterview`.

import TutorCore

/// Where the scripted interviewer is.
public struct InterviewerState: Hashable, Sendable {
    public var scriptTitle: String
    /// The script's name in transcripts/ (`restaurant`), when it came from there: an export's
    /// default file name carries it.
    public var scriptName: String?
    /// The script and what has been said of it; it chooses each reply.
    public var interview: ScriptedInterview
    /// The interviewer is "typing" (a reply is scheduled).
    public var isTyping = false
    /// The reply chosen when the learner last spoke, said when the typing pause ends.
    public private(set) var pendingLine: String?

    /// A script's interview, with its follow-ups.
    public init(scriptTitle: String, interview: ScriptedInterview, scriptName: String? = nil) {
        self.scriptTitle = scriptTitle
        self.interview = interview
        self.scriptName = scriptName
    }

    /// Questions said in order, whatever the learner writes.
    public init(scriptTitle: String, lines: [String]) {
        self.init(scriptTitle: scriptTitle, interview: ScriptedInterview(questions: lines))
    }

    /// Whether the last line has been said.
    public var isFinished: Bool { pendingLine == nil && interview.isFinished }

    /// Chooses the reply to `learnerMessage` (nil: the opening line) and starts "typing" it;
    /// returns it, or nil when the interview has nothing more to say.
    public mutating func startReply(to learnerMessage: String?) -> String? {
        guard let line = interview.nextLine(after: learnerMessage) else { return nil }
        pendingLine = line
        isTyping = true
        return line
    }

    /// The line the typing pause was for, now said; nil when none is pending.
    public mutating func finishReply() -> String? {
        defer { pendingLine = nil }
        isTyping = false
        return pendingLine
    }
}
