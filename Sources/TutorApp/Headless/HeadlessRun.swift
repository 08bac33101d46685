// The headless run: a transcript through a fresh engine, everything it reports collected (`analyze`).

import TutorCore
import TutorLLM

/// Feeds a transcript through a fresh engine and collects everything it reports.
public struct HeadlessRun {
    public var summary: ConversationSummary?
    public var batches: [BatchAnalysed] = []
    public var validated: [ModuleOutcome] = []
    public var rejected: [ModuleOutcome] = []
    /// The model's endpoint and its usage by stage, when a model was used.
    public var model: String?
    public var llmUsage: [String: StageUsage] = [:]
    /// How often the model's circuit opened (its stages then went offline), and why it is
    /// open at the end, if it is.
    public var circuitOpenings = 0
    public var circuitOpenReason: String?
    /// What the report calls each learner of the transcript (`Transcript.label(for:)`).
    public var learnerLabels: [Speaker: String] = [:]

    /// Sends every message of `transcript`, ends the conversation, and collects the events until
    /// `conversationDone`; then shuts the engine down. Modules are sorted by rank, then message.
    public static func run(_ transcript: Transcript, engine: Engine, llm: LLMParts?) async -> HeadlessRun {
        let id = ConversationID("analyze")
        for message in transcript.messages(in: id) {
            _ = try? await engine.send(message)
        }
        await engine.endConversation(id)
        var run = HeadlessRun()
        run.model = llm?.client.endpoint.description
        for line in transcript.lines where line.speaker.isLearner {
            run.learnerLabels[line.speaker] = transcript.label(for: line.speaker)
        }
        for await event in engine.events {
            switch event {
            case .batchAnalysed(let batch): run.batches.append(batch)
            case .moduleValidated(let outcome): run.validated.append(outcome)
            case .moduleRejected(let outcome): run.rejected.append(outcome)
            case .conversationDone(let summary):
                run.summary = summary
                await engine.shutdown()
            case .batchStarted, .clusteringDone: break
            }
        }
        // Concurrent generation delivers in any order; report by rank, then by message.
        let order: (ModuleOutcome, ModuleOutcome) -> Bool = {
            ($0.module?.provenance.cluster.rank ?? .max, $0.module?.utterance.messageIndex ?? .max, $0.report.moduleID)
                < (
                    $1.module?.provenance.cluster.rank ?? .max, $1.module?.utterance.messageIndex ?? .max,
                    $1.report.moduleID
                )
        }
        run.llmUsage = llm?.meter.snapshot ?? [:]
        run.circuitOpenings = llm?.client.breaker.openings ?? 0
        run.circuitOpenReason = llm?.client.breaker.openReason
        run.validated.sort(by: order)
        run.rejected.sort(by: order)
        return run
    }
}
