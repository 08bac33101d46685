// The engine's semantics (DESIGN §1, issue "the engine"): one test per promise.

import Testing
import TutorCore
import TutorTestSupport

private func message(_ id: ConversationID, _ speaker: Speaker, _ text: String) -> Message {
    Message(conversationID: id, speaker: speaker, text: text)
}

private func makeEngine(
    batchSize: Int = 10, idleTimeout: Duration? = nil, analyser: FakeAnalyser = FakeAnalyser(),
    fallback: FakeAnalyser? = nil, generator: FakeGenerator = FakeGenerator(),
    selector: any FocusSelector = RankedFocusSelector(), clock: any Clock<Duration> = ContinuousClock(),
    maximumModules: Int = 8
) -> Engine {
    Engine(
        configuration: EngineConfiguration(
            batchSize: batchSize, idleTimeout: idleTimeout, maximumModules: maximumModules),
        analyser: analyser, fallbackAnalyser: fallback, focusSelector: selector, generator: generator, clock: clock)
}

@Suite("Engine")
struct EngineTests {
    @Test("only learner messages are analysed; interviewer and system messages are context")
    func onlyLearnersAreAnalysed() async throws {
        let analyser = FakeAnalyser()
        let engine = makeEngine(analyser: analyser)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .system, "Welcome, this is bad"))
        try await engine.send(message("c", .interviewer, "Tell me something wrong"))
        try await engine.send(message("c", .learnerA, "My day was bad"))
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        let analysed = analyser.batches.flatMap(\.utterances)
        #expect(analysed.map(\.text) == ["My day was bad"])
        #expect(analysed.allSatisfy { $0.learner == .learnerA })
    }

    @Test("with two learners, each is batched, analysed and taught separately")
    func twoLearnersAreSeparate() async throws {
        let analyser = FakeAnalyser()
        let engine = makeEngine(batchSize: 2, analyser: analyser)
        let recorder = EventRecorder(engine)
        for index in 0..<3 {
            try await engine.send(message("c", .learnerA, "A says bad thing \(index)"))
            try await engine.send(message("c", .learnerB, "B says wrong thing \(index)"))
        }
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        for batch in analyser.batches {
            #expect(Set(batch.utterances.map(\.learner)) == [batch.learner])
        }
        #expect(analyser.batches.filter { $0.learner == .learnerA }.map(\.utterances.count).sorted() == [1, 2])
        let modules = recorder.validatedModules
        #expect(modules.filter { $0.learner == .learnerA }.allSatisfy { $0.utterance.text.hasPrefix("A says") })
        #expect(modules.filter { $0.learner == .learnerB }.allSatisfy { $0.utterance.text.hasPrefix("B says") })
        #expect(Set(modules.map(\.learner)) == [.learnerA, .learnerB])
    }

    @Test("a batch starts at the tenth learner message, not before")
    func batchStartsAtTenth() async throws {
        let engine = makeEngine()
        let recorder = EventRecorder(engine)
        for index in 1...9 {
            try await engine.send(message("c", .learnerA, "message \(index)"))
            try await engine.send(message("c", .interviewer, "reply \(index)"))
        }
        #expect(await recorder.settle().isEmpty)
        try await engine.send(message("c", .learnerA, "message 10"))
        let started = await recorder.wait { if case .batchStarted = $0 { true } else { false } }
        guard case .batchStarted(let batch) = started else {
            Issue.record("no batch started at the tenth learner message")
            return
        }
        #expect(batch.utteranceCount == 10)
        #expect(batch.batchIndex == 0)
    }

    @Test("the batch size is configurable")
    func batchSizeIsConfigurable() async throws {
        let engine = makeEngine(batchSize: 3)
        let recorder = EventRecorder(engine)
        for index in 1...7 { try await engine.send(message("c", .learnerA, "message \(index)")) }
        try await waitUntil { recorder.startedBatches.count == 2 }
        _ = await recorder.settle()
        let counts = recorder.startedBatches.map(\.utteranceCount)
        #expect(counts == [3, 3])
    }

    @Test("ending the conversation analyses the rest")
    func endAnalysesTheRest() async throws {
        let analyser = FakeAnalyser()
        let engine = makeEngine(analyser: analyser)
        let recorder = EventRecorder(engine)
        for index in 1...13 { try await engine.send(message("c", .learnerA, "message \(index) is bad")) }
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(analyser.batches.map(\.utterances.count).sorted() == [3, 10])
        #expect(summary.utterancesAnalysed == 13)
        #expect(summary.batchCount == 2)
    }

    @Test("an idle conversation is ended after the configured timeout")
    func idleTimeoutEndsConversation() async throws {
        let clock = ManualClock()
        let analyser = FakeAnalyser()
        let engine = makeEngine(idleTimeout: .seconds(60), analyser: analyser, clock: clock)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is bad"))
        try await waitUntil { clock.sleeperCount == 1 }
        clock.advance(by: .seconds(59))
        #expect(await recorder.settle().isEmpty)
        try await engine.send(message("c", .learnerA, "still here"))
        try await waitUntil { clock.sleeperCount == 1 }
        clock.advance(by: .seconds(59))
        #expect(await recorder.settle().isEmpty, "a new message restarts the idle timer")
        clock.advance(by: .seconds(1))
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.utterancesAnalysed == 2)
    }

    @Test("every utterance carries up to three preceding messages of any speaker, into its module")
    func contextTravelsToModule() async throws {
        let analyser = FakeAnalyser()
        let engine = makeEngine(analyser: analyser)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "hello"))
        try await engine.send(message("c", .interviewer, "first question"))
        try await engine.send(message("c", .system, "a note"))
        try await engine.send(message("c", .interviewer, "second question"))
        try await engine.send(message("c", .learnerA, "my answer is bad"))
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        let utterances = analyser.batches.flatMap(\.utterances)
        #expect(utterances[0].context.isEmpty)
        #expect(utterances[1].context.map(\.text) == ["first question", "a note", "second question"])
        let module = try #require(recorder.validatedModules.first)
        #expect(module.utterance.context.map(\.text) == ["first question", "a note", "second question"])
        #expect(module.utterance.context.map(\.speaker) == [.interviewer, .system, .interviewer])
    }

    @Test("sending never waits for analysis, and batches run concurrently")
    func sendingDoesNotWaitAndBatchesOverlap() async throws {
        let analyser = FakeAnalyser()
        analyser.hold(batchIndexes: [0, 1])
        let engine = makeEngine(batchSize: 2, analyser: analyser)
        let recorder = EventRecorder(engine)
        for index in 1...5 { try await engine.send(message("c", .learnerA, "message \(index) bad")) }
        // Both held batches are in the analyser at once, and sending went on regardless.
        try await waitUntil { analyser.batches.count == 2 }
        #expect(analyser.maximumConcurrency == 2)
        await engine.endConversation("c")
        analyser.release(batchIndex: 0)
        analyser.release(batchIndex: 1)
        #expect(await recorder.waitForDone("c") != nil)
    }

    @Test("results keep message order when a later batch finishes first")
    func resultsKeepMessageOrder() async throws {
        let analyser = FakeAnalyser()
        analyser.hold(batchIndexes: [0])
        let selector = RecordingSelector()
        let engine = makeEngine(batchSize: 2, analyser: analyser, selector: selector)
        let recorder = EventRecorder(engine)
        for index in 0..<4 { try await engine.send(message("c", .learnerA, "message \(index)")) }
        await engine.endConversation("c")
        _ = await recorder.wait { if case .batchAnalysed(let batch) = $0 { batch.batchIndex == 1 } else { false } }
        analyser.release(batchIndex: 0)
        #expect(await recorder.waitForDone("c") != nil)
        // A round per batch in the order they started (batch 0's waits for it), then the final one.
        let rounds = selector.calls.map { $0.map(\.utterance.messageIndex) }
        #expect(rounds == [[0, 1], [0, 1, 2, 3], [0, 1, 2, 3]])
    }

    @Test("the same words said many times are taught once, and each rank is given once")
    func repeatsAreTaughtOnce() async throws {
        let engine = makeEngine(batchSize: 5)
        let recorder = EventRecorder(engine)
        for _ in 0..<12 { try await engine.send(message("c", .learnerA, "It was bad")) }
        try await engine.send(message("c", .learnerA, "That is wrong"))
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        let taught = recorder.validatedModules.map(\.utterance.text)
        #expect(taught.sorted() == ["It was bad", "That is wrong"], "\(taught)")
        let ranks = recorder.validatedModules.map(\.provenance.cluster.rank)
        #expect(Set(ranks).count == ranks.count, "\(ranks)")
    }

    @Test("each module is delivered as soon as it validates, before slower ones")
    func modulesAreIncremental() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "wrong")
        let engine = makeEngine(generator: generator)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is wrong"))
        try await engine.send(message("c", .learnerA, "that is bad"))
        try await engine.send(message("c", .learnerA, "so bad"))
        await engine.endConversation("c")
        let first = await recorder.wait { if case .moduleValidated = $0 { true } else { false } }
        guard case .moduleValidated(let outcome) = first else {
            Issue.record("no module arrived while another was still being generated")
            return
        }
        #expect(outcome.module?.focus.original == "bad")
        #expect(recorder.events.contains { if case .conversationDone = $0 { true } else { false } } == false)
        generator.release(focus: "wrong")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated == 3)
    }

    @Test("modules are made once every batch so far is analysed, before the conversation ends")
    func roundsDuringConversation() async throws {
        let analyser = FakeAnalyser()
        analyser.hold(batchIndexes: [0, 1])
        let engine = makeEngine(batchSize: 2, analyser: analyser)
        let recorder = EventRecorder(engine)
        for index in 0..<4 { try await engine.send(message("c", .learnerA, "message \(index) bad")) }
        try await waitUntil { analyser.batches.count == 2 }
        analyser.release(batchIndex: 1)
        _ = await recorder.wait { if case .batchAnalysed(let batch) = $0 { batch.batchIndex == 1 } else { false } }
        #expect(
            !recorder.events.contains { $0.kindName == "clusteringDone" }, "no round while batch 0 is still analysed")
        analyser.release(batchIndex: 0)
        #expect(
            await recorder.wait { $0.kindName == "moduleValidated" } != nil,
            "modules arrive while the conversation goes on")
        #expect(await engine.activeConversationCount == 1)
    }

    @Test("the next round chooses while the last one's modules are still being made; the end waits for them")
    func roundsOverlapTheirModules() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "wrong")
        let selector = RecordingSelector()
        let engine = makeEngine(batchSize: 2, generator: generator, selector: selector)
        let recorder = EventRecorder(engine)
        // Batch 0's module (on "wrong") is held in the generator; batch 1's (on "bad") is not.
        try await engine.send(message("c", .learnerA, "this is wrong"))
        try await engine.send(message("c", .learnerA, "all fine here"))
        try await engine.send(message("c", .learnerA, "that was bad"))
        try await engine.send(message("c", .learnerA, "a nice day"))
        await engine.endConversation("c")
        // Batch 1's round chose and made its module while batch 0's module was still held, and
        // the final round chose too; the conversation is not done while a module is missing.
        let bad = await recorder.wait {
            if case .moduleValidated(let outcome) = $0 { outcome.module?.focus.original == "bad" } else { false }
        }
        #expect(bad != nil)
        try await waitUntil { selector.calls.count == 3 }
        #expect(!recorder.validatedModules.contains { $0.focus.original == "wrong" })
        #expect(!recorder.events.contains { $0.kindName == "conversationDone" })
        generator.release(focus: "wrong")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated == 2)
        #expect(summary.learners[.learnerA]?.modulesValidated == 2)
        #expect(recorder.events.last?.kindName == "conversationDone")
        let rounds = selector.calls.map { $0.map(\.utterance.messageIndex) }
        #expect(rounds == [[0, 1], [0, 1, 2, 3], [0, 1, 2, 3]])
    }

    @Test("the final round comes after the last batch; each utterance is taught once across rounds")
    func finalRound() async throws {
        let engine = makeEngine(batchSize: 2)
        let recorder = EventRecorder(engine)
        for index in 0..<2 { try await engine.send(message("c", .learnerA, "message \(index) bad")) }
        _ = await recorder.wait { $0.kindName == "moduleValidated" }
        for index in 2..<5 { try await engine.send(message("c", .learnerA, "message \(index) bad")) }
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        let kinds = recorder.events.map(\.kindName)
        let lastBatch = try #require(kinds.lastIndex(of: "batchAnalysed"))
        let lastClustering = try #require(kinds.lastIndex(of: "clusteringDone"))
        #expect(lastBatch < lastClustering && kinds.last == "conversationDone")
        let taught = recorder.validatedModules.map(\.utterance.messageIndex)
        #expect(Set(taught).count == taught.count)
        #expect(summary.modulesValidated == taught.count)
        #expect(taught.count == 5)
    }

    @Test("once a conversation's modules are delivered, the engine holds none of its text")
    func nothingHeldAfterDone() async throws {
        let engine = makeEngine(batchSize: 2)
        let recorder = EventRecorder(engine)
        for index in 0..<5 {
            try await engine.send(message("c", .learnerA, "secret sentence \(index) bad"))
            try await engine.send(message("c", .interviewer, "secret question \(index)"))
        }
        #expect(await !engine.heldText(of: "c").isEmpty)
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c") != nil)
        #expect(await engine.heldText(of: "c").isEmpty)
        try await waitUntilAsync { await engine.activeConversationCount == 0 }
    }

    @Test("a failed batch is analysed by the fallback analyser, and the event says so")
    func fallbackAnalyser() async throws {
        let engine = makeEngine(
            analyser: FakeAnalyser(identifier: "broken", failing: true), fallback: FakeAnalyser(identifier: "backup"))
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is bad"))
        await engine.endConversation("c")
        let event = await recorder.wait { if case .batchAnalysed = $0 { true } else { false } }
        guard case .batchAnalysed(let batch) = event else {
            Issue.record("no batch analysed")
            return
        }
        #expect(batch.analyser == "backup")
        #expect(batch.failure?.contains("broken") == true)
        #expect(batch.findingCount == 1)
        #expect(await recorder.waitForDone("c")?.modulesValidated == 1)
    }

    @Test("a module that fails validation is rejected with its report, never validated")
    func rejectedModules() async throws {
        let engine = makeEngine(generator: FakeGenerator(leakWords: ["leaky"]))
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "leaky and bad"))
        try await engine.send(message("c", .learnerA, "plain but wrong"))
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated == 1)
        #expect(summary.modulesRejected == 1)
        let rejected = try #require(recorder.rejectedOutcomes.first)
        #expect(rejected.report.failures.map(\.name) == [ModuleValidator.Check.noLeak])
        #expect(recorder.validatedModules.map(\.utterance.text) == ["plain but wrong"])
    }

    @Test("messages to a conversation that is ending are refused")
    func endingConversationRefusesMessages() async throws {
        let analyser = FakeAnalyser()
        analyser.hold(batchIndexes: [0])
        let engine = makeEngine(analyser: analyser)
        try await engine.send(message("c", .learnerA, "hello"))
        await engine.endConversation("c")
        await #expect(throws: EngineError.conversationEnding("c")) {
            try await engine.send(message("c", .learnerA, "one more"))
        }
        analyser.release(batchIndex: 0)
    }

    @Test("at most the configured number of modules, one per cluster before a second")
    func moduleLimit() async throws {
        let engine = makeEngine(maximumModules: 2)
        let recorder = EventRecorder(engine)
        for index in 0..<4 { try await engine.send(message("c", .learnerA, "number \(index) is bad")) }
        try await engine.send(message("c", .learnerA, "this is wrong"))
        await engine.endConversation("c")
        #expect(await recorder.waitForDone("c")?.modulesValidated == 2)
        #expect(Set(recorder.validatedModules.map(\.focus.original)) == ["bad", "wrong"])
    }
}

extension EngineEvent {
    var kindName: String {
        switch self {
        case .batchStarted: "batchStarted"
        case .batchAnalysed: "batchAnalysed"
        case .clusteringDone: "clusteringDone"
        case .moduleValidated: "moduleValidated"
        case .moduleRejected: "moduleRejected"
        case .conversationDone: "conversationDone"
        }
    }
}

/// Polls a condition set by background work; fails the test after five seconds.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    try await waitUntilAsync { condition() }
}

func waitUntilAsync(_ condition: @Sendable () async -> Bool) async throws {
    for _ in 0..<2500 {
        if await condition() { return }
        try await Task.sleep(for: .milliseconds(2))
    }
    Issue.record("condition not met within 5 s")
}

extension EngineTests {
    @Test("the summary keeps each learner's findings, utterances and modules apart, and adds them up")
    func summaryPerLearner() async throws {
        let analyser = FakeAnalyser(corrections: ["bad": "good", "wrong": "right"])
        let engine = makeEngine(analyser: analyser)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .interviewer, "How was it?"))
        try await engine.send(message("c", .learnerA, "It was bad and bad"))
        try await engine.send(message("c", .learnerB, "Nothing was wrong"))
        try await engine.send(message("c", .learnerB, "All fine"))
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        let learnerA = try #require(summary.learners[.learnerA])
        let learnerB = try #require(summary.learners[.learnerB])
        #expect(learnerA.utterancesAnalysed == 1)
        #expect(learnerA.findingCount == 2)
        #expect(learnerB.utterancesAnalysed == 2)
        #expect(learnerB.findingCount == 1)
        #expect(summary.learners[.interviewer] == nil)
        let validatedA = recorder.validatedModules.filter { $0.learner == .learnerA }.count
        #expect(learnerA.modulesValidated == validatedA)
        #expect(learnerB.modulesValidated == recorder.validatedModules.count - validatedA)
        #expect(summary.merged { $0 == .learnerB } == learnerB)
        #expect(summary.merged(\.isLearner).findingCount == summary.findingsByErrorType.values.reduce(0, +))
        #expect(summary.findingCount == 3 && summary.utterancesAnalysed == 3)
    }
}

@Suite("Work limiter")
struct WorkLimiterTests {
    @Test("at most the limit runs at once; every piece of work runs, the waiting ones in turn")
    func limit() async {
        let limiter = WorkLimiter(limit: 2)
        let peak = Peak()
        await withTaskGroup(of: Int.self) { group in
            for index in 0..<20 {
                group.addTask {
                    await limiter.run {
                        await peak.enter()
                        await Task.yield()
                        await peak.leave()
                        return index
                    }
                }
            }
            var done: [Int] = []
            for await index in group { done.append(index) }
            #expect(done.sorted() == Array(0..<20))
        }
        #expect(await peak.highest <= 2)
        #expect(await peak.highest >= 1)
        let load = await limiter.load
        #expect(load.running == 0 && load.waiting == 0)
    }

    actor Peak {
        private var current = 0
        private(set) var highest = 0
        func enter() {
            current += 1
            highest = max(highest, current)
        }
        func leave() { current -= 1 }
    }
}

@Suite("Engine: stages done offline")
struct OfflineStageTests {
    /// A model's generator or selector that is down: every call throws.
    struct DownGenerator: ModuleGenerator {
        let identifier = "llm/generator (down)"
        func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule {
            throw ModuleGenerationError(reason: "the model server failed (HTTP 500)")
        }
    }

    struct DownSelector: FocusSelector {
        func selectCandidates(from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int) async throws
            -> [TeachingCandidate]
        {
            throw ModuleGenerationError(reason: "llm/focus: the model is offline")
        }
    }

    private func engine(
        generator: any ModuleGenerator, fallbackGenerator: (any ModuleGenerator)?,
        selector: any FocusSelector = RankedFocusSelector(),
        fallbackSelector: (any FocusSelector)? = nil
    ) -> Engine {
        Engine(
            configuration: EngineConfiguration(idleTimeout: nil), analyser: FakeAnalyser(), focusSelector: selector,
            fallbackFocusSelector: fallbackSelector, generator: generator, fallbackGenerator: fallbackGenerator)
    }

    @Test(
        "a generator that throws hands the module to the fallback generator; it is validated, and its report says it was made offline and why"
    )
    func generatorFallsBack() async throws {
        let engine = engine(generator: DownGenerator(), fallbackGenerator: FakeGenerator())
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is bad"))
        try await engine.send(message("c", .learnerA, "that was wrong"))
        await engine.endConversation("c")
        let summary = try #require(await recorder.waitForDone("c"))
        #expect(summary.modulesValidated == 2 && summary.modulesRejected == 0)
        #expect(recorder.validatedModules.allSatisfy { $0.provenance.generator == "fake-generator" })
        let reports = recorder.events.compactMap {
            if case .moduleValidated(let outcome) = $0 { outcome.report } else { nil }
        }
        #expect(reports.count == 2)
        for report in reports {
            let note = try #require(report.checks.first { $0.name == ModuleValidator.Check.generation })
            #expect(note.passed)
            #expect(
                note.reason
                    == "generated offline by fake-generator after llm/generator (down): the model server failed (HTTP 500)"
            )
            #expect(
                report.checks.contains { $0.name == ModuleValidator.Check.noLeak },
                "the fallback's module passed the same validator")
        }
    }

    @Test("a module the fallback generator writes still fails validation like any other")
    func fallbackModulesAreValidated() async throws {
        let engine = engine(generator: DownGenerator(), fallbackGenerator: FakeGenerator(leakWords: ["leaky"]))
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "leaky and bad"))
        await engine.endConversation("c")
        #expect(try #require(await recorder.waitForDone("c")).modulesRejected == 1)
        #expect(recorder.rejectedOutcomes.first?.report.failures.map(\.name) == [ModuleValidator.Check.noLeak])
    }

    @Test("without a fallback generator, a generator that throws leaves a rejected module with the reason, as before")
    func noFallbackGenerator() async throws {
        let engine = engine(generator: DownGenerator(), fallbackGenerator: nil)
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is bad"))
        await engine.endConversation("c")
        #expect(try #require(await recorder.waitForDone("c")).modulesRejected == 1)
        let failure = try #require(recorder.rejectedOutcomes.first?.report.failures.first)
        #expect(failure.name == ModuleValidator.Check.generation && failure.reason?.contains("HTTP 500") == true)
    }

    @Test("a focus selector that throws is replaced by the fallback selector, and each module's report notes it")
    func selectorFallsBack() async throws {
        let engine = engine(
            generator: FakeGenerator(), fallbackGenerator: nil, selector: DownSelector(),
            fallbackSelector: RankedFocusSelector())
        let recorder = EventRecorder(engine)
        try await engine.send(message("c", .learnerA, "this is bad"))
        try await engine.send(message("c", .learnerA, "that was wrong"))
        await engine.endConversation("c")
        #expect(try #require(await recorder.waitForDone("c")).modulesValidated == 2)
        let reports = recorder.events.compactMap {
            if case .moduleValidated(let outcome) = $0 { outcome.report } else { nil }
        }
        #expect(
            reports.allSatisfy { report in
                report.checks.contains {
                    $0.name == ModuleValidator.Check.focus && $0.passed
                        && $0.reason == "chosen offline by the built-in ranking: llm/focus: the model is offline"
                }
            })
        #expect(
            !reports.contains { $0.checks.contains { $0.name == ModuleValidator.Check.generation } },
            "the generator worked: no note")
    }
}
