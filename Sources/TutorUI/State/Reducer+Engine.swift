// Engine events: batch progress, modules arriving, the end of the conversation.

import TutorCore

extension Reducer {
    /// Ticks a new module stays highlighted.
    static let highlightTicks = 16

    static func handle(_ event: EngineEvent, _ state: inout AppState) -> [AppEffect] {
        guard event.conversationID == state.conversationID else { return [] }
        switch event {
        case .batchStarted:
            state.progress.batchesStarted += 1
        case .batchAnalysed(let batch):
            state.progress.batchesAnalysed += 1
            guard state.isFollowing(batch.learner) else { break }
            state.progress.messagesAnalysed += batch.utteranceCount
            if batch.failure != nil { state.progress.fellBack = true }
            attach(batch.analysed, &state)
        case .clusteringDone:
            break
        case .moduleValidated(let outcome):
            if state.isFollowing(outcome.learner) { state.modulesMade[outcome.learner, default: 0] += 1 }
            guard let module = outcome.module, state.isFollowing(module.learner),
                !state.modules.contains(where: {
                    $0.module.id == module.id || isSameUtterance($0.module, module, state)
                })
            else { break }
            state.modules.append(ModuleEntry(module: module, highlightTicks: highlightTicks))
            if state.visibleModules.count == 1 { state.selectedModule = state.modules.count - 1 }
            // The narrow screen's list, shown while empty, takes the keys once it has a module.
            if state.isNarrow, state.showsModulePaneWhenNarrow, state.focus == .input { state.focus = .modules }
        case .moduleRejected(let outcome):
            guard state.isFollowing(outcome.learner) else { break }
            state.rejectedCount += 1
            state.modulesMade[outcome.learner, default: 0] += 1
            if let module = outcome.module {
                state.modules.append(ModuleEntry(module: module, rejection: outcome.report))
            }
        case .conversationDone(let summary):
            state.progress.isDone = true
            markEndedLineAnalysed(&state)
            // Only the learner's own findings: in talk mode the engine analysed both.
            let following = state
            state.progress.findingsByTopic = summary.merged { following.isFollowing($0) }.findingsByTopic
            if state.overlay == .endingForBoth {
                state.isQuitting = true
                return [.quit]
            }
            openSummary(&state)
        }
        return startTicking(&state)
    }

    /// Opens the summary unless a box is up. Its "s" saves the list's selection: moved off a
    /// module saved already (or a list never seen, on a narrow screen) onto the first one not
    /// saved, so "s" saves something new.
    static func openSummary(_ state: inout AppState) {
        guard state.overlay == nil else { return }
        state.overlay = .summary
        let visible = state.visibleModules
        guard
            state.modulesSeen == 0 || !visible.contains(state.selectedModule)
                || state.modules[state.selectedModule].isSaved
        else { return }
        selectNextUnsaved(&state, fromTop: true)
    }

    /// Moves the list's selection to the first module after it (in list order, then from the
    /// top), or from the top, that is not saved and can be; leaves it where it is when there is none.
    static func selectNextUnsaved(_ state: inout AppState, fromTop: Bool = false) {
        let visible = state.visibleModules
        let start = fromTop ? 0 : visible.firstIndex(of: state.selectedModule).map { $0 + 1 } ?? 0
        let ordered = visible[min(start, visible.count)...] + visible[..<min(start, visible.count)]
        guard let unsaved = ordered.first(where: { !state.modules[$0].isSaved && state.modules[$0].rejection == nil })
        else { return }
        state.selectedModule = unsaved
    }

    /// The chat's "being analysed; modules keep arriving" line says the analysis is done.
    static func markEndedLineAnalysed(_ state: inout AppState) {
        let ended = state.strings("chat.ended")
        guard let index = state.entries.lastIndex(where: { $0.speaker == .system && $0.text == ended }) else {
            return
        }
        state.entries[index].text = state.strings("chat.ended_analysed")
    }

    /// A talk guest analysing here after the host went away may meet an utterance the host
    /// already taught: one module per utterance, as the engine itself does.
    static func isSameUtterance(_ shown: TeachingModule, _ new: TeachingModule, _ state: AppState) -> Bool {
        guard case .guest = state.talk else { return false }
        return shown.utterance.text == new.utterance.text
    }
}
