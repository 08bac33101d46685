// The LLM path's efficiency benchmark, against the fake OpenAI server with a fixed latency.

import Foundation
import TutorCore
import TutorFakeModel
import TutorLLM

/// Runs a 30-message conversation through the engine with every stage on the fake model, three
/// times, and compares the wall time with the critical path: the longest chain of requests that
/// depend on each other. That is one analysis (the batches run at once), then every focus request
/// in turn (the engine's rounds choose one after another, in the order their batches started, each
/// leaving out what the earlier ones taught and using the modules they left: this is what makes
/// a conversation's modules the same on every run), then the last round's generation and judge
/// (each round's modules are made while the next round chooses).
struct LLMPathBenchmark {
    var latencyMilliseconds: Int

    /// The fake model: knows a few corrections, English and Korean, answers after `latency`.
    static func model(latency: Duration) -> FakeModel {
        FakeModel(
            corrections: ["goed": "went", "informations": "information", "i": "I", "김치": "kimchi", "학교": "school"],
            latency: latency)
    }

    struct Run {
        var wall: Duration
        var batches: Int
        var usage: [String: StageUsage]
        var validated: Int
        var rejected: Int
    }

    static let stages = ["analysis", "focus", "generation", "judge"]

    /// Prints three runs and the worst ratio; false when the bound is broken.
    func run() async throws -> Bool {
        print(
            "LLM path: a 30-message conversation (20 learner messages) against the fake server, \(latencyMilliseconds) ms a request"
        )
        var worst = 0.0
        var failed = false
        for attempt in 1...3 {
            let run = try await runOnce()
            let chain = Self.criticalPath(run.usage)
            let critical = Double(chain * latencyMilliseconds)
            let ratio = Self.milliseconds(run.wall) / critical
            // Against one request a stage, as if the rounds were one: shown, not the bound.
            let stagesWithRequests = Self.stages.filter { (run.usage[$0]?.requests ?? 0) > 0 }.count
            let oneRound = Self.milliseconds(run.wall) / Double(max(1, stagesWithRequests) * latencyMilliseconds)
            worst = max(worst, ratio)
            let analysisRequests = run.usage["analysis"]?.requests ?? 0
            let requests = Self.stages.map { "\($0) \(run.usage[$0]?.requests ?? 0)" }.joined(separator: ", ")
            let tokens = run.usage.values.reduce(0) { $0 + $1.totalTokens }
            print(
                String(
                    format:
                        "run %d: %.0f ms; critical path %d requests × %d ms = %.0f ms; ratio %.2f (%.2f to one request a stage); requests: %@; analysis requests per batch %d/%d; %d tokens; modules %d validated, %d rejected",
                    attempt, Self.milliseconds(run.wall), chain, latencyMilliseconds, critical, ratio, oneRound,
                    requests,
                    analysisRequests, run.batches, tokens,
                    run.validated, run.rejected))
            if analysisRequests > run.batches || run.validated == 0 { failed = true }
        }
        print(String(format: "worst ratio %.2f (bound 1.20)", worst))
        if worst > 1.2 || failed {
            print(
                "FAILED: the LLM path is slower than 1.2× its critical path, or made more than one analysis request per batch"
            )
            return false
        }
        return true
    }

    /// A 30-message conversation: 20 learner messages (two batches of 10), English and Korean.
    static func conversation(_ id: ConversationID) -> [Message] {
        let learner = [
            "Yesterday i goed to the park.", "I read many informations about it.", "저는 김치를 좋아해요.", "Then i goed home.",
            "My friend goed with me.", "We found informations online.", "학교 is far from my house.",
            "I like it very much.",
            "i think it is good.", "Last week we goed to Busan.",
        ]
        var messages: [Message] = []
        for index in 0..<30 {
            let speaker: Speaker = index % 3 == 2 ? .interviewer : .learnerA
            let text =
                speaker == .interviewer
                ? "Tell me more about that, please." : learner[(index - index / 3) % learner.count]
            messages.append(Message(conversationID: id, speaker: speaker, text: text))
        }
        return messages
    }

    private func runOnce() async throws -> Run {
        let server = try FakeOpenAIServer(responder: Self.model(latency: .milliseconds(latencyMilliseconds)).reply)
        defer { server.stop() }
        let client = LLMClient(
            endpoint: LLMEndpoint(baseURL: server.baseURL, model: "fake-model", maximumConcurrentRequests: 8),
            formats: StructuredOutputMemory())
        let prompts = try PromptLibrary()
        let engine = Engine(
            configuration: EngineConfiguration(idleTimeout: nil),
            analyser: LLMAnalyser(client: client, prompts: prompts),
            focusSelector: LLMFocusSelector(client: client, prompts: prompts),
            generator: LLMModuleGenerator(client: client, prompts: prompts),
            judge: LLMJudge(client: client, prompts: prompts))
        let id = ConversationID("bench")
        let started = ContinuousClock.now
        for message in Self.conversation(id) { try await engine.send(message) }
        await engine.endConversation(id)
        var batches = 0
        var validated = 0
        var rejected = 0
        for await event in engine.events {
            switch event {
            case .batchStarted: batches += 1
            case .moduleValidated: validated += 1
            case .moduleRejected: rejected += 1
            case .conversationDone: await engine.shutdown()
            default: break
            }
        }
        return Run(
            wall: .now - started, batches: batches, usage: client.meter.snapshot, validated: validated,
            rejected: rejected)
    }

    /// Requests on the critical path: one for each stage that made any, except focus, whose
    /// requests (one a round and learner) all follow one another.
    static func criticalPath(_ usage: [String: StageUsage]) -> Int {
        stages.reduce(0) { chain, stage in
            let requests = usage[stage]?.requests ?? 0
            return chain + (stage == "focus" ? requests : min(requests, 1))
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
