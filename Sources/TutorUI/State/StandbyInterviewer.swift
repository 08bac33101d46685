// An interviewer that is ready but not yet talking: `chat` brings it in at once; a talk host
// brings it in with /interviewer once the other learner has gone.

/// The scripted or the model interviewer, before its first line.
public enum StandbyInterviewer: Hashable, Sendable {
    case script(InterviewerState)
    case live(LiveInterviewerState)

    /// What the status bar and the chat call it.
    public var title: String {
        switch self {
        case .script(let script): script.scriptTitle
        case .live(let live): live.title
        }
    }
}

extension AppState {
    /// Makes `interviewer` the one that talks; `Reducer.start` (or `bringInInterviewer`)
    /// then asks for its first line.
    public mutating func bringIn(_ interviewer: StandbyInterviewer) {
        switch interviewer {
        case .script(let script): self.interviewer = script
        case .live(let live): liveInterviewer = live
        }
    }
}
