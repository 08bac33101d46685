// `check --llm`: lines in batches through the model, the built-in rules for any batch it fails.

import Foundation
import TutorCore
import TutorLLM
import TutorRules

/// Checks lines with the model, a batch (the engine's default size) to a request, batches in
/// parallel (the client keeps to its concurrency limit). A batch the model fails is checked by
/// the built-in analyser, as in the engine, and standard error says which lines.
public struct ModelCheck {
    public let llm: LLMParts
    public let fallback: BuiltinAnalyser
    public let batchSize = EngineConfiguration.defaultBatchSize
    /// How many lines before each line travel with it as context (`LineCheck.contextSize`).
    public let contextSize: Int

    public init(llm: LLMParts, fallback: BuiltinAnalyser, contextSize: Int = 0) {
        self.llm = llm
        self.fallback = fallback
        self.contextSize = max(0, contextSize)
    }

    /// The findings of every line, in order.
    public func findings(for texts: [String]) async -> [[Finding]] {
        var earlier: [String] = []
        let contexts = texts.map { text in
            defer { LineCheck.keep(text, in: &earlier, upTo: contextSize) }
            return earlier.map { ContextMessage(speaker: .learnerA, text: $0) }
        }
        let batches = stride(from: 0, to: texts.count, by: batchSize).map { start in
            Batch(
                conversationID: "check", learner: .learnerA, index: start / batchSize,
                utterances: (start..<min(start + batchSize, texts.count)).map {
                    Utterance(
                        conversationID: "check", learner: .learnerA, messageIndex: $0, rawText: texts[$0],
                        context: contexts[$0])
                })
        }
        var results = Array(repeating: [Finding](), count: texts.count)
        await withTaskGroup(of: (Int, BatchAnalysis).self) { group in
            for batch in batches {
                group.addTask { [llm, fallback] in
                    (batch.index, await BatchAnalysis.run(batch, analyser: llm.analyser, fallback: fallback))
                }
            }
            for await (index, outcome) in group {
                for (offset, analysed) in outcome.analysed.enumerated() {
                    results[index * batchSize + offset] = analysed.findings
                }
                if let failure = outcome.failure {
                    let first = index * batchSize + 1
                    FileHandle.standardError.write(
                        Data(
                            "chattutor: lines \(first)–\(first + outcome.analysed.count - 1): the model failed (\(failure)); the built-in analyser checked them\n"
                                .utf8))
                }
            }
        }
        return results
    }
}
