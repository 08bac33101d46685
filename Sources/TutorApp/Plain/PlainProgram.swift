// The plain mode as a pure program: typed lines and the chat's events in, lines to print and effects out.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

/// The screen-reader-friendly chat (`chat --plain`): the TUI's `Reducer` runs the
/// conversation, the saves and the exports, and `PlainRenderer` says what changed as lines.
/// What the TUI does with keys is done here with commands: `/show N`, `/save N`,
/// `/practice N`, `/help`, `/end`, `/export FILE`, `/quit`. Pure, like the reducer it wraps.
public enum PlainProgram {
    /// The opening lines, and the interviewer's first line asked for.
    public static func start(_ state: inout PlainState) -> PlainStep {
        let strings = state.app.strings
        if state.app.replay != nil {
            let welcome = PlainStep(lines: [strings("plain.replay_welcome", ["title": state.app.conversationTitle])])
            return welcome + throughReducer(&state) { Reducer.start(&$0) }
        }
        if let role = state.app.talk {
            let opening: String
            switch role {
            case .host: opening = strings("plain.talk.host")
            case .guest: opening = strings("plain.talk.guest", ["name": state.app.peerLabel(.learnerA)])
            }
            return PlainStep(lines: [opening, strings("plain.talk.commands_hint")])
                + throughReducer(&state) { Reducer.start(&$0) }
        }
        let welcome = PlainStep(lines: [
            strings.count("plain.welcome", state.app.batchSize, ["title": state.app.conversationTitle]),
            strings("plain.commands_hint"),
        ])
        return welcome + throughReducer(&state) { Reducer.start(&$0) }
    }

    /// Applies one event: a line is a message, an answer while practising, or a command; the
    /// end of the input ends the conversation; the chat's events go through its reducer.
    public static func reduce(_ state: inout PlainState, _ event: PlainEvent) -> PlainStep {
        switch event {
        case .line(let text):
            return handle(line: text, &state)
        case .endOfInput:
            state.inputEnded = true
            state.practice = nil
            if !state.app.conversationEnded {
                let step = throughReducer(&state) { typeLine("/end", &$0) }
                return hasNothingToWaitFor(state) ? step + quit(&state) : step
            }
            return state.app.progress.isDone || hasNothingToWaitFor(state) ? quit(&state) : PlainStep()
        case .app(let event):
            return handle(event, &state)
        case .waitTimedOut:
            return waitTimedOut(&state)
        }
    }

    /// The wait for the chat ran out: with the input ended, the summary is given up and the
    /// program quits (the command exits non-zero); otherwise the lines go on without waiting for
    /// lessons again (they are announced when they come).
    static func waitTimedOut(_ state: inout PlainState) -> PlainStep {
        let strings = state.app.strings
        let seconds = Int(state.settings.waitLimit?.components.seconds ?? 0)
        if state.inputEnded {
            state.summaryTimedOut = true
            return PlainStep(lines: [strings("plain.wait.no_summary", ["seconds": seconds])]) + quit(&state)
        }
        state.settings.waitsForAnalysis = false
        return PlainStep(lines: [strings("plain.wait.going_on", ["seconds": seconds])])
    }

    /// Whether the next line may be read: not while the interviewer is answering, and, when
    /// the settings say so, not before the last batch's lessons (or the summary) are out.
    public static func isReadyForInput(_ state: PlainState) -> Bool {
        let app = state.app
        guard !app.isQuitting, !state.inputEnded else { return false }
        if app.interviewer?.isTyping == true || app.liveInterviewer?.isStreaming == true { return false }
        // A talk is two people typing when they like: nobody waits for the other's analysis.
        if app.talk != nil { return state.savesRunning == 0 }
        // A replay plays to its end; its lessons and summary come before any command is read.
        if app.replay != nil { return app.conversationEnded && app.progress.isDone && state.savesRunning == 0 }
        guard state.settings.waitsForAnalysis else { return true }
        if state.savesRunning > 0 { return false }
        if app.conversationEnded { return app.progress.isDone }
        return state.roundsDone >= state.learnerMessageCount / max(1, app.batchSize) && state.outcomesAwaited == 0
    }

    // MARK: - The chat's events

    static func handle(_ event: AppEvent, _ state: inout PlainState) -> PlainStep {
        if case .talk(let talkEvent) = event { return handle(talk: talkEvent, &state) }
        if case .answerChecked(let check, let findings) = event { return checked(check, findings, &state) }
        if case .saveFinished = event {
            state.savesRunning = max(0, state.savesRunning - 1)
            let step = throughReducer(&state) { Reducer.reduce(&$0, event) }
            return state.quitsAfterSaves && state.savesRunning == 0 ? step + quit(&state) : step
        }
        guard case .engine(let engineEvent) = event, engineEvent.conversationID == state.app.conversationID else {
            return throughReducer(&state) { Reducer.reduce(&$0, event) }
        }
        var step = throughReducer(&state) { Reducer.reduce(&$0, event) }
        switch engineEvent {
        case .batchStarted(let batch) where state.app.isFollowing(batch.learner) && !state.app.conversationEnded:
            step.lines.append(state.app.strings.count("plain.analysing", batch.utteranceCount))
        case .clusteringDone(let clustering) where state.app.isFollowing(clustering.learner):
            state.roundsDone += 1
            state.outcomesAwaited = clustering.candidateCount
            if clustering.candidateCount == 0 { step.lines += PlainRenderer.announce(&state, roundOver: true) }
        case .moduleValidated(let outcome), .moduleRejected(let outcome):
            guard state.app.isFollowing(outcome.learner), state.outcomesAwaited > 0 else { break }
            state.outcomesAwaited -= 1
            if state.outcomesAwaited == 0 { step.lines += PlainRenderer.announce(&state, roundOver: true) }
        case .conversationDone:
            state.outcomesAwaited = 0
            if state.inputEnded { step += quit(&state) }
        default:
            break
        }
        return step
    }

    /// Talk's news: the guest's lessons from the host are announced as they come; the
    /// summary (which the renderer prints) ends a piped run.
    static func handle(talk event: TalkEvent, _ state: inout PlainState) -> PlainStep {
        var step = throughReducer(&state) { Reducer.reduce(&$0, .talk(event)) }
        switch event {
        case .moduleArrived: step.lines += PlainRenderer.announce(&state, roundOver: false)
        case .summary where state.inputEnded && state.app.progress.isDone: step += quit(&state)
        default: break
        }
        if state.inputEnded, hasNothingToWaitFor(state) { step += quit(&state) }
        return step
    }

    /// A talk that has ended here with nothing left to analyse: a guest who left (or whose
    /// host went) before saying anything gets no summary, so a piped run has nothing to wait for.
    static func hasNothingToWaitFor(_ state: PlainState) -> Bool {
        let app = state.app
        guard case .guest = app.talk, app.guestPresence == .gone, app.conversationEnded, !state.app.isQuitting else {
            return false
        }
        return !app.progress.isEnding && !app.progress.isDone
    }

    // MARK: - Lines

    static func handle(line: String, _ state: inout PlainState) -> PlainStep {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return PlainStep() }
        let strings = state.app.strings
        guard text.hasPrefix("/") else {
            if state.practice != nil { return answer(text, &state) }
            if state.app.conversationEnded { return PlainStep(lines: [strings("plain.after_end")]) }
            let interviewWasOver = state.app.interviewer?.isFinished == true
            return throughReducer(&state) { app in
                let effects = typeLine(text, &app)
                // The TUI's notice names its keys; here the command is the way.
                if interviewWasOver { app.notice = strings("plain.interview_over") }
                return effects
            }
        }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let command = words[0].lowercased()
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch command {
        case "/help", "/?":
            return PlainStep(lines: PlainRenderer.help(strings, talk: state.app.talk != nil))
        case "/lessons":
            return PlainStep(lines: PlainRenderer.lessonList(state))
        case "/show", "/save", "/practice":
            return lessonCommand(command, argument, &state)
        case "/skip", "/stop":
            return practiceCommand(command, &state)
        case "/end", "/export", "/interviewer":
            return throughReducer(&state) { typeLine(text, &$0) }
        case "/quit":
            if state.app.unsavedCount > 0, !state.quitWarned {
                state.quitWarned = true
                return PlainStep(lines: [strings.count("plain.quit_unsaved", state.app.unsavedCount)])
            }
            return quit(&state)
        default:
            return PlainStep(lines: [strings("plain.unknown", ["command": String(command.prefix(20))])])
        }
    }

    /// `/show N`, `/save N`, `/practice N`: the lesson's number checked first.
    static func lessonCommand(_ command: String, _ argument: String, _ state: inout PlainState) -> PlainStep {
        let strings = state.app.strings
        guard let number = Int(argument) else {
            return PlainStep(lines: [strings("plain.usage_number", ["command": command])])
        }
        guard let index = state.moduleIndex(ofLesson: number) else {
            return PlainStep(lines: [PlainRenderer.noSuchLesson(number, state)])
        }
        switch command {
        case "/show":
            return PlainStep(lines: PlainRenderer.lesson(state.app.modules[index], number: number, strings))
        case "/save":
            // The TUI's own save: `s` on the selected module in the list.
            return throughReducer(&state) { app in
                app.focus = .modules
                app.selectedModule = index
                let effects = Reducer.reduce(&app, .input(.text("s")))
                app.focus = .input
                return effects
            }
        default:
            return startPractice(moduleIndex: index, number: number, &state)
        }
    }

    /// Quits, once the saves still running are done.
    static func quit(_ state: inout PlainState) -> PlainStep {
        guard state.savesRunning == 0 else {
            state.quitsAfterSaves = true
            return PlainStep()
        }
        return throughReducer(&state) { Reducer.reduce(&$0, .terminate) }
    }

    /// A line typed into the TUI's input and sent with Enter: a message, `/end` or `/export`.
    static func typeLine(_ text: String, _ app: inout AppState) -> [AppEffect] {
        app.focus = .input
        return Reducer.reduce(&app, .input(.paste(text))) + Reducer.reduce(&app, .input(.key(.enter, [])))
    }

    /// Runs a change of the TUI's state, says what it changed, and keeps the effects that mean
    /// something without a screen: no animation ticks or mouse, and no typing pause.
    static func throughReducer(_ state: inout PlainState, _ change: (inout AppState) -> [AppEffect]) -> PlainStep {
        let before = state.app
        let effects = change(&state.app)
        state.savesRunning += effects.filter { if case .save = $0 { true } else { false } }.count
        let lines = PlainRenderer.changes(from: before, &state)
        return PlainStep(lines: lines, effects: effects.compactMap { adapted($0, state.settings) })
    }

    static func adapted(_ effect: AppEffect, _ settings: PlainSettings) -> AppEffect? {
        switch effect {
        case .schedule(.tick, _), .setMouseCapture, .quit: nil
        case .schedule(.replayStep, _) where !settings.pacesReplay: .schedule(.replayStep, after: .zero)
        // A screen reader needs no "typing" pause: the reply is said at once.
        case .schedule(.interviewerReply, _): .schedule(.interviewerReply, after: .zero)
        default: effect
        }
    }
}
