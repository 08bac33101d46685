// `check --llm`: lines in batches of 10 through the model, the built-in rules for any batch it fails.

import Foundation
import TutorCore
import TutorLLM
import TutorRules

/// Checks lines with the model, ten to a request, batches in parallel (the client keeps
/// to its concurrency limit). A batch the model fails is checked by the built-in analyser,
/// and standard error says which lines.
struct ModelCheck {
    let llm: LLMParts
    let fallback: BuiltinAnalyser
    let batchSize = 10

    /// The findings of every line, in order.
    func findings(for texts: [String]) async -> [[Finding]] {
        let batches = stride(from: 0, to: texts.count, by: batchSize).map { start in
            Batch(conversationID: "check", learner: .learnerA, index: start / batchSize, utterances: (start..<min(start + batchSize, texts.count)).map {
                Utterance(conversationID: "check", learner: .learnerA, messageIndex: $0, rawText: texts[$0], context: [])
            })
        }
        var results = Array(repeating: [Finding](), count: texts.count)
        await withTaskGroup(of: (Int, [[Finding]], String?).self) { group in
            for batch in batches {
                group.addTask { [llm, fallback] in
                    do {
                        return (batch.index, try await llm.analyser.analyse(batch).map(\.findings), nil)
                    } catch {
                        return (batch.index, batch.utterances.map { fallback.findings(in: $0.text) }, "\(error)")
                    }
                }
            }
            for await (index, findings, failure) in group {
                for (offset, lineFindings) in findings.enumerated() { results[index * batchSize + offset] = lineFindings }
                if let failure {
                    let first = index * batchSize + 1
                    FileHandle.standardError.write(Data(
                        "chattutor: lines \(first)–\(first + findings.count - 1): the model failed (\(failure)); the built-in analyser checked them\n".utf8))
                }
            }
        }
        return results
    }
}
