// Plain mode numbers a batch's lessons by message, not by the order their analysis finished.

import Testing
import TutorCore
import TutorTestSupport
import TutorUI

@testable import TutorApp

@Suite("Plain lesson order")
struct PlainLessonOrderTests {
    /// A module about message `index`, changing `original` to `correction`.
    func module(_ id: String, message index: Int, _ original: String, _ correction: String) -> TeachingModule {
        var module = makeModule(id)
        module.utterance.messageIndex = index
        module.focus.original = original
        module.focus.correction = correction
        return module
    }

    /// A plain chat whose modules arrived in `arrival` order.
    func state(arrival: [TeachingModule]) -> PlainState {
        let app = AppState(
            size: .init(columns: 80, rows: 24), theme: .mono, conversationID: "conversation-1", userName: "tester",
            analyserName: "test")
        var state = PlainState(app: app, settings: PlainSettings(echoesLearnerLines: true, waitsForAnalysis: true))
        for module in arrival { _ = PlainProgram.reduce(&state, .validated(module)) }
        return state
    }

    @Test("two arrival orders of one batch announce the same numbers; announced lessons keep theirs")
    func stable() {
        let early = module("m-a", message: 1, "go", "goes")
        let late = module("m-b", message: 4, "walk", "walks")
        var first = state(arrival: [early, late])
        var second = state(arrival: [late, early])
        let announced = PlainRenderer.announce(&first, roundOver: true)
        #expect(announced == PlainRenderer.announce(&second, roundOver: true))
        #expect(announced.dropFirst().first?.hasPrefix("1. Subject–verb agreement: go → goes") == true)
        // A later batch's lesson about an earlier message comes after those already numbered.
        let next = module("m-c", message: 0, "eat", "ate")
        var later = state(arrival: [late, early, next])
        later.announcedLessons = first.announcedLessons
        #expect(PlainRenderer.lessonList(later).last?.hasPrefix("3. Subject–verb agreement: eat → ate") == true)
    }
}

extension PlainEvent {
    /// The engine's report that `module` passed validation in learner A's "conversation-1".
    static func validated(_ module: TeachingModule) -> PlainEvent {
        .app(
            .engine(
                .moduleValidated(
                    ModuleOutcome(
                        conversationID: "conversation-1", learner: .learnerA, module: module,
                        report: ValidationReport(moduleID: module.id, checks: []), duration: .zero))))
    }
}
