// `chattutor analyze`: runs a recorded conversation through the engine, without a terminal.

import ArgumentParser
import Foundation
import TutorCore
import TutorLLM

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a recorded conversation and make its teaching modules.",
        discussion: """
            Runs the whole pipeline (batching, analysis, clustering, module generation and \
            validation) on a transcript of kind `recording`. With --out, writes validated/, \
            rejected/ and validation_reports/ (one JSON file per module) under DIR and nothing else.
            """
    )

    @Argument(help: "A recorded conversation (see docs/transcript-format.md).")
    var file: String

    @Option(help: "Write validated/, rejected/ and validation_reports/ under this directory.")
    var out: String?

    @Option(help: "Summary format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Analyse a learner's messages in batches of this size.")
    var batchSize: Int = EngineConfiguration.defaultBatchSize

    @Option(help: "At most this many modules per learner.")
    var maxModules: Int = 8

    @OptionGroup var model: LLMOptions

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxModules >= 0 else { throw ValidationError("--max-modules cannot be negative") }
    }

    func run() async throws {
        try await reportingUserErrors {
            let transcript = try TranscriptFile.read(file, kind: .recording, command: "analyze")
            let parts = try EngineParts(model)
            let outcome = await HeadlessRun.run(
                transcript, engine: parts.makeEngine(EngineConfiguration(batchSize: batchSize, idleTimeout: nil, maximumModules: maxModules)),
                llm: parts.llm)
            if let out { try ModuleFiles(directory: URL(fileURLWithPath: out)).write(outcome) }
            var output = OutputBuffer()
            output.write(format == .json ? try outcome.jsonSummary(file: file) : outcome.textSummary(file: file, out: out))
            output.flush()
        }
    }
}

/// Feeds a transcript through a fresh engine and collects everything it reports.
struct HeadlessRun {
    var summary: ConversationSummary?
    var batches: [BatchAnalysed] = []
    var validated: [ModuleOutcome] = []
    var rejected: [ModuleOutcome] = []
    /// The model's endpoint and its usage by stage, when a model was used.
    var model: String?
    var llmUsage: [String: StageUsage] = [:]
    /// How often the model's circuit opened (its stages then went offline), and why it is
    /// open at the end, if it is.
    var circuitOpenings = 0
    var circuitOpenReason: String?

    static func run(_ transcript: Transcript, engine: Engine, llm: LLMParts?) async -> HeadlessRun {
        let id = ConversationID("analyze")
        for message in transcript.messages(in: id) {
            try? await engine.send(message)
        }
        await engine.endConversation(id)
        var run = HeadlessRun()
        run.model = llm?.client.endpoint.description
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
                < ($1.module?.provenance.cluster.rank ?? .max, $1.module?.utterance.messageIndex ?? .max, $1.report.moduleID)
        }
        run.llmUsage = llm?.meter.snapshot ?? [:]
        run.circuitOpenings = llm?.client.breaker.openings ?? 0
        run.circuitOpenReason = llm?.client.breaker.openReason
        run.validated.sort(by: order)
        run.rejected.sort(by: order)
        return run
    }
}
