// Key handling: global keys, the input line, the module list, overlays.

import TerminalKit
import TutorCore

extension Reducer {
    static func handle(_ input: InputEvent, _ state: inout AppState) -> [AppEffect] {
        state.notice = nil
        // Ctrl-C always works, whatever has the focus.
        if case .control("c") = input { return requestQuit(&state) }
        if let overlay = state.overlay { return handle(input, overlay: overlay, &state) }
        if state.isTooSmall { return [] }
        switch input {
        case .key(.function(1), _):
            state.overlay = .help
            return []
        case .key(.function(2), _):
            return toggleMouseCapture(&state)
        case .key(.function(3), _):
            return toggleFindingMarks(&state)
        // In an open module PgUp/PgDn scroll the module (its problems may be below the fold).
        case .key(.pageUp, _) where state.focus != .detail:
            state.chatScroll += max(1, state.size.rows / 2)
            return []
        case .key(.pageDown, _) where state.focus != .detail:
            state.chatScroll = max(0, state.chatScroll - max(1, state.size.rows / 2))
            return []
        case .mouseWheel(let up, _, _):
            state.chatScroll = up ? state.chatScroll + 3 : max(0, state.chatScroll - 3)
            return []
        case .key(.tab, _), .key(.backTab, _):
            cycleFocus(&state)
            return []
        default:
            break
        }
        // The narrow screen's module list, empty, takes no keys: typing brings the chat back, where
        // it shows, instead of filling a hidden input line.
        if state.isNarrow, state.showsModulePaneWhenNarrow, state.focus == .input {
            state.showsModulePaneWhenNarrow = false
        }
        if let replay = state.replay, !state.conversationEnded, state.focus == .input {
            return handleReplayKey(input, replay, &state)
        }
        switch state.focus {
        case .input: return handleInputKey(input, &state)
        case .modules: return handleModuleListKey(input, &state)
        case .detail: return handleDetailKey(input, &state)
        }
    }

    static func handle(_ input: InputEvent, overlay: Overlay, _ state: inout AppState) -> [AppEffect] {
        switch overlay {
        case .confirmQuit:
            switch input {
            case .text("y"), .text("Y"), .key(.enter, _):
                state.overlay = nil
                return quit(&state)
            default:
                state.overlay = nil
                return []
            }
        case .endingForBoth:
            return []  // only Ctrl-C (handled above) cuts the wait short
        case .help, .summary:
            // `s` in the summary saves the module it names and keeps the summary open, its `e`
            // (export) with it: the summary says it is saved and names the next one to save.
            if overlay == .summary, input == .text("s") || input == .text("S"), !state.visibleModules.isEmpty {
                return save(state.selectedModule, &state)
            }
            state.overlay = nil
            // `e` in the summary: the export command, ready for the learner to name the file.
            if overlay == .summary, input == .text("e") || input == .text("E") {
                prepareExport(&state)
                return []
            }
            guard overlay == .summary, !state.visibleModules.isEmpty else { return [] }
            state.focus = .modules
            // On a narrow screen the list is shown in place of the chat, or its keys would act unseen.
            if state.isNarrow { state.showsModulePaneWhenNarrow = true }
            return []
        }
    }

    /// F2 or /mouse: the app takes the mouse (wheel scrolling) or gives it back (copying).
    static func toggleMouseCapture(_ state: inout AppState) -> [AppEffect] {
        state.mouseCapture.toggle()
        state.notice =
            state.mouseCapture
            ? state.strings("notice.mouse_on") : state.strings("notice.mouse_off")
        return [.setMouseCapture(state.mouseCapture)]
    }

    static func cycleFocus(_ state: inout AppState) {
        if state.isNarrow {
            state.showsModulePaneWhenNarrow.toggle()
            // Never seen, the list was never the learner's to choose in: it opens on its top.
            if state.showsModulePaneWhenNarrow, state.modulesSeen == 0, let top = state.visibleModules.first {
                state.selectedModule = top
            }
            state.focus =
                state.showsModulePaneWhenNarrow && !state.visibleModules.isEmpty
                ? (state.detail == nil ? .modules : .detail) : .input
            return
        }
        switch state.focus {
        case .input: state.focus = state.visibleModules.isEmpty ? .input : (state.detail == nil ? .modules : .detail)
        case .modules, .detail: state.focus = .input
        }
    }

    static func handleInputKey(_ input: InputEvent, _ state: inout AppState) -> [AppEffect] {
        switch input {
        case .text(let text):
            if text == "?", state.input.text.isEmpty {
                state.overlay = .help
            } else {
                state.input.insert(text)
            }
        case .paste(let text): state.input.insert(TextSanitizer.sanitize(text))
        case .key(.enter, let modifiers) where modifiers.contains(.alt): state.input.insert("\n")
        case .alt("\r"), .control("j"): state.input.insert("\n")
        case .key(.enter, _): return sendLearnerLine(&state)
        case .key(.backspace, _): state.input.backspace()
        case .key(.delete, _): state.input.deleteForward()
        case .key(.left, _): state.input.moveLeft()
        case .key(.right, _): state.input.moveRight()
        case .key(.home, _), .control("a"): state.input.moveToLineStart()
        case .key(.end, _): state.input.moveToLineEnd()
        case .control("e"):
            // Ctrl-E ends the conversation from an empty line, and goes to the end of the
            // line (as in readline) while there is text.
            if state.input.text.isEmpty { return endConversation(&state) }
            state.input.moveToLineEnd()
        case .control("u"): state.input.deleteToLineStart()
        case .control("k"): state.input.deleteToLineEnd()
        case .control("w"): state.input.deleteWordBackward()
        case .key(.up, _): state.input.historyBack()
        case .key(.down, _): state.input.historyForward()
        case .key(.escape, _): state.focus = .input
        default: break
        }
        return []
    }

    static func handleModuleListKey(_ input: InputEvent, _ state: inout AppState) -> [AppEffect] {
        let visible = state.visibleModules
        guard !visible.isEmpty else {
            state.focus = .input
            return []
        }
        let position = visible.firstIndex(of: state.selectedModule) ?? 0
        switch input {
        case .key(.up, _), .text("k"): state.selectedModule = visible[max(0, position - 1)]
        case .key(.down, _), .text("j"): state.selectedModule = visible[min(visible.count - 1, position + 1)]
        case .key(.enter, _):
            state.detail = DetailState(moduleIndex: visible[position])
            state.focus = .detail
        case .text("s"), .text("S"): return save(visible[position], &state)
        case .text("?"): state.overlay = .help
        case .key(.escape, _): state.focus = .input
        case .control("e"): return endConversation(&state)
        default: break
        }
        return []
    }

    static func save(_ index: Int, _ state: inout AppState) -> [AppEffect] {
        guard state.modules.indices.contains(index) else { return [] }
        let entry = state.modules[index]
        if entry.rejection != nil {
            state.notice = state.strings("notice.rejected_unsaveable")
            return []
        }
        if entry.isSaved {
            state.notice = state.strings("notice.already_saved")
            return []
        }
        state.notice = state.strings("notice.saving")
        return [.save(entry.module)]
    }

    static func handleReplayKey(_ input: InputEvent, _ replay: ReplayState, _ state: inout AppState) -> [AppEffect] {
        switch input {
        case .text(" "):
            state.replay?.isPaused.toggle()
            state.notice = state.strings(state.replay?.isPaused == true ? "notice.paused" : "notice.playing")
            return state.replay?.isPaused == false ? [.schedule(.replayStep, after: .milliseconds(200))] : []
        case .text("+"), .text("="), .text("f"):
            state.replay?.speed = min(16, replay.speed * 2)
            state.notice = state.strings("notice.speed", ["speed": formatSpeed(state.replay?.speed ?? 1)])
        case .text("-"), .text("s"):
            state.replay?.speed = max(0.25, replay.speed / 2)
            state.notice = state.strings("notice.speed", ["speed": formatSpeed(state.replay?.speed ?? 1)])
        case .text("?"): state.overlay = .help
        case .control("e"): return endConversation(&state)
        default: break
        }
        return []
    }

    static func formatSpeed(_ speed: Double) -> String {
        speed == speed.rounded() ? String(Int(speed)) : String(speed)
    }
}
