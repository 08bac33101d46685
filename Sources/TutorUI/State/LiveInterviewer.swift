// A model interviewer whose replies stream into the chat, and the events that drive it.

import TutorCore

/// Where the streamed (LLM) interviewer is: replying or waiting for the learner.
public struct LiveInterviewerState: Hashable, Sendable {
    /// The scenario's title, for the status bar.
    public var title: String
    /// A reply is streaming in.
    public var isStreaming = false
    /// The reply so far, as received (sanitised into the chat entry on every piece).
    public var streamedText = ""
    /// The chat entry the streaming reply is written into, once its first piece came.
    public var entryIndex: Int?
    /// The learner wrote while the interviewer was replying: reply again when it ends.
    public var replyWanted = false

    public init(title: String) {
        self.title = title
    }
}

/// What the runner reports of a streaming reply.
public enum InterviewerStreamEvent: Hashable, Sendable {
    /// The next piece of text.
    case delta(String)
    case finished
    /// The reply could not be had; the message says why (and what to do).
    case failed(String)
}

extension Reducer {
    /// Asks for the next reply, with the conversation so far.
    static func startLiveReply(_ state: inout AppState) -> [AppEffect] {
        guard var live = state.liveInterviewer, !state.conversationEnded else { return [] }
        live.isStreaming = true
        live.replyWanted = false
        live.streamedText = ""
        live.entryIndex = nil
        state.liveInterviewer = live
        return [.startInterviewerReply(history: state.entries.filter { $0.speaker != .system })] + startTicking(&state)
    }

    static func handle(stream event: InterviewerStreamEvent, _ state: inout AppState) -> [AppEffect] {
        guard var live = state.liveInterviewer, live.isStreaming else { return [] }
        switch event {
        case .delta(let piece):
            live.streamedText += piece
            let text = TextSanitizer.sanitize(live.streamedText)
            if let index = live.entryIndex, state.entries.indices.contains(index) {
                state.entries[index].text = text
            } else if !text.isEmpty {
                state.entries.append(ChatEntry(speaker: .interviewer, text: text))
                live.entryIndex = state.entries.count - 1
                state.chatScroll = 0
            }
            state.liveInterviewer = live
            return []
        case .finished, .failed:
            live.isStreaming = false
            let text = TextSanitizer.sanitize(live.streamedText)
            let again = live.replyWanted
            live.entryIndex = nil
            live.streamedText = ""
            state.liveInterviewer = live
            if case .failed(let reason) = event {
                state.notice = state.strings("notice.interviewer_failed", ["reason": reason])
            }
            // The reply joins the conversation the engine sees, as context for what follows.
            var effects: [AppEffect] =
                text.isEmpty || state.conversationEnded
                ? [] : [.send(Message(conversationID: state.conversationID, speaker: .interviewer, text: text))]
            if again, case .finished = event { effects += startLiveReply(&state) }
            return effects
        }
    }

    /// The learner sent a line: the interviewer answers now, or after the reply it is writing.
    static func learnerSpokeToLiveInterviewer(_ state: inout AppState) -> [AppEffect] {
        guard let live = state.liveInterviewer else { return [] }
        if live.isStreaming {
            state.liveInterviewer?.replyWanted = true
            return []
        }
        return startLiveReply(&state)
    }

    /// Ending the conversation stops a reply mid-stream.
    static func stopLiveReply(_ state: inout AppState) -> [AppEffect] {
        guard let live = state.liveInterviewer, live.isStreaming else { return [] }
        state.liveInterviewer?.isStreaming = false
        state.liveInterviewer?.replyWanted = false
        state.liveInterviewer?.entryIndex = nil
        return [.cancelInterviewerReply]
    }
}
