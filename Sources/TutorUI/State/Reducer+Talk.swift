// Talk mode: the other learner's lines, the guest's modules from the host, leaving.

import TutorCore

extension Reducer {
    static func handle(talk event: TalkEvent, _ state: inout AppState) -> [AppEffect] {
        guard let role = state.talk else { return [] }
        switch (event, role) {
        case (.peerJoined(let name), _):
            state.entries.append(ChatEntry(speaker: .system, text: "\(TextSanitizer.sanitize(name, keepNewlines: false)) joined. Say hello!"))
        case (.peerSaid(let speaker, let text), .host):
            guard !state.conversationEnded else { return [] }
            _ = speaker  // the host files every guest line as the guest's, whatever it claims
            return post(.learnerB, text, &state)
        case (.peerSaid(let speaker, let text), .guest):
            let clean = TextSanitizer.sanitize(text)
            guard !clean.isEmpty, speaker != state.learner else { return [] }
            state.entries.append(ChatEntry(speaker: speaker, text: clean))
            state.chatScroll = 0
        case (.moduleArrived(let module), .guest):
            guard module.learner == state.learner, module.conversationID == state.conversationID, !state.modules.contains(where: { $0.module.id == module.id }) else { return [] }
            state.modules.append(ModuleEntry(module: module, highlightTicks: highlightTicks))
            if state.visibleModules.count == 1 { state.selectedModule = state.modules.count - 1 }
            return startTicking(&state)
        case (.analysed(let count), .guest):
            state.progress.messagesAnalysed += max(0, min(count, 1_000))
        case (.hostEnded, .guest):
            state.conversationEnded = true
            state.entries.append(ChatEntry(speaker: .system, text: "The host ended the conversation. Your remaining modules are on their way."))
        case (.summary(let findings), .guest):
            state.conversationEnded = true
            state.progress.isDone = true
            state.progress.findingsByType = findings
            if state.overlay == nil { state.overlay = .summary }
        case (.peerLeft(let reason), .host):
            guard !state.conversationEnded else {
                state.entries.append(ChatEntry(speaker: .system, text: "The other learner \(reason)."))
                return []
            }
            state.entries.append(ChatEntry(speaker: .system, text: "The other learner \(reason). Keep chatting, or type /end to finish and see your summary."))
        case (.peerLeft(let reason), .guest):
            guard !state.progress.isDone else { return [] }
            state.conversationEnded = true
            state.entries.append(ChatEntry(speaker: .system, text: "The host \(reason). Save what you want, then Ctrl-C quits."))
        case (.joinRefused(let failures), .host):
            state.entries.append(ChatEntry(speaker: .system, text: "Someone tried a wrong code (\(failures) of 3)."))
        case (.joinsStopped, .host):
            state.entries.append(ChatEntry(speaker: .system, text: "Too many wrong codes: nobody else can join this conversation."))
        default:
            break
        }
        return []
    }

    /// The guest's /end: leaves the host's conversation (the host's engine owns the ending).
    static func leaveTalk(_ state: inout AppState) -> [AppEffect] {
        guard !state.conversationEnded else { return [] }
        state.conversationEnded = true
        state.entries.append(ChatEntry(speaker: .system, text: "You left the conversation. Save what you want, then Ctrl-C quits."))
        return [.endConversation(state.conversationID)]
    }
}
