// The optional judge stage: it reviews validated modules and can only reject.

import Testing
import TutorCore
import TutorTestSupport

@Suite("Judge stage")
struct JudgeStageTests {
    private func run(judge: FakeJudge, generator: FakeGenerator = FakeGenerator()) async throws -> EventRecorder {
        let engine = Engine(
            configuration: EngineConfiguration(batchSize: 10, idleTimeout: nil),
            analyser: FakeAnalyser(), generator: generator, judge: judge)
        let recorder = EventRecorder(engine)
        try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: "This is bad"))
        try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: "That is wrong"))
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        return recorder
    }

    @Test("a module the judge turns down is rejected with the judge's reason; the others pass")
    func judgeRejects() async throws {
        let judge = FakeJudge(rejectedWords: ["wrong"])
        let recorder = try await run(judge: judge)
        #expect(recorder.validatedModules.map(\.focus.original) == ["bad"])
        let rejected = try #require(recorder.rejectedOutcomes.first)
        #expect(rejected.report.failures.map(\.name) == [ModuleValidator.Check.judge])
        #expect(rejected.report.failures.first?.reason == "fake-judge: the explanation is wrong")
        #expect(judge.judged.count == 2)
    }

    @Test("the judge sees only modules that passed the validator")
    func judgeAfterValidator() async throws {
        let judge = FakeJudge()
        let recorder = try await run(judge: judge, generator: FakeGenerator(leakWords: ["bad"]))
        #expect(recorder.rejectedOutcomes.count == 1)
        #expect(judge.judged == recorder.validatedModules.map(\.id))
    }

    @Test("a judge that cannot answer leaves the module to the validator, with a note")
    func judgeFails() async throws {
        let recorder = try await run(judge: FakeJudge(failing: true))
        #expect(recorder.validatedModules.count == 2)
        let outcome = try #require(
            recorder.events.compactMap { event -> ModuleOutcome? in
                if case .moduleValidated(let outcome) = event { return outcome }
                return nil
            }.first)
        let note = outcome.report.checks.first { $0.name == ModuleValidator.Check.judge }
        #expect(note?.passed == true)
        #expect(note?.reason?.hasPrefix("not judged (fake-judge:") == true)
    }
}
