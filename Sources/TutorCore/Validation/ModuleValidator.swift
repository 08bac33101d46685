// The deterministic checks every module passes before a learner sees it (DESIGN §1.7).

import Foundation

/// Validates modules, whoever generated them. Each check has a name and a reason when it fails.
public struct ModuleValidator: Sendable {
    /// Re-analyses a sentence, to check that a correction no longer shows its error.
    public typealias Recheck = @Sendable (String) -> [Finding]

    public struct Limits: Sendable {
        public var sentenceScalars = 600
        public var explanationScalars = 800
        public var tipScalars = 300
        public var maximumTips = 4
        public var maximumProblems = 6
        public var maximumChoices = 6
        public init() {}
    }

    public var limits: Limits
    public var recheck: Recheck?
    /// Knows every rule's own teaching texts, to catch a module that shows another rule's.
    public var teachingTexts: (any TeachingTextIndex)?
    /// Whether a choice put in a blank (`___`) makes a wrong sentence, given the right
    /// answer; without it, a choice is wrong when `recheck` finds an error in its sentence.
    public typealias WrongChoice = @Sendable (_ choice: String, _ blanked: String, _ answer: String) -> Bool
    public var wrongChoice: WrongChoice?

    public init(
        limits: Limits = Limits(), recheck: Recheck? = nil, teachingTexts: (any TeachingTextIndex)? = nil,
        wrongChoice: WrongChoice? = nil
    ) {
        self.limits = limits
        self.recheck = recheck
        self.teachingTexts = teachingTexts
        self.wrongChoice = wrongChoice
    }

    /// The check names, in the order they run.
    public enum Check {
        public static let schema = "schema.complete"
        public static let differs = "correction.differs"
        public static let fixesError = "correction.fixes-error"
        public static let keyReadsClean = "key.reads-clean"
        public static let noLeak = "problems.answer-not-leaked"
        public static let threeChoices = "multiple-choice.three-options"
        public static let oneCorrectChoice = "multiple-choice.one-correct"
        public static let distinctChoices = "multiple-choice.distinct-choices"
        public static let blankFills = "fill-in-the-blank.gives-corrected-sentence"
        public static let notGivenAway = "fill-in-the-blank.not-given-away"
        public static let fromLearner = "problems.from-learner-sentence"
        public static let ownRule = "explanation.own-rule"
        public static let koreanComplete = "korean.no-placeholders"
        public static let cleanText = "text.clean"
        public static let lengths = "text.within-limits"
    }

    public func validate(_ module: TeachingModule) -> ValidationReport {
        let checks: [(String, String?)] = [
            (Check.schema, schemaProblem(module)),
            (Check.differs, differsProblem(module)),
            (Check.fixesError, fixesErrorProblem(module)),
            (Check.keyReadsClean, keyReadsCleanProblem(module)),
            (Check.noLeak, leakProblem(module)),
            (Check.threeChoices, threeChoicesProblem(module)),
            (Check.oneCorrectChoice, oneCorrectChoiceProblem(module)),
            (Check.distinctChoices, distinctChoicesProblem(module)),
            (Check.blankFills, blankFillsProblem(module)),
            (Check.notGivenAway, givenAwayProblem(module)),
            (Check.fromLearner, fromLearnerProblem(module)),
            (Check.ownRule, ownRuleProblem(module)),
            (Check.koreanComplete, koreanPlaceholderProblem(module)),
            (Check.cleanText, cleanTextProblem(module)),
            (Check.lengths, lengthProblem(module)),
        ]
        return ValidationReport(
            moduleID: module.id,
            checks: checks.map { ValidationCheckResult(name: $0.0, passed: $0.1 == nil, reason: $0.1) })
    }

    // MARK: - The checks: each returns why it failed, or nil.

    func schemaProblem(_ module: TeachingModule) -> String? {
        if module.schemaVersion != TeachingModule.currentSchemaVersion {
            return "schemaVersion is \(module.schemaVersion), expected \(TeachingModule.currentSchemaVersion)"
        }
        let required: [(String, String)] = [
            ("id", module.id), ("utterance.text", module.utterance.text),
            ("correctedSentence", module.correctedSentence),
            ("focus.ruleID", module.focus.ruleID), ("focus.label.en", module.focus.label.en),
            ("focus.label.ko", module.focus.label.ko), ("explanation.en", module.explanation.en),
            ("explanation.ko", module.explanation.ko),
        ]
        if let empty = required.first(where: { $0.1.trimmed.isEmpty }) { return "\(empty.0) is empty" }
        if !module.focus.errorType.isWellFormed {
            return "focus.errorType '\(module.focus.errorType)' is not an ERRANT type"
        }
        if module.focus.original.isEmpty && module.focus.correction.isEmpty {
            return "focus has neither original nor correction"
        }
        if module.tips.isEmpty { return "no tips" }
        if module.tips.contains(where: { $0.en.trimmed.isEmpty || $0.ko.trimmed.isEmpty }) { return "a tip is empty" }
        if module.problems.count < 2 { return "\(module.problems.count) problem(s); at least 2 are needed" }
        if Set(module.problems.map(\.kind)).count < 2 { return "all problems are of one kind" }
        for (index, problem) in module.problems.enumerated() {
            if problem.instruction.en.trimmed.isEmpty || problem.instruction.ko.trimmed.isEmpty {
                return "problem \(index + 1) has no instruction"
            }
            if problem.text.trimmed.isEmpty { return "problem \(index + 1) has no text" }
            if problem.answer.trimmed.isEmpty { return "problem \(index + 1) has no answer" }
            if problem.kind == .multipleChoice, (problem.choices ?? []).count < 2 {
                return "problem \(index + 1) has fewer than 2 choices"
            }
            if problem.kind != .multipleChoice, problem.choices != nil {
                return "problem \(index + 1) is not multiple choice but has choices"
            }
            if problem.kind != .rewrite, problem.text.occurrences(of: Problem.blank) != 1 {
                return "problem \(index + 1) needs exactly one blank (\(Problem.blank))"
            }
        }
        return nil
    }

    func differsProblem(_ module: TeachingModule) -> String? {
        if module.focus.original.trimmed == module.focus.correction.trimmed {
            return "the correction is the same as the original"
        }
        if module.correctedSentence.normalizedForComparison == module.utterance.text.normalizedForComparison {
            return "the corrected sentence is the same as the utterance"
        }
        return nil
    }

    func fixesErrorProblem(_ module: TeachingModule) -> String? {
        let focus = module.focus
        if let spanText = module.utterance.text.substring(in: focus.span), spanText != focus.original {
            return "the focus span reads '\(spanText)', not '\(focus.original)'"
        } else if module.utterance.text.substring(in: focus.span) == nil {
            return "the focus span \(focus.span.start)..<\(focus.span.end) is outside the utterance"
        }
        switch focus.kind {
        case .sayItInEnglish:
            if LanguageDetector.containsHangul(module.correctedSentence) {
                return "the English sentence still contains Korean"
            }
            if !module.correctedSentence.lowercased().contains(focus.correction.lowercased()) {
                return "the English sentence does not use '\(focus.correction)'"
            }
        case .correction:
            if let recheck,
                let remaining = recheck(module.correctedSentence).first(where: { $0.ruleID == focus.ruleID })
            {
                return "rule \(focus.ruleID) still finds '\(remaining.original)' in the corrected sentence"
            }
        }
        return nil
    }

    func leakProblem(_ module: TeachingModule) -> String? {
        for (index, problem) in module.problems.enumerated() {
            let answer = problem.answer.trimmed
            let instruction = [problem.instruction.en, problem.instruction.ko].joined(separator: " ")
            if instruction.contains("'\(answer)'") || instruction.contains("\"\(answer)\"")
                || instruction.contains("“\(answer)”")
            {
                return "problem \(index + 1) quotes its answer in the instruction"
            }
            switch problem.kind {
            case .rewrite:
                let shown = (problem.text + " " + instruction).normalizedForComparison
                if shown.contains(answer.normalizedForComparison) {
                    return "problem \(index + 1) shows the rewritten sentence"
                }
            case .fillInTheBlank, .multipleChoice:
                let words = problem.text.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
                let lowered = answer.lowercased()
                if let blankIndex = words.firstIndex(where: { $0.contains(Problem.blank) }) {
                    let neighbours = [blankIndex - 1, blankIndex + 1].filter { words.indices.contains($0) }.map {
                        words[$0].trimmingCharacters(in: .punctuationCharacters)
                    }
                    // An answer already printed next to its own blank gives it away.
                    if !lowered.contains(" "), neighbours.contains(lowered) {
                        return "problem \(index + 1) prints its answer next to the blank"
                    }
                }
            }
        }
        return nil
    }

    func oneCorrectChoiceProblem(_ module: TeachingModule) -> String? {
        for (index, problem) in module.problems.enumerated() where problem.kind == .multipleChoice {
            let choices = problem.choices ?? []
            let matches = choices.filter { $0.normalizedForComparison == problem.answer.normalizedForComparison }.count
            if matches != 1 { return "problem \(index + 1) has \(matches) choices equal to its answer" }
            guard module.focus.kind == .correction, wrongChoice != nil || recheck != nil else { continue }
            // Every other choice must be shown wrong: one that reads clean could be a second
            // right answer.
            for choice in choices where choice.normalizedForComparison != problem.answer.normalizedForComparison {
                let isWrong =
                    wrongChoice?(choice, problem.text, problem.answer)
                    ?? !(recheck?(problem.text.replacingOccurrences(of: Problem.blank, with: choice)) ?? []).isEmpty
                if !isWrong { return "problem \(index + 1)'s choice '\(choice)' reads as right too" }
            }
        }
        return nil
    }

    func threeChoicesProblem(_ module: TeachingModule) -> String? {
        for (index, problem) in module.problems.enumerated() where problem.kind == .multipleChoice {
            let distinct = Set((problem.choices ?? []).map(\.normalizedForComparison)).count
            if distinct < 3 { return "problem \(index + 1) offers \(distinct) distinct options (at least 3)" }
        }
        return nil
    }

    func distinctChoicesProblem(_ module: TeachingModule) -> String? {
        for (index, problem) in module.problems.enumerated() where problem.kind == .multipleChoice {
            let choices = (problem.choices ?? []).map(\.normalizedForComparison)
            if Set(choices).count != choices.count { return "problem \(index + 1) repeats a choice" }
            if choices.contains(where: \.isEmpty) { return "problem \(index + 1) has an empty choice" }
            if choices.count > limits.maximumChoices {
                return "problem \(index + 1) has \(choices.count) choices (at most \(limits.maximumChoices))"
            }
        }
        return nil
    }

    func blankFillsProblem(_ module: TeachingModule) -> String? {
        let fillIns = module.problems.enumerated().filter { $0.element.kind == .fillInTheBlank }
        for (index, problem) in fillIns where module.focus.kind == .sayItInEnglish {
            let filled = problem.text.replacingOccurrences(of: Problem.blank, with: problem.answer)
            if !filled.lowercased().contains(module.focus.correction.lowercased()) {
                return "problem \(index + 1) filled in does not use '\(module.focus.correction)'"
            }
        }
        guard module.focus.kind == .correction, let first = fillIns.first else { return nil }
        // The first fill-in is the learner's own sentence: answered, it is the key.
        let filled = first.element.text.replacingOccurrences(of: Problem.blank, with: first.element.answer)
        if filled.normalizedForComparison != module.correctedSentence.normalizedForComparison {
            return "problem \(first.offset + 1) filled in reads '\(filled)', not the corrected sentence"
        }
        return nil
    }

    func keyReadsCleanProblem(_ module: TeachingModule) -> String? {
        guard let recheck, module.focus.kind == .correction else { return nil }
        if let left = recheck(module.correctedSentence).first {
            return "the corrected sentence still has '\(left.original)' (\(left.ruleID))"
        }
        for (index, problem) in module.problems.enumerated() {
            let answered =
                problem.kind == .rewrite
                ? problem.answer : problem.text.replacingOccurrences(of: Problem.blank, with: problem.answer)
            if let left = recheck(answered).first {
                return "problem \(index + 1) answered still has '\(left.original)' (\(left.ruleID))"
            }
        }
        return nil
    }

    func givenAwayProblem(_ module: TeachingModule) -> String? {
        for (index, problem) in module.problems.enumerated() where problem.kind != .rewrite {
            // A hint is the learner's words to change, in brackets: never the answer itself
            // (case counts: "(i)" asks for "I").
            if problem.instruction.en.contains("(\(problem.answer.trimmed))") {
                return "problem \(index + 1)'s hint is its answer"
            }
        }
        return nil
    }

    func fromLearnerProblem(_ module: TeachingModule) -> String? {
        let utterance = module.utterance.text.normalizedForComparison
        let fromLearner = module.problems.contains { problem in
            problem.kind == .rewrite && !problem.text.trimmed.isEmpty
                && utterance.contains(problem.text.normalizedForComparison)
        }
        return fromLearner ? nil : "no problem practises the learner's own sentence"
    }

    func ownRuleProblem(_ module: TeachingModule) -> String? {
        guard let teachingTexts, let other = teachingTexts.foreignRule(in: module) else { return nil }
        return "the explanation or a tip is rule \(other)'s, not \(module.focus.ruleID)'s"
    }

    /// Korean left with a template's placeholder or both forms of a particle ("은(는)").
    static let koreanPlaceholders = [
        "{", "}", "은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)", "(으)로", "(이)라고", "과(와)", "와(과)", "(이)에요",
    ]

    func koreanPlaceholderProblem(_ module: TeachingModule) -> String? {
        var korean: [(String, String)] = [
            ("explanation.ko", module.explanation.ko), ("focus.label.ko", module.focus.label.ko),
        ]
        korean += module.tips.enumerated().map { ("tips[\($0.offset)].ko", $0.element.ko) }
        korean += module.problems.enumerated().map {
            ("problems[\($0.offset)].instruction.ko", $0.element.instruction.ko)
        }
        for (field, text) in korean {
            if let left = Self.koreanPlaceholders.first(where: { text.contains($0) }) {
                return "\(field) has '\(left)' left in it"
            }
        }
        return nil
    }

    func cleanTextProblem(_ module: TeachingModule) -> String? {
        let dirty = module.allText.first { !TextSanitizer.isClean($0.text) }
        return dirty.map { "\($0.field) contains a control character" }
    }

    func lengthProblem(_ module: TeachingModule) -> String? {
        if module.tips.count > limits.maximumTips { return "\(module.tips.count) tips (at most \(limits.maximumTips))" }
        if module.problems.count > limits.maximumProblems {
            return "\(module.problems.count) problems (at most \(limits.maximumProblems))"
        }
        for item in module.allText {
            let limit =
                item.field.hasPrefix("explanation")
                ? limits.explanationScalars
                : item.field.hasPrefix("tips") ? limits.tipScalars : limits.sentenceScalars
            if item.text.scalarCount > limit {
                return "\(item.field) is \(item.text.scalarCount) characters (at most \(limit))"
            }
        }
        return nil
    }
}

extension TeachingModule {
    /// Every learner-facing text of the module, named by field.
    var allText: [(field: String, text: String)] {
        var texts: [(String, String)] = [
            ("utterance.text", utterance.text), ("correctedSentence", correctedSentence),
            ("focus.original", focus.original), ("focus.correction", focus.correction),
            ("focus.label.en", focus.label.en), ("focus.label.ko", focus.label.ko),
            ("explanation.en", explanation.en), ("explanation.ko", explanation.ko),
        ]
        texts += utterance.context.enumerated().map { ("utterance.context[\($0.offset)]", $0.element.text) }
        for (index, tip) in tips.enumerated() {
            texts += [("tips[\(index)].en", tip.en), ("tips[\(index)].ko", tip.ko)]
        }
        for (index, problem) in problems.enumerated() {
            texts += [
                ("problems[\(index)].instruction.en", problem.instruction.en),
                ("problems[\(index)].instruction.ko", problem.instruction.ko),
                ("problems[\(index)].text", problem.text), ("problems[\(index)].answer", problem.answer),
            ]
            texts += (problem.choices ?? []).enumerated().map {
                ("problems[\(index)].choices[\($0.offset)]", $0.element)
            }
        }
        return texts
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// With white space folded (case kept: "i" → "I" is a correction), for comparing sentences.
    public var normalizedForComparison: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
