// A model that fails never leaves the learner without modules: each stage is done offline.

import Foundation
import Testing
import TutorCore
import TutorLLM
import TutorTestSupport

private let prompts: PromptLibrary = {
    do { return try PromptLibrary() } catch { fatalError("\(error)") }
}()

/// The ways a real OpenAI-compatible server was seen to fail (issue 14, item 8).
enum ServerFailure: String, CaseIterable, CustomTestStringConvertible {
    case malformedJSON, http500, http429, emptyBody, truncatedAnswer

    var testDescription: String { rawValue }

    var reply: FakeOpenAIServer.Reply {
        switch self {
        case .malformedJSON:
            .status(
                200, body: #"{"choices": [{"message": {"content": "{\"findings\": ["#, contentType: "application/json")
        case .http500: .status(500, body: "Internal Server Error")
        case .http429:
            .status(
                429, body: #"{"error": {"message": "rate limited"}}"#, contentType: "application/json",
                headers: ["Retry-After": "1"])
        case .emptyBody: .status(200, body: "", contentType: "application/json")
        case .truncatedAnswer: .completion(#"{"findings": [{"utterance": 1, "orig"#, finishReason: "length")
        }
    }
}

/// Every stage by the model, each with the built-in (here: fake) part behind it, as `EngineParts` wires them.
private func engine(_ client: LLMClient, batchSize: Int = 10) -> Engine {
    Engine(
        configuration: EngineConfiguration(batchSize: batchSize, idleTimeout: nil),
        analyser: LLMAnalyser(client: client, prompts: prompts), fallbackAnalyser: FakeAnalyser(identifier: "builtin"),
        focusSelector: LLMFocusSelector(client: client, prompts: prompts), fallbackFocusSelector: RankedFocusSelector(),
        generator: LLMModuleGenerator(client: client, prompts: prompts), fallbackGenerator: FakeGenerator(),
        judge: LLMJudge(client: client, prompts: prompts))
}

private func send(_ texts: [String], to engine: Engine) async throws {
    for text in texts { try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: text)) }
}

extension EventRecorder {
    fileprivate var validatedReports: [ValidationReport] {
        events.compactMap { if case .moduleValidated(let outcome) = $0 { outcome.report } else { nil } }
    }

    fileprivate var analysedBatches: [BatchAnalysed] {
        events.compactMap { if case .batchAnalysed(let batch) = $0 { batch } else { nil } }
    }
}

@Suite("Stages done offline when the model fails", .timeLimit(.minutes(5)))
struct OfflineStagesTests {
    @Test(
        "against a server failing in each real way, every stage is done offline: modules arrive, and their reports say so",
        arguments: ServerFailure.allCases)
    func eachFailure(_ failure: ServerFailure) async throws {
        let fixture = try ClientFixture(responder: { _ in failure.reply })
        let engine = engine(fixture.client)
        let recorder = EventRecorder(engine)
        try await send(["This is bad.", "That was wrong.", "It is bad again, very bad."], to: engine)
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated == 3 && summary.modulesRejected == 0)
        #expect(recorder.analysedBatches.map(\.analyser) == ["builtin"])
        #expect(recorder.validatedModules.allSatisfy { $0.provenance.generator == "fake-generator" })
        for report in recorder.validatedReports {
            let notes = Dictionary(report.checks.filter { $0.reason != nil }.map { ($0.name, $0.reason ?? "") }) {
                first, _ in first
            }
            #expect(
                notes[ModuleValidator.Check.focus]?.hasPrefix("chosen offline by the built-in ranking: llm/focus.v")
                    == true)
            #expect(
                notes[ModuleValidator.Check.generation]?.hasPrefix(
                    "generated offline by fake-generator after llm/generator.v") == true)
            #expect(notes[ModuleValidator.Check.judge]?.hasPrefix("not judged (llm/judge.v") == true)
        }
    }

    @Test(
        "against a server that never answers, the modules arrive after one idle timeout: only the first requests reach it, nothing after them waits"
    )
    func neverAnswers() async throws {
        let fixture = try ClientFixture(idleTimeout: .seconds(1), deadline: .seconds(60), responder: { _ in .silent })
        let engine = engine(fixture.client, batchSize: 2)
        let recorder = EventRecorder(engine)
        try await send(["This is bad.", "That was wrong.", "It is bad again.", "Nothing wrong here, bad."], to: engine)
        await engine.endConversation("c")
        // Both batches' analyses are waiting on the server; then one idle timeout passes.
        try await poll { fixture.chatRequests.count == 2 && fixture.clock.sleeperCount == 2 }
        fixture.clock.advance(by: .seconds(1))
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated >= 2 && summary.modulesRejected == 0)
        #expect(
            fixture.clock.now.offset == .seconds(1), "everything after the timeout was done without the clock moving")
        #expect(
            fixture.chatRequests.count == 2,
            "the two analyses, cut off together; every later stage went offline at once")
        #expect(
            fixture.meter.snapshot.keys.sorted() == ["analysis"],
            "no focus, generation or judge request was made, so none waited")
        #expect(recorder.analysedBatches.allSatisfy { $0.analyser == "builtin" && $0.failure != nil })
        #expect(fixture.client.breaker.openReason == "no answer for 1 s")
    }

    @Test("once the circuit is open, a later batch is analysed and taught offline at once, without asking the server")
    func laterBatchesDoNotWait() async throws {
        let fixture = try ClientFixture(idleTimeout: .seconds(2), deadline: .seconds(60), responder: { _ in .silent })
        let engine = engine(fixture.client, batchSize: 2)
        let recorder = EventRecorder(engine)
        try await send(["This is bad.", "That was wrong."], to: engine)
        try await poll { fixture.chatRequests.count == 1 && fixture.clock.sleeperCount == 1 }
        fixture.clock.advance(by: .seconds(2))
        _ = await recorder.wait { if case .moduleValidated = $0 { true } else { false } }
        let requests = fixture.chatRequests.count
        try await send(["It was bad.", "Very wrong indeed."], to: engine)
        _ = await recorder.wait { event in
            if case .batchAnalysed(let batch) = event { batch.batchIndex == 1 } else { false }
        }
        #expect(fixture.chatRequests.count == requests, "the batch was not sent to the silent server")
        #expect(
            recorder.analysedBatches.last?.failure?.contains("the model is offline for now after no answer for 2 s")
                == true)
        await engine.endConversation("c")
        #expect(try #require(await recorder.waitForDone("c")).modulesValidated >= 3)
        #expect(fixture.chatRequests.count == requests, "no stage of the later rounds asked the server")
        #expect(fixture.clock.now.offset == .seconds(2), "no idle timeout was waited after the first")
    }
}
