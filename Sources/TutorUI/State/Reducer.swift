// The pure heart of the app: reduce(state, event) -> effects.

import TerminalKit
import TutorCore

/// Changes the state for one event and says what the runner must do. Pure: no I/O, no
/// clocks, no randomness, so every key press is testable.
public enum Reducer {
    /// How long the interviewer "types" before a reply, by reply length.
    public static func typingPause(for text: String) -> Duration {
        .milliseconds(min(2_000, 500 + text.count * 15))
    }

    /// How often a `tick` event comes while something animates (the typing dots, a spinner).
    public static let tickInterval: Duration = .milliseconds(120)

    /// Starts the app: the interviewer's first line or the replay's first step.
    public static func start(_ state: inout AppState) -> [AppEffect] {
        if var interviewer = state.interviewer, let line = interviewer.startReply(to: nil) {
            state.interviewer = interviewer
            return [.schedule(.interviewerReply, after: typingPause(for: line))]
        }
        if state.replay != nil { return [.schedule(.replayStep, after: .milliseconds(300))] }
        if state.liveInterviewer != nil { return startLiveReply(&state) }
        return []
    }

    /// Applies one event (a key or paste, a resize, a timer, an engine, interviewer or talk
    /// event, a finished save or export) to `state` and returns the effects the runner must carry out, in
    /// order: messages to send, timers to schedule, modules to save, the end of the
    /// conversation, quitting. Never blocks or fails;
    /// an event that does not apply in the current mode changes nothing and returns `[]`.
    public static func reduce(_ state: inout AppState, _ event: AppEvent) -> [AppEffect] {
        let effects = apply(event, &state)
        if state.showsModulePane, !state.isTooSmall { state.modulesSeen = state.visibleModules.count }
        return effects
    }

    static func apply(_ event: AppEvent, _ state: inout AppState) -> [AppEffect] {
        switch event {
        case .resize(let size):
            state.size = size
            state.chatScroll = 0
            return []
        case .terminate:
            // A second signal while ending for both waits for the deadline: the wait is bounded.
            if state.overlay == .endingForBoth { return [] }
            return quit(&state)
        case .input(let input):
            return handle(input, &state)
        case .engine(let engineEvent):
            return handle(engineEvent, &state)
        case .timer(let kind):
            return handle(timer: kind, &state)
        case .interviewerStream(let streamEvent):
            return handle(stream: streamEvent, &state)
        case .talk(let talkEvent):
            return handle(talk: talkEvent, &state)
        case .exportFinished(let outcome):
            handle(exported: outcome, &state)
            return []
        case .answerChecked(let check, let findings):
            return answerChecked(check, findings, &state)
        case .saveFinished(let moduleID, let error, let result):
            if let error {
                state.notice = state.strings("notice.not_saved", ["error": error])
            } else if let index = state.modules.firstIndex(where: { $0.module.id == moduleID }) {
                // Already saved (the same lesson from another chat, or a replay) is saved all the
                // same: it is in the learner's list once, and `s` need not be pressed again.
                state.modules[index].isSaved = true
                state.notice = state.strings(
                    result == .saved ? "notice.saved" : "notice.saved_before",
                    ["label": state.strings.pick(state.modules[index].module.focus.label)])
                // The open summary's `s` goes on to the next module not saved.
                if state.overlay == .summary, index == state.selectedModule { selectNextUnsaved(&state) }
            }
            return []
        }
    }

    // MARK: - Conversation

    /// Posts a message to the chat and the engine.
    static func post(_ speaker: Speaker, _ text: String, _ state: inout AppState) -> [AppEffect] {
        let clean = TextSanitizer.sanitize(text)
        guard !clean.isEmpty else { return [] }
        state.entries.append(ChatEntry(speaker: speaker, text: clean))
        state.chatScroll = 0
        guard !state.conversationEnded else { return [] }
        return [.send(Message(conversationID: state.conversationID, speaker: speaker, text: clean))]
    }

    static func sendLearnerLine(_ state: inout AppState) -> [AppEffect] {
        let text = state.input.take().trimmedSpaces
        guard !text.isEmpty else { return [] }
        if text.hasPrefix("/") {
            let command = text.prefix { !$0.isWhitespace }.lowercased()
            if command == exportCommand { return export(to: String(text.dropFirst(exportCommand.count)), &state) }
            if command == "/show" || command == "/save" {
                return moduleCommand(command, number: String(text.dropFirst(command.count)).trimmedSpaces, &state)
            }
            switch text.lowercased() {
            case "/end": return endConversation(&state)
            case "/help": state.overlay = .help
            case "/quit": return requestQuit(&state)
            case "/interviewer": return bringInInterviewer(&state)
            case "/mouse": return toggleMouseCapture(&state)
            case "/marks": return toggleFindingMarks(&state)
            default:
                state.notice = state.strings("notice.unknown_command", ["command": text.prefix(20)])
            }
            return []
        }
        if state.conversationEnded {
            state.notice = state.strings("notice.ended")
            return []
        }
        var effects = sayOpeningLineNow(&state)
        effects += post(state.learner, text, &state)
        effects += learnerSpokeToLiveInterviewer(&state)
        if var interviewer = state.interviewer, !interviewer.isTyping {
            // The script's next line, chosen by what the learner just wrote (ScriptedInterview).
            if let line = interviewer.startReply(to: text) {
                effects.append(.schedule(.interviewerReply, after: typingPause(for: line)))
            } else {
                state.notice = state.strings("notice.interview_over")
            }
            state.interviewer = interviewer
        }
        return effects + startTicking(&state)
    }

    /// The learner wrote before the interviewer's opening line appeared (quickly after
    /// /interviewer, or at the start): the opening line is said first, so the chat reads in
    /// order and the learner's message is answered. The opening's timer then says that answer.
    static func sayOpeningLineNow(_ state: inout AppState) -> [AppEffect] {
        guard var interviewer = state.interviewer, interviewer.isTyping,
            !state.entries.contains(where: { $0.speaker == .interviewer }), let line = interviewer.finishReply()
        else { return [] }
        state.interviewer = interviewer
        return post(.interviewer, line, &state)
    }

    /// "/show 2" opens and "/save 2" saves the list's second module, as in plain mode.
    static func moduleCommand(_ command: String, number: String, _ state: inout AppState) -> [AppEffect] {
        let visible = state.visibleModules
        guard let position = Int(number), visible.indices.contains(position - 1) else {
            state.notice =
                visible.isEmpty
                ? state.strings("notice.no_modules_yet")
                : state.strings("notice.no_such_module", ["command": command, "count": visible.count])
            return []
        }
        let index = visible[position - 1]
        state.selectedModule = index
        if command == "/save" { return save(index, &state) }
        state.detail = DetailState(moduleIndex: index)
        state.focus = .detail
        return []
    }

    static func endConversation(_ state: inout AppState) -> [AppEffect] {
        if case .guest = state.talk { return leaveTalk(&state) }
        guard !state.conversationEnded else { return [] }
        state.conversationEnded = true
        state.progress.isEnding = true
        state.interviewer?.isTyping = false
        state.replay?.isPaused = true
        let stop = stopLiveReply(&state)
        state.entries.append(
            ChatEntry(
                speaker: .system,
                text: state.strings("chat.ended")
            ))
        return stop + [.endConversation(state.conversationID)] + startTicking(&state)
    }

    static func requestQuit(_ state: inout AppState) -> [AppEffect] {
        if state.unsavedCount > 0, state.overlay != .confirmQuit(unsavedCount: state.unsavedCount),
            state.overlay != .endingForBoth
        {
            state.overlay = .confirmQuit(unsavedCount: state.unsavedCount)
            return []
        }
        return quit(&state)
    }

    /// Quits, unless a talk host must first end the conversation for its guest.
    static func quit(_ state: inout AppState) -> [AppEffect] {
        if let ending = endForBothBeforeQuitting(&state) { return ending }
        state.isQuitting = true
        return [.quit]
    }

    // MARK: - Timers

    static func handle(timer: TimerKind, _ state: inout AppState) -> [AppEffect] {
        switch timer {
        case .interviewerReply:
            guard var interviewer = state.interviewer, interviewer.isTyping, !state.conversationEnded,
                let line = interviewer.finishReply()
            else { return [] }
            state.interviewer = interviewer
            let effects = post(.interviewer, line, &state)
            if interviewer.isFinished {
                state.entries.append(
                    ChatEntry(
                        speaker: .system,
                        text: state.strings("chat.last_question")))
            }
            return effects
        case .replayStep:
            guard var replay = state.replay, !replay.isPaused, !state.conversationEnded else { return [] }
            guard replay.nextLine < replay.lines.count else { return endConversation(&state) }
            let line = replay.lines[replay.nextLine]
            replay.nextLine += 1
            state.replay = replay
            var effects = post(line.speaker, line.text, &state)
            let pause = Duration.milliseconds(Int(Double(400 + line.text.count * 30) / max(replay.speed, 0.1)))
            effects.append(.schedule(.replayStep, after: pause))
            return effects + startTicking(&state)
        case .tick:
            state.spinnerFrame += 1
            for index in state.modules.indices where state.modules[index].highlightTicks > 0 {
                state.modules[index].highlightTicks -= 1
            }
            state.isTicking = needsTicking(state)
            return state.isTicking ? [.schedule(.tick, after: tickInterval)] : []
        case .quitDeadline:
            guard state.overlay == .endingForBoth else { return [] }
            state.isQuitting = true
            return [.quit]
        }
    }

    static func needsTicking(_ state: AppState) -> Bool {
        state.progress.isBusy || state.modules.contains { $0.highlightTicks > 0 } || state.interviewer?.isTyping == true
            || state.liveInterviewer?.isStreaming == true
    }

    /// Starts the animation timer if nothing animates yet (a second timer would double the speed).
    static func startTicking(_ state: inout AppState) -> [AppEffect] {
        guard !state.isTicking, needsTicking(state) else { return [] }
        state.isTicking = true
        return [.schedule(.tick, after: tickInterval)]
    }
}
