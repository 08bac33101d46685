// The module list's order: by message and place, not by which module's validation finished first.

import TerminalKit
import Testing

@testable import TutorCore
@testable import TutorUI

@Suite("Module list order")
struct ModuleListOrderTests {
    /// A validated module of message `message` whose focus starts at `start`.
    static func arrival(_ id: String, message: Int, start: Int) -> AppEvent {
        var value = module(
            id, label: "Lesson \(id)", original: "go", correction: "goes", sentence: "She go to school.",
            corrected: "She goes to school.")
        value.utterance.messageIndex = message
        value.focus.span = TextSpan(start: start, end: start + 2)
        return .engine(
            .moduleValidated(
                ModuleOutcome(
                    conversationID: "c", learner: .learnerA, module: value,
                    report: ValidationReport(moduleID: id, checks: []), duration: .zero)))
    }

    static func listedIDs(_ state: AppState) -> [String] {
        state.visibleModules.map { state.modules[$0].module.id }
    }

    @Test("modules arriving out of order are listed by message, then place; any arrival order gives one list")
    func outOfOrder() {
        let arrivals = [
            Self.arrival("m-late", message: 7, start: 0), Self.arrival("m-second", message: 2, start: 9),
            Self.arrival("m-first", message: 2, start: 4),
        ]
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2]] {
            var state = baseState()
            for index in order { _ = Reducer.reduce(&state, arrivals[index]) }
            #expect(Self.listedIDs(state) == ["m-first", "m-second", "m-late"], "arrival order \(order)")
        }
    }

    @Test("the selection stays on its module when another arrives above it; arrows follow the list")
    func selectionStays() {
        var state = baseState()
        _ = Reducer.reduce(&state, Self.arrival("m-late", message: 7, start: 0))
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        #expect(state.focus == .modules)
        _ = Reducer.reduce(&state, Self.arrival("m-first", message: 2, start: 4))
        #expect(state.modules[state.selectedModule].module.id == "m-late")
        _ = Reducer.reduce(&state, .input(.key(.up, [])))
        #expect(state.modules[state.selectedModule].module.id == "m-first")
        _ = Reducer.reduce(&state, .input(.key(.down, [])))
        #expect(state.modules[state.selectedModule].module.id == "m-late")
    }

    @Test("the pane draws the modules in list order, the selected one marked")
    func drawnInOrder() {
        var state = baseState()
        _ = Reducer.reduce(&state, Self.arrival("m-late", message: 7, start: 0))
        _ = Reducer.reduce(&state, Self.arrival("m-first", message: 2, start: 4))
        let lines = Renderer.render(state).screen.lines
        let first = lines.firstIndex { $0.contains("Lesson m-first") }
        let late = lines.firstIndex { $0.contains("▸ Lesson m-late") }
        #expect(first != nil && late != nil && (first ?? 0) < (late ?? 0))
    }
}
