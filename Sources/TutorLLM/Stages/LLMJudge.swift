// The LLM judge: a model reviews each module that passed the deterministic checks.

import Foundation
import TutorCore

/// Asks the model whether a validated module is right. An answer that is not the JSON
/// asked for throws, and the engine keeps the module on the validator's word, with a note.
public struct LLMJudge: ModuleJudge {
    public let identifier: String
    let client: LLMClient
    let prompt: Prompt

    public init(client: LLMClient, prompts: PromptLibrary) {
        self.client = client
        self.prompt = prompts.judge
        identifier = "llm/\(prompts.judge.identifier) (\(client.endpoint.model))"
    }

    static let stage = "judge"

    struct Answer: Decodable {
        var approved: Bool
        var reason: String?
    }

    private struct Input: Encodable {
        struct Item: Encodable {
            var kind: String
            var instruction: String
            var text: String
            var choices: [String]?
            var answer: String
        }

        var sentence: String
        var original: String
        var correction: String
        var correctedSentence: String
        var explanationEn: String
        var explanationKo: String
        var tips: [String]
        var problems: [Item]
    }

    public func judge(_ module: TeachingModule) async throws -> JudgeVerdict {
        let input = Input(
            sentence: module.utterance.text, original: module.focus.original, correction: module.focus.correction,
            correctedSentence: module.correctedSentence, explanationEn: module.explanation.en,
            explanationKo: module.explanation.ko,
            tips: module.tips.map(\.en),
            problems: module.problems.map {
                Input.Item(
                    kind: $0.kind.rawValue, instruction: $0.instruction.en, text: $0.text, choices: $0.choices,
                    answer: $0.answer)
            })
        let request = ChatRequest(
            messages: [.system(prompt.instructions), .user(try LLMAnalyser.json(input))], stage: Self.stage,
            schema: prompt.schema, schemaName: "verdict", maximumTokens: 300, temperature: 0)
        return Self.verdict(from: try await client.completeJSON(request, as: Answer.self))
    }

    /// The verdict an answer gives, its reason cleaned (or said for it when there is none).
    static func verdict(from answer: Answer) -> JudgeVerdict {
        let reason = (answer.reason ?? "").cleanedModelText(limit: 200)
        return JudgeVerdict(
            approved: answer.approved,
            reason: reason.isEmpty ? (answer.approved ? "approved" : "no reason given") : reason)
    }
}
