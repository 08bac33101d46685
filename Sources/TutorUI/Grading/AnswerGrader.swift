// Grades a learner's answer to a practice problem, forgiving only what cannot change it.

import TutorCore

/// Grades answers: case, spacing, curly apostrophes, final punctuation and contractions
/// ("doesn't" or "does not"; "I'd" as "I would" or "I had", whichever gives the answer) never matter;
/// a multiple-choice answer may be the choice's number or its text. A typo is forgiven only
/// where the answer stays right: one edit, inside a word of at least 5 letters, away from
/// the word's last 3 letters (where -s, -ed and -ing live, which is what most lessons are
/// about), and never when the answer is one of the wrong forms (the learner's original
/// error, a distractor).
///
/// A rewrite that is not the key is read against the sentence with only the taught fix made.
/// Alone, the grader accepts one that keeps that fix as taught and changes a word or two
/// elsewhere, naming those changes as unchecked. Given the analyser's findings on the rewrite
/// (`answerFindings`; ask `needsAnalysis` first), it does more: a rewrite whose taught error
/// is still there is wrong; one reworded around the fix ("I am a student in university" → "I
/// am a university student": the taught word added, the error's words gone, most of the
/// sentence kept) is right when the analyser finds the taught error nowhere; and an error the
/// analyser finds in the rewrite is named beside the ✓ (`taughtErrorFixedWithErrors`).
public enum AnswerGrader {
    /// What an answer earned.
    public enum Grade: Hashable, Sendable {
        case correct
        /// Right but for one small typo; `expected` is the right spelling to show.
        case correctWithTypo(expected: String)
        /// A rewrite that fixes the error the module teaches and leaves another error of the
        /// sentence as the learner wrote it: right for this lesson; `fullCorrection` fixes all.
        case taughtErrorFixed(fullCorrection: String)
        /// A rewrite that fixes the error the module teaches and also changes a word or two the
        /// key does not (often an error the analyser missed: "it was very bored" → "boring"):
        /// right for this lesson; `changes` are shown to the learner, unchecked.
        case taughtErrorFixedWithChanges([AnswerChange])
        /// As `taughtErrorFixedWithChanges`, but the analyser finds errors in the rewrite
        /// (“go to there” → “go there”): right for this lesson, with `corrections` to show.
        case taughtErrorFixedWithErrors(changes: [AnswerChange], corrections: [AnswerChange])
        case incorrect

        public var isCorrect: Bool { self != .incorrect }
    }

    /// The shortest word a typo is forgiven in.
    static let typoMinimumLength = 5
    /// The last letters of a word, where a change is never a typo.
    static let protectedEndingLength = 3

    /// Whether the analyser's findings on `answer` could change its grade: a rewrite with the
    /// taught fix and changes of the learner's own, or one reworded around the fix. The caller
    /// then analyses `answer` and grades it again with the findings.
    public static func needsAnalysis(_ answer: String, for problem: Problem, in module: TeachingModule?) -> Bool {
        switch grade(answer, for: problem, in: module) {
        case .taughtErrorFixedWithChanges: return true
        case .incorrect:
            guard problem.kind == .rewrite, let module, let fix = taughtFix(problem, module) else { return false }
            let keepsCase = module.focus.ruleID.hasPrefix("orthography.")
            let given = normalized(answer, keepingCase: keepsCase)
            if given.isEmpty || wrongForms(problem, module, keepsCase: keepsCase).contains(given) { return false }
            return rewordedAroundFix(given, fix, problem, module, keepsCase: keepsCase) != nil
        default: return false
        }
    }

    /// Grades `answer` for `problem`; `module` supplies the wrong forms a typo must not be and
    /// the taught error a rewrite must fix; `answerFindings`, the analyser's findings on
    /// `answer` (nil: not analysed), let a rewrite that is not the key be checked.
    public static func grade(
        _ answer: String, for problem: Problem, in module: TeachingModule? = nil, answerFindings: [Finding]? = nil
    ) -> Grade {
        // A lesson about capital letters ("i" → "I", "korea" → "Korea") is graded with case.
        let keepsCase = module?.focus.ruleID.hasPrefix("orthography.") ?? false
        let normalized = { (text: String) in Self.normalized(text, keepingCase: keepsCase) }
        let given = normalized(answer)
        let expected = normalized(problem.answer)
        if given.isEmpty { return .incorrect }
        if problem.kind == .multipleChoice, let choices = problem.choices, let number = Int(given) {
            return choices.indices.contains(number - 1) && normalized(choices[number - 1]) == expected
                ? .correct : .incorrect
        }
        // "I'd" is "I would" or "I had": either reading that gives the answer is right.
        if Contractions.sameAnswer(given, expected) { return .correct }
        // Listed alternatives are as right as the answer ("restroom" for "bathroom").
        if (problem.alternatives ?? []).contains(where: { Contractions.sameAnswer(normalized($0), given) }) {
            return .correct
        }
        // A rewrite is not about its commas ("…, so I cooked" is as right as "… so I cooked"),
        // unless the lesson itself is a comma.
        if problem.kind == .rewrite, !(module?.focus.ruleID.hasPrefix("punctuation.") ?? false),
            ([problem.answer] + (problem.alternatives ?? [])).contains(where: {
                withoutCommas(normalized($0)) == withoutCommas(given)
            })
        {
            return .correct
        }
        if wrongForms(problem, module, keepsCase: keepsCase).contains(given) { return .incorrect }
        // A rewrite read against the sentence with only the taught error fixed.
        let fix = problem.kind == .rewrite ? module.flatMap { taughtFix(problem, $0) } : nil
        // It differs from the answer when the sentence has another error the answer fixes too.
        if let fix, Self.normalized(fix.text) != Self.normalized(problem.answer), normalized(fix.text) == given {
            return .taughtErrorFixed(fullCorrection: problem.answer)
        }
        // In a capitals lesson a word that differs only in case is no typo: in the taught word it
        // is the error itself, elsewhere in a rewrite it is the learner's own change (below).
        if isForgivableTypo(given, of: expected, keepingCase: keepsCase) {
            return .correctWithTypo(expected: problem.answer)
        }
        if let fix, let module {
            return rewriteGrade(given, fix, problem, module, keepsCase: keepsCase, findings: answerFindings)
        }
        return .incorrect
    }

    /// The wrong forms an answer must not be: the other choices, the learner's error and
    /// sentence, every problem's distractors (normalized).
    static func wrongForms(_ problem: Problem, _ module: TeachingModule?, keepsCase: Bool) -> Set<String> {
        let normalized = { (text: String) in Self.normalized(text, keepingCase: keepsCase) }
        let expected = normalized(problem.answer)
        var forms = Set((problem.choices ?? []).map(normalized)).subtracting([expected])
        if let module {
            forms.insert(normalized(module.focus.original))
            forms.insert(normalized(module.utterance.text))
            for other in module.problems { forms.formUnion((other.choices ?? []).map(normalized)) }
            forms.remove(expected)
        }
        return forms
    }

    /// A rewrite that is neither the key nor the taught fix alone. Without findings: right for
    /// the lesson, unchecked, when it keeps the fix as taught (`rewriteWithOtherChanges`).
    /// With them: wrong when the taught error is still there; right when it keeps the fix, or
    /// is reworded around it and the analyser finds the taught rule nowhere; the analyser's
    /// other findings named beside it.
    static func rewriteGrade(
        _ given: String, _ fix: (text: String, focus: TextSpan), _ problem: Problem, _ module: TeachingModule,
        keepsCase: Bool, findings: [Finding]?
    ) -> Grade {
        let kept = rewriteWithOtherChanges(given, fix, problem, module, keepsCase: keepsCase)
        guard let findings else { return kept.map { .taughtErrorFixedWithChanges($0) } ?? .incorrect }
        let focus = module.focus
        let changes: [AnswerChange]
        if let kept {
            // The taught error itself, found again (its words elsewhere in the rewrite).
            let same = findings.contains {
                $0.ruleID == focus.ruleID
                    && normalized($0.original, keepingCase: keepsCase)
                        == normalized(focus.original, keepingCase: keepsCase)
            }
            if same { return .incorrect }
            changes = kept
        } else {
            guard let reworded = rewordedAroundFix(given, fix, problem, module, keepsCase: keepsCase),
                !findings.contains(where: { $0.ruleID == focus.ruleID })
            else { return .incorrect }
            changes = reworded
        }
        // What the grader forgives (case, commas, final punctuation) is not named either,
        // unless the lesson is about it.
        let compared = { (text: String) in comparable(text, ruleID: focus.ruleID, keepingCase: keepsCase) }
        let corrections = findings.compactMap { finding -> AnswerChange? in
            guard let suggestion = finding.suggestions.first, compared(finding.original) != compared(suggestion)
            else { return nil }
            return AnswerChange(from: [finding.original], to: [suggestion])
        }
        return corrections.isEmpty
            ? .taughtErrorFixedWithChanges(changes)
            : .taughtErrorFixedWithErrors(changes: changes, corrections: corrections)
    }

    /// A rewrite reworded around the taught fix, its changes against the fixed sentence; nil
    /// unless it has more of each word the fix adds and fewer of each it removes than the
    /// learner's sentence ("student" → "a student": an "a" more), and keeps all but a few words
    /// of the fixed sentence (`maximumRewordedWords`, or a third of it when longer).
    static func rewordedAroundFix(
        _ given: String, _ fix: (text: String, focus: TextSpan), _ problem: Problem, _ module: TeachingModule,
        keepsCase: Bool
    ) -> [AnswerChange]? {
        let words = { (text: String) in comparableWords(text, ruleID: module.focus.ruleID, keepingCase: keepsCase) }
        func counts(_ words: [String]) -> [String: Int] { words.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let original = counts(words(problem.text))
        let fixed = words(fix.text)
        let typed = words(given)
        let fixedCounts = counts(fixed)
        let typedCounts = counts(typed)
        let moved = Set(original.keys).union(fixedCounts.keys).allSatisfy { word in
            let before = original[word] ?? 0
            let after = fixedCounts[word] ?? 0
            let now = typedCounts[word] ?? 0
            return after > before ? now > before : after < before ? now < before : true
        }
        guard moved, fixedCounts != original else { return nil }
        let changes = RewriteChanges.changes(from: fixed, to: typed)
        let limit = max(maximumRewordedWords, fixed.count / 3)
        guard !changes.isEmpty, changes.reduce(0, { $0 + $1.from.count }) <= limit,
            changes.reduce(0, { $0 + $1.to.count }) <= limit
        else { return nil }
        // Words moved within a few words ("student in university" → "university student") read
        // as one change, not as a word added here and others left out there.
        if changes.count > 1, let first = changes.first, let last = changes.last,
            last.start + last.from.count - first.start <= maximumRewordedWords + 1
        {
            let end = last.start + last.from.count
            let typedEnd = typed.count - (fixed.count - end)
            let typedStart = first.start
            guard typedStart <= typedEnd, end <= fixed.count else { return nil }
            return [AnswerChange(from: Array(fixed[first.start..<end]), to: Array(typed[typedStart..<typedEnd]))]
        }
        return changes.map { AnswerChange(from: $0.from, to: $0.to) }
    }

    /// The most words of the fixed sentence a reworded rewrite may drop, and add.
    static let maximumRewordedWords = 3

    /// The learner's own changes in a rewrite with the taught fix and the key's other
    /// corrections (any of them) and up to two small changes (`RewriteChanges`); nil for any
    /// other rewrite.
    static func rewriteWithOtherChanges(
        _ given: String, _ fix: (text: String, focus: TextSpan), _ problem: Problem, _ module: TeachingModule,
        keepsCase: Bool
    ) -> [AnswerChange]? {
        // Commas are not words to compare, unless the lesson is a comma.
        let words = { (text: String) in comparableWords(text, ruleID: module.focus.ruleID, keepingCase: keepsCase) }
        let before = words(String(fix.text.unicodeScalars.prefix(fix.focus.start)))
        let through = words(String(fix.text.unicodeScalars.prefix(fix.focus.end)))
        // The fix's words: those the text up to its end has beyond the text before it.
        let focus = before.count..<max(before.count, through.count)
        guard
            let changes = RewriteChanges.extraChanges(
                words(given), taughtOnly: words(fix.text), focus: focus, key: words(problem.answer))
        else { return nil }
        return changes.map { AnswerChange(from: $0.from, to: $0.to) }
    }

    /// The sentence to rewrite with only the taught error fixed, and where the correction
    /// stands in it (scalar offsets); nil when the focus cannot be placed in the sentence.
    static func taughtFix(_ problem: Problem, _ module: TeachingModule) -> (text: String, focus: TextSpan)? {
        let utterance = Array(module.utterance.text.unicodeScalars)
        let sentence = Array(problem.text.unicodeScalars)
        let span = module.focus.span
        guard !sentence.isEmpty, span.start >= 0, span.end <= utterance.count else { return nil }
        // The sentence's place in the message: the occurrence that holds the focus.
        var offset = 0
        while offset + sentence.count <= utterance.count {
            if offset <= span.start, span.end <= offset + sentence.count,
                Array(utterance[offset..<offset + sentence.count]) == sentence
            {
                let local = TextSpan(start: span.start - offset, end: span.end - offset)
                let fixed = problem.text.applying([TextEdit(span: local, replacement: module.focus.correction)])
                let end = local.start + module.focus.correction.unicodeScalars.count
                return (fixed, TextSpan(start: local.start, end: end))
            }
            offset += 1
        }
        return nil
    }

    /// Exactly one word differs, by one edit, inside a long word's stem; when `keepingCase`,
    /// a word that differs only in case is not a typo.
    static func isForgivableTypo(_ given: String, of expected: String, keepingCase: Bool = false) -> Bool {
        let givenWords = given.split(separator: " ").map { Array($0) }
        let expectedWords = expected.split(separator: " ").map { Array($0) }
        guard givenWords.count == expectedWords.count else { return false }
        let differing = zip(givenWords, expectedWords).filter { $0 != $1 }
        guard differing.count == 1, let (typed, word) = differing.first else { return false }
        if keepingCase, String(typed).lowercased() == String(word).lowercased() { return false }
        guard word.count >= typoMinimumLength, word.allSatisfy(\.isLetter) else { return false }
        guard let position = singleEditPosition(typed, word) else { return false }
        return position < word.count - protectedEndingLength
    }

    /// Where `typed` differs from `word` by one substitution, insertion, deletion or swap of
    /// neighbours (the position in `word`); nil for any other difference.
    static func singleEditPosition(_ typed: [Character], _ word: [Character]) -> Int? {
        let prefix = zip(typed, word).prefix { $0 == $1 }.count
        let typedRest = typed.dropFirst(prefix)
        let wordRest = word.dropFirst(prefix)
        // A substitution: the rest matches after one character on each side.
        if typed.count == word.count, typedRest.dropFirst().elementsEqual(wordRest.dropFirst()) { return prefix }
        // A swap of neighbours: its second position is the one that must be in the stem.
        if typed.count == word.count, typedRest.count >= 2, typedRest.first == wordRest.dropFirst().first,
            wordRest.first == typedRest.dropFirst().first, typedRest.dropFirst(2).elementsEqual(wordRest.dropFirst(2))
        {
            return prefix + 1
        }
        // An extra character, or a missing one.
        if typed.count == word.count + 1, typedRest.dropFirst().elementsEqual(wordRest) { return prefix }
        if typed.count + 1 == word.count, typedRest.elementsEqual(wordRest.dropFirst()) { return prefix }
        return nil
    }

    /// The text with its commas gone and the spaces around them closed up.
    /// `text` as the grader compares it: normalised, and without commas unless the lesson
    /// (`ruleID`) is about commas.
    static func comparable(_ text: String, ruleID: String, keepingCase: Bool) -> String {
        let folded = normalized(text, keepingCase: keepingCase)
        return ruleID.hasPrefix("punctuation.") ? folded : withoutCommas(folded)
    }

    /// The words of `comparable(text, ...)`.
    static func comparableWords(_ text: String, ruleID: String, keepingCase: Bool) -> [String] {
        comparable(text, ruleID: ruleID, keepingCase: keepingCase).split(separator: " ").map(String.init)
    }

    static func withoutCommas(_ text: String) -> String {
        text.replacingOccurrences(of: ",", with: " ").split(separator: " ").joined(separator: " ")
    }

    /// The form answers are compared in: lowercased unless `keepingCase`, contractions
    /// written out ("doesn't" is "does not"), a comparison's pronoun in one form ("than I am"
    /// is "than me").
    static func normalized(_ text: String, keepingCase: Bool = false) -> String {
        let compared = text.normalizedForComparison
        var folded = (keepingCase ? compared : compared.lowercased()).replacingApostrophes
        while let last = folded.last, ".!?".contains(last) { folded.removeLast() }
        return ThanPronouns.folded(Contractions.expanded(folded.trimmedSpaces))
    }
}

extension String {
    var replacingApostrophes: String { String(map { $0 == "’" ? "'" : $0 }) }
}
