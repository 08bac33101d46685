// The LLM module generator: the model writes the words, the finding fixes the answers.

import Foundation
import TutorCore

/// Makes a module with one chat completion. The model writes what needs language (explanation,
/// tips, instructions, distractors); the problems' sentences and answers come from the finding,
/// so no model can make a problem whose answer is wrong, and so does its title (`Finding.topic`,
/// the name the summary counts it under). Every module
/// still goes through `ModuleValidator` (and the judge), like any other.
public struct LLMModuleGenerator: ModuleGenerator {
    public let identifier: String
    let client: LLMClient
    let prompt: Prompt

    public init(client: LLMClient, prompts: PromptLibrary) {
        self.client = client
        self.prompt = prompts.generator
        identifier = "llm/\(prompts.generator.identifier) (\(client.endpoint.model))"
    }

    static let stage = "generation"

    struct Answer: Decodable {
        struct Tip: Decodable {
            var en: String?
            var ko: String?
        }

        var explanationEn: String?
        var explanationKo: String?
        var tips: [Tip]?
        var fillInInstructionEn: String?
        var fillInInstructionKo: String?
        var multipleChoiceInstructionEn: String?
        var multipleChoiceInstructionKo: String?
        var distractors: [String]?
        var rewriteInstructionEn: String?
        var rewriteInstructionKo: String?
        var exampleSentence: String?
    }

    private struct Input: Encodable {
        var sentence: String
        var context: [String]
        var original: String
        var correction: String
        var errorType: String
        var correctedSentence: String
        var blanked: String
    }

    public func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule {
        guard let correction = candidate.focus.suggestions.first, !correction.isEmpty else {
            throw ModuleGenerationError(reason: "a deletion leaves no blank to practise")
        }
        let sentences = CandidateSentences(candidate)
        let input = Input(
            sentence: candidate.utterance.text,
            context: candidate.utterance.context.map { "\($0.speaker.displayName): \($0.text)" },
            original: candidate.focus.original, correction: correction, errorType: candidate.focus.errorType.rawValue,
            correctedSentence: sentences.corrected, blanked: sentences.blanked)
        let request = ChatRequest(
            messages: [.system(prompt.instructions), .user(try LLMAnalyser.json(input))], stage: Self.stage,
            schema: prompt.schema, schemaName: "lesson", maximumTokens: 1_200, temperature: 0.3)
        let answer: Answer
        do {
            answer = try await client.completeJSON(request, as: Answer.self)
        } catch {
            throw ModuleGenerationError(reason: error.description)
        }
        return try ModuleAssembly(
            candidate: candidate, sentences: sentences, answer: answer, generator: identifier, analyser: analyser
        ).module()
    }
}

/// The corrected sentence of a candidate, and the same with its focus as a blank.
struct CandidateSentences {
    var corrected: String
    var blanked: String

    init(_ candidate: TeachingCandidate) {
        // A private-use marker stands in for the focus while the other edits are applied, so
        // the blank lands where the focus is even when the correction occurs twice.
        let marker = "\u{E000}"
        var focus = candidate.focus
        focus.suggestions = [marker]
        let marked = ([focus] + candidate.otherFindings).corrected(candidate.utterance.text)
        let correction = candidate.focus.suggestions.first ?? ""
        corrected = marked.replacingOccurrences(of: marker, with: correction)
        blanked = marked.replacingOccurrences(of: marker, with: Problem.blank)
    }
}
