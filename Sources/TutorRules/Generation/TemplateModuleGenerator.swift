// Builds modules from templates: explanation, tips and three kinds of problem.

import Foundation
import TutorCore

/// The built-in module generator: each rule's own bilingual explanation and tips from
/// templates.json, an answer key the analyser re-reads as clean, and practice problems from
/// the learner's sentence and from a new sentence of the same pattern (the rule's examples).
public struct TemplateModuleGenerator: ModuleGenerator {
    public let identifier = "builtin-templates/2"
    /// The Konglish rule, whose findings carry each word's own explanation.
    static let konglishRuleID = "konglish.expression"
    /// Subject-verb agreement, whose plural-only nouns ("clothes") explain themselves first.
    static let subjectHeadRuleID = "agreement.subject-head"
    /// Rules whose findings name the word that shows the error ("'went' before 'and' is in
    /// the past") or why the word takes the correction ("two waters": servings ordered), which
    /// comes first when it differs from the rule's own message.
    static let namedCauseRuleIDs: Set<String> = [
        subjectHeadRuleID, "tense.past-coordination", "noun-number.after-quantity",
    ]
    let resources: RuleResources
    let reader: AnswerKey.Reader
    let distractors: DistractorMaker
    let choices: ChoiceJudge

    /// - Parameter analyser: re-reads every key and every sentence a choice makes.
    public init(analyser: BuiltinAnalyser) {
        self.resources = analyser.resources
        self.reader = { analyser.findings(in: $0) }
        self.distractors = DistractorMaker(resources: analyser.resources)
        self.choices = ChoiceJudge(reader: reader, ngrams: analyser.resources.lexicon.ngrams)
    }

    /// Whether a choice put in a blank makes a wrong sentence (the validator asks the same).
    public func isWrongChoice(_ choice: String, in blanked: String, answer: String) -> Bool {
        choices.isWrong(choice, in: blanked, answer: answer)
    }

    public func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule {
        let focus = candidate.focus
        let templates = try resources.templates()
        guard let teaching = templates.teaching(for: focus) else {
            throw ModuleGenerationError(reason: "rule \(focus.ruleID) has no teaching texts of its own")
        }
        let rule = resources.rules.first { $0.id == focus.ruleID }
        let id = TeachingModule.makeID(for: candidate)
        let body: ModuleBody =
            focus.isSayItInEnglish
            ? try sayItInEnglishBody(candidate, teaching: teaching, instructions: templates.instructions, id: id)
            : try correctionBody(
                candidate, teaching: teaching, instructions: templates.instructions, rule: rule, id: id)
        return TeachingModule(
            id: id, conversationID: candidate.utterance.conversationID, learner: candidate.utterance.learner,
            language: candidate.utterance.language, utterance: ModuleUtterance(candidate.utterance),
            focus: Focus(
                kind: focus.isSayItInEnglish ? .sayItInEnglish : .correction, errorType: focus.errorType,
                ruleID: focus.ruleID, label: focus.topic, span: focus.span, original: focus.original,
                correction: focus.suggestions.first ?? ""),
            correctedSentence: body.correctedSentence, explanation: body.explanation, tips: body.tips,
            problems: body.problems,
            provenance: Provenance(
                analyser: analyser, generator: identifier, cluster: candidate.cluster, confidence: focus.confidence))
    }

    struct ModuleBody {
        var correctedSentence: String
        var explanation: LocalizedText
        var tips: [LocalizedText]
        var problems: [Problem]
    }

    // MARK: - English errors

    private func correctionBody(
        _ candidate: TeachingCandidate, teaching: TemplateCatalogue.Teaching,
        instructions: TemplateCatalogue.Instructions, rule: RuleDefinition?, id: String
    ) throws -> ModuleBody {
        let focus = candidate.focus
        guard let correction = focus.suggestions.first else {
            throw ModuleGenerationError(reason: "the focus has no suggestion")
        }
        guard let key = AnswerKey.make(for: candidate, reader: reader) else {
            throw ModuleGenerationError(reason: "no corrected sentence reads clean to the analyser")
        }
        guard !LanguageDetector.containsHangul(key.text) else {
            throw ModuleGenerationError(reason: "the corrected sentence still has Korean the glossary does not know")
        }
        guard
            let blanking = Gap.blanking(
                key.text, focusRange: key.focusRange, original: focus.original, correction: correction)
        else {
            throw ModuleGenerationError(reason: "no word of the corrected sentence can be blanked")
        }
        let (gap, blanked) = blanking
        let values = ["original": focus.original, "correction": correction]
        var explanation = teaching.explanation.filled(values)
        if focus.ruleID == Self.konglishRuleID
            || (Self.namedCauseRuleIDs.contains(focus.ruleID)
                && rule.map {
                    focus.message.en
                        != BuiltinAnalyser.fill($0.message.en, original: focus.original, correction: correction)
                } == true)
        {
            // The word's own story (from konglish.tsv), or why a plural-only noun ("clothes") takes a
            // plural verb, comes first; the rule's text says why it matters.
            explanation = LocalizedText(
                en: focus.message.en + " " + explanation.en, ko: focus.message.ko + " " + explanation.ko)
        }
        if let example = teaching.example {
            explanation.en += " Another example: “\(example.wrong)” → “\(example.right)”"
            explanation.ko += " 다른 예: “\(example.wrong)” → “\(example.right)”"
        }
        var problems = [fillIn(text: blanked, gap: gap, focus: focus, instructions: instructions)]
        if let rule,
            let practice = newSentencePractice(
                rule: rule, candidate: candidate, key: key, instructions: instructions, id: id)
        {
            problems.append(practice)
        }
        // The rule's other suggestions in the key's place are right rewrites too ("mobile phone").
        let rewrites = focus.suggestions.dropFirst().map { key.text.replacingScalars(key.focusRange, with: $0) }
            .filter { $0 != key.text && reader($0).isEmpty }
        problems.append(
            Problem(
                kind: .rewrite, instruction: instructions.rewrite, text: key.source, answer: key.text,
                alternatives: rewrites))
        return ModuleBody(
            correctedSentence: key.text, explanation: explanation,
            tips: teaching.tips.map { $0.filled(values) }, problems: problems)
    }

    /// A fill-in problem that shows the learner's own words to correct, so only one answer
    /// fits ("This cafe is ___ than mine (more better)" has one; a bare blank there has many).
    /// Where the learner's words are not shown (a missing word), a determiner that fits the
    /// blank about as well is accepted too: "for ___ first time" takes "my" as well as "the".
    /// Only one that picks out a known thing as the answer does: where the answer is "a" or
    /// "an", one of a kind, "when I was ___ student" does not take "the" or "my".
    /// Not a preposition: word pairs cannot judge one ("went ___ the cinema" would take "into"
    /// and "on", since "went on" and "on the" are both common), and a verb's or noun's
    /// preposition is seldom a free choice; a rule's own other suggestions are still accepted.
    /// The finding's other suggestions are listed alternatives too ("for my first time").
    private func fillIn(text: String, gap: Gap, focus: Finding, instructions: TemplateCatalogue.Instructions)
        -> Problem
    {
        let hint = gap.learnerText.trimmed
        let instruction =
            hint.isEmpty ? instructions.fillInTheBlank : instructions.fillInTheBlankWithHint.filled(["hint": hint])
        let answer = gap.answer.lowercased()
        var alternatives =
            hint.isEmpty
                && Self.definiteDeterminers.contains(answer)
            ? Self.determiners.filter {
                $0 != answer && choices.fitsAsWell($0, in: text, answer: gap.answer)
                    && !(Self.demonstratives.contains($0) && Self.tellsAHabit(text))
            }
            : []
        let correction = focus.suggestions.first ?? ""
        alternatives += focus.suggestions.dropFirst().compactMap { sameBlank($0, as: correction, gap: gap) }
            .filter { !$0.trimmed.isEmpty && $0 != gap.answer }
        return Problem(
            kind: .fillInTheBlank, instruction: instruction, text: text, answer: gap.answer,
            alternatives: Array(Set(alternatives)).sorted())
    }

    /// What another suggestion puts in the blank: its words less those the blank's sentence
    /// shows before and after it, which must be the correction's own ("going" → "go" or
    /// "be going": the blank in "I will ___ hiking" takes "be going", not "be").
    private func sameBlank(_ suggestion: String, as correction: String, gap: Gap) -> String? {
        let words = correction.split(separator: " ", omittingEmptySubsequences: false)
        let other = suggestion.split(separator: " ", omittingEmptySubsequences: false)
        let before = correction.unicodeScalars.prefix(gap.answerOffset).filter { $0 == " " }.count
        let after = words.count - before - gap.answer.split(separator: " ", omittingEmptySubsequences: false).count
        guard after >= 0, other.count > before + after, other.prefix(before) == words.prefix(before),
            other.suffix(after) == words.suffix(after)
        else { return nil }
        return other[before..<(other.count - after)].joined(separator: " ")
    }

    /// Determiners that pick out a known thing: a blank whose answer is one of them may take
    /// another (`determiners`) where the analyser finds that one right as well. A blank whose
    /// answer is "a" or "an" takes nothing else: "when I was ___ student" is one of a kind.
    static let definiteDeterminers = ["the", "my", "your", "his", "her", "its", "our", "their", "this", "that"]

    /// "This" and "that" point at one occasion ("on this weekend"), which a sentence about a habit
    /// does not have: "I usually clean my room on ___ weekend" takes "the", never "this".
    static let demonstratives: Set<String> = ["this", "that"]

    /// Words that make a sentence tell what happens again and again.
    private static let habitWords: Set<String> = [
        "usually", "always", "often", "sometimes", "never", "normally", "generally", "every", "everyday",
    ]

    /// Whether a sentence is written as chat: no capital letter and no closing stop.
    static func isChatStyle(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return !trimmed.contains(where: \.isUppercase) && !(trimmed.last.map { ".?!".contains($0) } ?? false)
    }

    /// Whether the sentence tells a habit ("I usually ...", "every Sunday ...").
    static func tellsAHabit(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { habitWords.contains(String($0)) }
    }

    /// Every determiner that may fill a blank whose answer picks out a known thing: "we go to ___
    /// cafe" takes "a" as well as "the", when the analyser finds no error with it.
    static let determiners = definiteDeterminers + ["a", "an", "some"]

    /// Practice on a new sentence of the same pattern, from the rule's own examples: a
    /// multiple choice when at least two wrong choices are proved wrong by the analyser,
    /// otherwise a fill-in. An example whose blank takes the learner's own answer comes first:
    /// a rule may teach two points ("use to" → "used to", "suppose to" → "supposed to"), and
    /// the practice is for the learner's.
    private func newSentencePractice(
        rule: RuleDefinition, candidate: TeachingCandidate, key: AnswerKey,
        instructions: TemplateCatalogue.Instructions, id: String
    ) -> Problem? {
        let learnerText = candidate.utterance.text.normalizedForComparison
        // An example written in capitals tests the matcher on shouted text, and one with no capital
        // and no closing stop on chat ("we are so exciting for the concert tonight"): neither is a
        // sentence to practise on, which shows the learner how to write.
        let examples = rule.flagExamples.filter {
            $0.text.contains(where: \.isLowercase) && !Self.isChatStyle($0.corrected)
                && $0.text.normalizedForComparison != learnerText
                && $0.corrected.normalizedForComparison != key.text.normalizedForComparison
        }
        guard !examples.isEmpty else { return nil }
        let first = Int(StableHash.value(id) % UInt64(examples.count))
        let learnerGap = Gap(original: candidate.focus.original, correction: candidate.focus.suggestions.first ?? "")
        var otherPoint: PracticeSentence?
        for example in examples[first...] + examples[..<first] {
            // Practice the same pattern: a one-word fix is not practised with "many" → "a lot of".
            guard let practice = practiceSentence(example, rule: rule),
                practice.gap.answer.split(separator: " ").count == learnerGap.answer.split(separator: " ").count
            else { continue }
            if practice.gap.answer.lowercased() == learnerGap.answer.lowercased() {
                return problem(practising: practice, rule: rule, instructions: instructions, id: id)
            }
            if otherPoint == nil { otherPoint = practice }
        }
        return otherPoint.map { problem(practising: $0, rule: rule, instructions: instructions, id: id) }
    }

    /// The practice problem on a rule example's sentence.
    private func problem(
        practising practice: PracticeSentence, rule: RuleDefinition, instructions: TemplateCatalogue.Instructions,
        id: String
    ) -> Problem {
        let wrong = distractors.candidates(
            for: practice.focus, gap: practice.gap, blanked: practice.blanked, rule: rule
        ).filter {
            choices.isWrong($0, in: practice.blanked, answer: practice.gap.answer)
        }
        if wrong.count >= 2 {
            let choices = StableHash.shuffled([practice.gap.answer] + wrong.prefix(3), seed: id)
            return Problem(
                kind: .multipleChoice, instruction: instructions.multipleChoice,
                text: practice.blanked, choices: choices, answer: practice.gap.answer)
        }
        return fillIn(text: practice.blanked, gap: practice.gap, focus: practice.focus, instructions: instructions)
    }

    struct PracticeSentence {
        var focus: Finding
        var gap: Gap
        var blanked: String
    }

    /// A rule example as a practice sentence: the rule's finding in it, fixed alone, must give
    /// the example's correction, and that correction must read clean.
    private func practiceSentence(_ example: (text: String, corrected: String), rule: RuleDefinition)
        -> PracticeSentence?
    {
        guard let focus = reader(example.text).first(where: { $0.ruleID == rule.id }),
            let correction = focus.suggestions.first
        else { return nil }
        let edit = TextEdit(span: focus.span, replacement: correction)
        let (fixed, range) = AnswerKey.apply([edit], to: example.text, focus: edit)
        guard fixed.normalizedForComparison == example.corrected.normalizedForComparison, reader(fixed).isEmpty,
            let (gap, blanked) = Gap.blanking(
                fixed, focusRange: range, original: focus.original, correction: correction)
        else { return nil }
        return PracticeSentence(focus: focus, gap: gap, blanked: blanked)
    }

    // MARK: - Korean to English

    /// Whether an alternative answer reads right in a glossary example's blank.
    private func fits(_ alternative: String, in blanked: String) -> Bool {
        guard let range = blanked.range(of: Problem.blank) else { return false }
        let before = blanked[..<range.lowerBound].split(separator: " ").last.map { $0.lowercased() }
        let after = blanked[range.upperBound...].split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() }
        let words = alternative.lowercased().split(separator: " ").map(String.init)
        if let after, words.last == after { return false }
        if let before, before == "a" || before == "an", let first = words.first {
            let wanted = ArticleSound(lists: resources.lists).article(before: first)
            if let wanted, wanted != before { return false }
        }
        return true
    }

    private func sayItInEnglishBody(
        _ candidate: TeachingCandidate, teaching: TemplateCatalogue.Teaching,
        instructions: TemplateCatalogue.Instructions, id: String
    ) throws -> ModuleBody {
        let focus = candidate.focus
        guard let entry = resources.glossary.entry(for: focus.original) else {
            throw ModuleGenerationError(reason: "the glossary has no entry for the focus")
        }
        // The key is the glossary's own sentence: the learner's mixed sentence with the word
        // swapped in is often not English yet ("Sorry, bathroom is where?").
        let values = ["korean": entry.korean, "english": entry.english, "example": entry.example]
        guard let range = entry.example.range(of: entry.english) else {
            throw ModuleGenerationError(reason: "the glossary example does not use its English")
        }
        let blanked = entry.example.replacingCharacters(in: range, with: Problem.blank)
        // Alternatives are accepted in the example's blank only where they fit it: not after
        // "a" when they start with a vowel ("a ___" takes "cram school", not "academy"), and not
        // when they end in the word that follows ("some ___ rolls").
        var problems = [
            Problem(
                kind: .fillInTheBlank, instruction: instructions.sayFillInTheBlank.filled(values), text: blanked,
                answer: entry.english,
                alternatives: entry.alternatives.filter { fits($0, in: blanked) })
        ]
        let relatives = resources.glossary.relatives(of: entry).map(\.english)
        let picked = Array(StableHash.shuffled(Set(relatives), seed: id).prefix(3))
        // The choice asks what the Korean word means, so words of its family are wrong by meaning.
        if picked.count >= 2 {
            let choices = StableHash.shuffled([entry.english] + picked, seed: id)
            problems.append(
                Problem(
                    kind: .multipleChoice, instruction: instructions.sayMultipleChoice.filled(values),
                    text: "“\(entry.korean)” = \(Problem.blank)", choices: choices, answer: entry.english))
        }
        problems.append(
            Problem(
                kind: .rewrite, instruction: instructions.sayRewriteWord.filled(values), text: focus.original,
                answer: entry.english, alternatives: entry.alternatives))
        let english = entry.example
        var explanation = teaching.explanation.filled(values)
        if !entry.alternatives.isEmpty {
            explanation.en +=
                " You can also say " + entry.alternatives.map { "“\($0)”" }.joined(separator: " or ") + "."
            explanation.ko += " " + entry.alternatives.map { "“\($0)”" }.joined(separator: ", ") + "도 같은 뜻이에요."
        }
        return ModuleBody(
            correctedSentence: english, explanation: explanation,
            tips: teaching.tips.map { $0.filled(values) }, problems: problems)
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
        while prefix < min(originalWords.count, correctionWords.count), originalWords[prefix] == correctionWords[prefix]
        { prefix += 1 }
        var suffix = 0
        while suffix < min(originalWords.count, correctionWords.count) - prefix,
            originalWords[originalWords.count - 1 - suffix] == correctionWords[correctionWords.count - 1 - suffix]
        { suffix += 1 }
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

extension Gap {
    /// The gap of a correction within its corrected sentence, and the sentence with it blanked.
    /// A deletion that leaves nothing of its own ("back" in "return back") blanks the word
    /// before it in the sentence (or after it, at the start), with the learner's words after.
    static func blanking(_ sentence: String, focusRange: Range<Int>, original: String, correction: String) -> (
        Gap, String
    )? {
        var gap = Gap(original: original, correction: correction)
        if !gap.answer.trimmed.isEmpty {
            let start = focusRange.lowerBound + gap.answerOffset
            let range = start..<(start + gap.answer.scalarCount)
            // The answer is what the key reads there: a key starts with a capital the chat line
            // may not have had ("tomorow I have to go" -> "Tomorrow I have to go"), and a blank
            // filled with 'tomorrow' would not read as the key.
            let scalars = Array(sentence.unicodeScalars)
            if range.upperBound <= scalars.count {
                let shown = String(String.UnicodeScalarView(scalars[range]))
                if shown != gap.answer, shown.lowercased() == gap.answer.lowercased() { gap.answer = shown }
            }
            return (gap, sentence.replacingScalars(range, with: Problem.blank))
        }
        let scalars = Array(sentence.unicodeScalars)
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar == "'" || ("0"..."9").contains(scalar)
        }
        var end = focusRange.lowerBound
        while end > 0, !isWordScalar(scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
        if start < end {
            let word = String(String.UnicodeScalarView(scalars[start..<end]))
            let learner = (word + " " + original.trimmed).trimmed
            return (
                Gap(answer: word, learnerText: learner, answerOffset: 0),
                sentence.replacingScalars(start..<end, with: Problem.blank)
            )
        }
        start = focusRange.upperBound
        while start < scalars.count, !isWordScalar(scalars[start]) { start += 1 }
        end = start
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        guard start < end else { return nil }
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        return (
            Gap(answer: word, learnerText: original.trimmed + " " + word, answerOffset: 0),
            sentence.replacingScalars(start..<end, with: Problem.blank)
        )
    }

    init(answer: String, learnerText: String, answerOffset: Int) {
        self.answer = answer
        self.learnerText = learnerText
        self.answerOffset = answerOffset
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }

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
