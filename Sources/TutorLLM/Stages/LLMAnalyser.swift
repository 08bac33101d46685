// The LLM analyser: one request per batch, findings in the built-in format, every one checked.

import Foundation
import TutorCore

/// Analyses a batch with one chat completion: the utterances and their context go in, and
/// findings come back as JSON. Findings that do not hold up (text not in the utterance,
/// no real correction, an unknown utterance) are dropped and counted; an answer that is not
/// the JSON asked for throws, and the engine's fallback analyses the batch instead.
public struct LLMAnalyser: Analyser {
    public let identifier: String
    let client: LLMClient
    let prompt: Prompt

    public init(client: LLMClient, prompts: PromptLibrary) {
        self.client = client
        self.prompt = prompts.analyser
        identifier = "llm/\(prompts.analyser.identifier) (\(client.endpoint.model))"
    }

    static let stage = "analysis"

    struct Answer: Decodable {
        var findings: [ProposedFinding]
    }

    private struct Input: Encodable {
        struct Item: Encodable {
            var id: Int
            var text: String
            var language: String
            var context: [String]
        }

        var utterances: [Item]
    }

    public func analyse(_ batch: Batch) async throws -> [AnalysedUtterance] {
        let input = Input(
            utterances: batch.utterances.enumerated().map { index, utterance in
                Input.Item(
                    id: index + 1, text: utterance.text, language: utterance.language.rawValue,
                    context: utterance.context.map { "\($0.speaker.displayName): \($0.text)" })
            })
        let request = ChatRequest(
            messages: [.system(prompt.instructions), .user(try Self.json(input))], stage: Self.stage,
            schema: prompt.schema, schemaName: "findings", maximumTokens: 2_500, temperature: 0)
        let answer = try await client.completeJSON(request, as: Answer.self)
        let (analysed, dropped) = Self.accept(answer, in: batch)
        client.meter.recordDropped(stage: Self.stage, count: dropped)
        return analysed
    }

    /// The batch's utterances with the answer's findings that hold up, and how many did not.
    static func accept(_ answer: Answer, in batch: Batch) -> (analysed: [AnalysedUtterance], dropped: Int) {
        var accepted: [Int: [Finding]] = [:]
        var dropped = 0
        for proposed in answer.findings {
            guard let id = proposed.utterance, batch.utterances.indices.contains(id - 1),
                let finding = proposed.finding(in: batch.utterances[id - 1]),
                !(accepted[id - 1] ?? []).contains(where: { $0.span.overlaps(finding.span) || $0.span == finding.span })
            else {
                dropped += 1
                continue
            }
            accepted[id - 1, default: []].append(finding)
        }
        let analysed = batch.utterances.enumerated().map { index, utterance in
            AnalysedUtterance(utterance: utterance, findings: (accepted[index] ?? []).sorted { $0.span < $1.span })
        }
        return (analysed, dropped)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
