// Puts a generator answer and a candidate together into a module, cleaning what the model wrote.

import Foundation
import TutorCore

/// Builds the module from the model's words and the candidate's sentences.
struct ModuleAssembly {
    var candidate: TeachingCandidate
    var sentences: CandidateSentences
    var answer: LLMModuleGenerator.Answer
    var generator: String
    var analyser: String

    private func text(_ value: String?, _ limit: Int = 300) -> String { (value ?? "").cleanedModelText(limit: limit) }

    private func localized(_ en: String?, _ ko: String?, _ limit: Int = 300) -> LocalizedText {
        LocalizedText(en: text(en, limit), ko: text(ko, limit))
    }

    func module() throws -> TeachingModule {
        let focus = candidate.focus
        let correction = focus.suggestions.first ?? ""
        let isSayItInEnglish = focus.isSayItInEnglish
        var corrected = sentences.corrected
        var blanked = sentences.blanked
        if isSayItInEnglish, LanguageDetector.containsHangul(corrected) {
            // Korean is left in the sentence: teach the English in the model's example.
            let example = text(answer.exampleSentence)
            guard let range = example.range(of: correction, options: .caseInsensitive) else {
                throw ModuleGenerationError(reason: "the model's example sentence does not use '\(correction)'")
            }
            corrected = example
            blanked = example.replacingCharacters(in: range, with: Problem.blank)
        }
        var problems = [
            Problem(
                kind: .fillInTheBlank,
                instruction: localized(answer.fillInInstructionEn, answer.fillInInstructionKo, 160),
                text: blanked, answer: correction)
        ]
        var seen: Set<String> = [correction.normalizedForComparison.lowercased()]
        let distractors = (answer.distractors ?? []).map { text($0, 60) }.filter { distractor in
            !distractor.isEmpty && seen.insert(distractor.normalizedForComparison.lowercased()).inserted
        }
        if !distractors.isEmpty {
            let choices = StableHash.shuffled([correction] + distractors.prefix(3), seed: candidate.focus.ruleID)
            problems.append(
                Problem(
                    kind: .multipleChoice,
                    instruction: localized(answer.multipleChoiceInstructionEn, answer.multipleChoiceInstructionKo, 160),
                    text: blanked, choices: choices, answer: correction))
        }
        let rewriteSource =
            isSayItInEnglish && corrected != sentences.corrected ? focus.original : candidate.utterance.text
        problems.append(
            Problem(
                kind: .rewrite, instruction: localized(answer.rewriteInstructionEn, answer.rewriteInstructionKo, 160),
                text: rewriteSource, answer: rewriteSource == focus.original ? correction : corrected))
        return TeachingModule(
            id: TeachingModule.makeID(for: candidate), conversationID: candidate.utterance.conversationID,
            learner: candidate.utterance.learner, language: candidate.utterance.language,
            utterance: ModuleUtterance(candidate.utterance),
            focus: Focus(
                kind: isSayItInEnglish ? .sayItInEnglish : .correction, errorType: focus.errorType,
                ruleID: focus.ruleID,
                label: focus.topic, span: focus.span, original: focus.original,
                correction: correction),
            correctedSentence: corrected, explanation: localized(answer.explanationEn, answer.explanationKo, 800),
            // An empty tip is no tip: dropped (none left, and the validator rejects the module).
            tips: Array(
                (answer.tips ?? []).map { localized($0.en, $0.ko, 300) }.filter { !$0.en.isEmpty && !$0.ko.isEmpty }
                    .prefix(4)),
            problems: problems,
            provenance: Provenance(
                analyser: analyser, generator: generator, cluster: candidate.cluster, confidence: focus.confidence))
    }
}
