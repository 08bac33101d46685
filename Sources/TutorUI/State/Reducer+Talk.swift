// Talk mode: the other learner's lines, the guest's modules from the host, leaving.

import TutorCore

extension Reducer {
    static func handle(talk event: TalkEvent, _ state: inout AppState) -> [AppEffect] {
        guard let role = state.talk else { return [] }
        switch (event, role) {
        case (.peerJoined(let name), _):
            state.guestPresence = .here
            state.peerName = name
            state.entries.append(
                ChatEntry(
                    speaker: .system, text: state.strings("talk.peer_joined", ["name": state.peerLabel(.learnerB)])))
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
            guard module.learner == state.learner, module.conversationID == state.conversationID,
                !state.modules.contains(where: { $0.module.id == module.id })
            else { return [] }
            state.modules.append(ModuleEntry(module: module, highlightTicks: highlightTicks))
            if state.visibleModules.count == 1 { state.selectedModule = state.modules.count - 1 }
            attach(focusOf: module, &state)
            return startTicking(&state)
        case (.analysed(let count), .guest):
            // After the guest left, the analysis here counts (the host's frames still in flight do not).
            guard state.guestPresence != .gone else { return [] }
            state.progress.messagesAnalysed += max(0, min(count, 1_000))
        case (.hostEnded, .guest) where state.guestPresence == .gone,
            (.summary, .guest) where state.guestPresence == .gone:
            return []  // the guest left: its own engine ends and sums up
        case (.hostEnded, .guest):
            state.conversationEnded = true
            state.entries.append(
                ChatEntry(speaker: .system, text: state.strings("talk.host_ended")))
        case (.summary(let findings), .guest):
            state.conversationEnded = true
            state.progress.isDone = true
            state.progress.findingsByTopic = findings
            openSummary(&state)
        case (.peerLeft(let reason), .host):
            state.guestPresence = .gone
            // Nobody is left to deliver to: a quit that waited for the guest goes ahead.
            if state.overlay == .endingForBoth {
                state.isQuitting = true
                return [.quit]
            }
            guard !state.conversationEnded else {
                state.entries.append(ChatEntry(speaker: .system, text: peerLeft(reason, state)))
                return []
            }
            let offer =
                state.standbyInterviewer.map { state.strings("talk.offer_interviewer", ["title": $0.title]) }
                ?? state.strings("talk.keep_chatting")
            state.entries.append(ChatEntry(speaker: .system, text: peerLeft(reason, state) + " " + offer))
        case (.peerLeft(let reason), .guest):
            // After the summary, or after the guest's own leave, the host's going is expected.
            guard !state.progress.isDone, state.guestPresence != .gone else { return [] }
            return analyseHere(after: reason, &state)
        case (.joinRefused(let failures), .host):
            state.entries.append(
                ChatEntry(speaker: .system, text: state.strings("talk.wrong_code", ["count": failures])))
        default:
            break
        }
        return []
    }

    /// "Minji left." (the name the guest joined with; "The other learner" without one): the
    /// talk connection's reason in the interface's language.
    static func peerLeft(_ reason: String, _ state: AppState) -> String {
        let strings = state.strings
        let why = reasonText(reason, strings)
        guard state.peerName != nil else { return strings("talk.peer_left", ["reason": why]) }
        return strings("talk.peer_left_named", ["name": state.peerLabel(.learnerB), "reason": why])
    }

    /// The talk connection's reason for a side's going (TutorTalk words it in English: "left",
    /// "dropped", "was disconnected: …") as the catalogue words it.
    static func reasonText(_ reason: String, _ strings: Strings) -> String {
        let disconnected = "was disconnected: "
        switch reason {
        case "left": return strings("talk.reason.left")
        case "dropped": return strings("talk.reason.dropped")
        case "closed the conversation": return strings("talk.reason.closed")
        case "stopped reading and was dropped": return strings("talk.reason.stopped_reading")
        default:
            guard reason.hasPrefix(disconnected) else { return reason }
            return strings("talk.reason.disconnected", ["error": reason.dropFirst(disconnected.count)])
        }
    }

    /// How long a quitting host waits for the guest's remaining modules to go out.
    public static let endingForBothLimit: Duration = .seconds(10)

    /// The host's quit while the guest is here and the analysis is not done: ends the
    /// conversation for both first, and quits when the summary has gone out (or at the limit).
    /// Nil when the app can quit at once.
    static func endForBothBeforeQuitting(_ state: inout AppState) -> [AppEffect]? {
        guard case .host = state.talk, state.guestPresence == .here, !state.progress.isDone,
            state.overlay != .endingForBoth
        else { return nil }
        let end = endConversation(&state)
        state.overlay = .endingForBoth
        return end + [.schedule(.quitDeadline, after: endingForBothLimit)]
    }

    /// The host's /interviewer: once the guest has gone, the interviewer takes over in the same
    /// conversation, so the host's messages keep being batched and analysed with the earlier ones.
    static func bringInInterviewer(_ state: inout AppState) -> [AppEffect] {
        guard case .host = state.talk, let standby = state.standbyInterviewer else {
            state.notice = state.strings("talk.interviewer_only_host")
            return []
        }
        guard !state.conversationEnded else {
            state.notice = state.strings("notice.ended")
            return []
        }
        guard state.guestPresence == .gone else {
            state.notice = state.strings("talk.interviewer_waits")
            return []
        }
        state.standbyInterviewer = nil
        state.bringIn(standby)
        state.entries.append(
            ChatEntry(speaker: .system, text: state.strings("talk.interviewer_joins", ["title": standby.title])))
        return start(&state) + startTicking(&state)
    }

    /// The host went away before the guest's summary (a drop, a kill, a broken connection):
    /// the guest's own engine analyses the guest's lines, which this terminal has, so the
    /// learner still gets modules and a summary.
    static func analyseHere(after reason: String, _ state: inout AppState) -> [AppEffect] {
        let reason = reasonText(reason, state.strings)
        return analyseHere(
            &state, analysing: state.strings("talk.host_gone_analysing", ["reason": reason]),
            nothingToAnalyse: state.strings("talk.host_gone", ["reason": reason]))
    }

    /// The guest's /end: leaves the host's conversation (the host's engine owns its ending, and
    /// would analyse the guest's last lines only when the host ends), then analyses the guest's
    /// lines here, as when the host goes away, so a guest who leaves first gets modules and a
    /// summary like a host who ends.
    static func leaveTalk(_ state: inout AppState) -> [AppEffect] {
        guard !state.conversationEnded else { return [] }
        return [.leaveTalk]
            + analyseHere(
                &state,
                analysing: state.strings("talk.you_left_analysing"), nothingToAnalyse: state.strings("talk.you_left"))
    }

    /// The guest's lines to this process's engine (the port has switched to it), then the end.
    /// Everything is analysed again (what the host analysed stays there); modules for an
    /// utterance that already has one are skipped, and the findings marked come from here.
    private static func analyseHere(_ state: inout AppState, analysing: String, nothingToAnalyse: String) -> [AppEffect]
    {
        let learner = state.learner
        let own = state.entries.filter { $0.speaker == learner }.map(\.text)
        state.conversationEnded = true
        state.guestPresence = .gone
        if let own = state.ownAnalyserName { state.analyserName = own }
        guard !own.isEmpty else {
            state.entries.append(ChatEntry(speaker: .system, text: nothingToAnalyse))
            return []
        }
        for index in state.entries.indices where state.entries[index].speaker == learner {
            state.entries[index].findings = nil
        }
        state.progress = AnalysisProgress()
        state.progress.isEnding = true
        state.entries.append(ChatEntry(speaker: .system, text: analysing))
        let id = state.conversationID
        return own.map { .send(Message(conversationID: id, speaker: learner, text: $0)) } + [.endConversation(id)]
            + startTicking(&state)
    }
}
