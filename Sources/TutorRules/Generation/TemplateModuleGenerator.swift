// Builds modules from templates: explanation, tips and three kinds of problem.

import Foundation
import TutorCore

/// The built-in module generator: bilingual explanations and tips from templates.json,
/// and practice problems made from the learner's own sentence.
public struct TemplateModuleGenerator: ModuleGenerator {
    public let identifier = "builtin-templates/1"
    let resources: RuleResources
    let distractors: DistractorMaker

    public init(resources: RuleResources) {
        self.resources = resources
        self.distractors = DistractorMaker(resources: resources)
    }

    public func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule {
        let focus = candidate.focus
        guard let teaching = resources.templates.teaching(for: focus) else {
            throw ModuleGenerationError(reason: "no template for \(focus.errorType)")
        }
        let rule = resources.rules.first { $0.id == focus.ruleID }
        let label = rule?.label ?? LocalizedText(en: focus.errorType.rawValue, ko: focus.errorType.rawValue)
        let id = TeachingModule.makeID(for: candidate)
        let body: ModuleBody = focus.isSayItInEnglish
            ? try sayItInEnglishBody(candidate, teaching: teaching, id: id)
            : try correctionBody(candidate, teaching: teaching, rule: rule, id: id)
        return TeachingModule(
            id: id, conversationID: candidate.utterance.conversationID, learner: candidate.utterance.learner,
            language: candidate.utterance.language, utterance: ModuleUtterance(candidate.utterance),
            focus: Focus(
                kind: focus.isSayItInEnglish ? .sayItInEnglish : .correction, errorType: focus.errorType,
                ruleID: focus.ruleID, label: label, span: focus.span, original: focus.original,
                correction: focus.suggestions.first ?? ""),
            correctedSentence: body.correctedSentence, explanation: body.explanation, tips: body.tips,
            problems: body.problems,
            provenance: Provenance(analyser: analyser, generator: identifier, cluster: candidate.cluster, confidence: focus.confidence))
    }

    struct ModuleBody {
        var correctedSentence: String
        var explanation: LocalizedText
        var tips: [LocalizedText]
        var problems: [Problem]
    }

    // MARK: - English errors

    private func correctionBody(_ candidate: TeachingCandidate, teaching: TemplateCatalogue.Teaching, rule: RuleDefinition?, id: String) throws -> ModuleBody {
        let focus = candidate.focus
        guard let correction = focus.suggestions.first else { throw ModuleGenerationError(reason: "the focus has no suggestion") }
        let corrected = CorrectedSentence(candidate: candidate)
        guard !LanguageDetector.containsHangul(corrected.text) else {
            throw ModuleGenerationError(reason: "the corrected sentence still has Korean the glossary does not know")
        }
        let gap = Gap(original: focus.original, correction: correction)
        let blankStart = corrected.focusRange.lowerBound + gap.answerOffset
        let blanked = corrected.text.replacingScalars(blankStart..<(blankStart + gap.answer.scalarCount), with: Problem.blank)
        let values = ["original": focus.original, "correction": correction, "message": focus.message.en]
        var explanation = teaching.explanation.filled(values)
        explanation.en = focus.message.en + " " + explanation.en
        explanation.ko = focus.message.ko + " " + explanation.ko
        let instructions = resources.templates.instructions
        var problems: [Problem] = []
        if let hint = distractors.hint(for: focus, answer: gap.answer) {
            problems.append(Problem(kind: .fillInTheBlank, instruction: instructions.fillInTheBlankWithHint.filled(["hint": hint]), text: blanked, answer: gap.answer))
        } else {
            problems.append(Problem(kind: .fillInTheBlank, instruction: instructions.fillInTheBlank, text: blanked, answer: gap.answer))
        }
        let wrong = distractors.distractors(for: focus, gap: gap, rule: rule)
        if !wrong.isEmpty {
            let choices = ([gap.answer] + wrong).sorted { StableHash.hex(id + $0) < StableHash.hex(id + $1) }
            problems.append(Problem(kind: .multipleChoice, instruction: instructions.multipleChoice, text: blanked, choices: choices, answer: gap.answer))
        }
        problems.append(Problem(kind: .rewrite, instruction: instructions.rewrite, text: candidate.utterance.text, answer: corrected.text))
        return ModuleBody(
            correctedSentence: corrected.text, explanation: explanation,
            tips: teaching.tips.map { $0.filled(values) }, problems: problems)
    }

    // MARK: - Korean to English

    private func sayItInEnglishBody(_ candidate: TeachingCandidate, teaching: TemplateCatalogue.Teaching, id: String) throws -> ModuleBody {
        let focus = candidate.focus
        guard let entry = resources.glossary.entry(for: focus.original) else {
            throw ModuleGenerationError(reason: "the glossary has no entry for the focus")
        }
        let whole = candidate.correctedText.capitalizedFirst
        let saysItAll = candidate.utterance.language == .mixed && !LanguageDetector.containsHangul(whole)
        let english = saysItAll ? whole : entry.example
        let values = ["korean": focus.original, "english": entry.english, "example": entry.example]
        let instructions = resources.templates.instructions
        guard let range = entry.example.range(of: entry.english) else {
            throw ModuleGenerationError(reason: "the glossary example does not use its English")
        }
        let blanked = entry.example.replacingCharacters(in: range, with: Problem.blank)
        var problems = [Problem(kind: .fillInTheBlank, instruction: instructions.sayFillInTheBlank.filled(values), text: blanked, answer: entry.english)]
        let relatives = resources.glossary.relatives(of: entry).map(\.english)
        let picked = Array(Set(relatives).sorted { StableHash.hex(id + $0) < StableHash.hex(id + $1) }.prefix(2))
        if !picked.isEmpty {
            let choices = ([entry.english] + picked).sorted { StableHash.hex(id + $0) < StableHash.hex(id + $1) }
            problems.append(Problem(kind: .multipleChoice, instruction: instructions.sayMultipleChoice.filled(values), text: blanked, choices: choices, answer: entry.english))
        }
        if saysItAll {
            problems.append(Problem(kind: .rewrite, instruction: instructions.sayRewrite.filled(values), text: candidate.utterance.text, answer: whole))
        } else {
            problems.append(Problem(kind: .rewrite, instruction: instructions.sayRewriteWord.filled(values), text: focus.original, answer: entry.english))
        }
        return ModuleBody(
            correctedSentence: english, explanation: teaching.explanation.filled(values),
            tips: teaching.tips.map { $0.filled(values) }, problems: problems)
    }
}

/// The corrected utterance, and where the focus's replacement landed in it.
struct CorrectedSentence {
    var text: String
    /// Scalar offsets of the focus's replacement in `text`.
    var focusRange: Range<Int>

    init(candidate: TeachingCandidate) {
        let focusEdit = TextEdit(span: candidate.focus.span, replacement: candidate.focus.suggestions.first ?? "")
        let others = candidate.otherFindings.compactMap(\.bestEdit).filter { !$0.span.overlaps(focusEdit.span) && $0.span != focusEdit.span }
        let scalars = Array(candidate.utterance.text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var cursor = 0
        var focusRange = 0..<0
        for edit in (others + [focusEdit]).sorted(by: { $0.span < $1.span }) where edit.span.start >= cursor && edit.span.end <= scalars.count {
            result += scalars[cursor..<edit.span.start]
            let start = result.count
            result += Array(edit.replacement.unicodeScalars)
            if edit == focusEdit { focusRange = start..<result.count }
            cursor = edit.span.end
        }
        result += scalars[cursor...]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        text = String(view)
        self.focusRange = focusRange
    }
}

/// The part of a correction a learner must supply: the words that differ between the
/// original and the correction; a deletion keeps a neighbouring word so the gap is not empty.
struct Gap {
    /// What fills the blank.
    var answer: String
    /// What the learner wrote in its place.
    var learnerText: String
    /// Where `answer` starts within the correction, in scalars.
    var answerOffset: Int

    init(original: String, correction: String) {
        let originalWords = original.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let correctionWords = correction.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < min(originalWords.count, correctionWords.count), originalWords[prefix] == correctionWords[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(originalWords.count, correctionWords.count) - prefix,
            originalWords[originalWords.count - 1 - suffix] == correctionWords[correctionWords.count - 1 - suffix] { suffix += 1 }
        var answerWords = Array(correctionWords[prefix..<(correctionWords.count - suffix)])
        var learnerWords = Array(originalWords[prefix..<(originalWords.count - suffix)])
        var start = prefix
        if answerWords.isEmpty {
            // A deletion: keep the word before (or after) so the blank has something in it.
            if prefix > 0 {
                start = prefix - 1
                answerWords = [correctionWords[start]]
                learnerWords = [originalWords[start]] + learnerWords
            } else {
                answerWords = [correctionWords[prefix]]
                learnerWords += [originalWords[originalWords.count - suffix]]
            }
        }
        answer = answerWords.joined(separator: " ")
        learnerText = learnerWords.joined(separator: " ")
        answerOffset = correctionWords[..<start].reduce(0) { $0 + $1.scalarCount + 1 }
    }
}

extension String {
    /// The string with a range of scalar offsets replaced.
    func replacingScalars(_ range: Range<Int>, with replacement: String) -> String {
        var scalars = Array(unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return self }
        scalars.replaceSubrange(range, with: Array(replacement.unicodeScalars))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
