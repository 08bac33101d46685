// Grades a learner's answer to a practice problem, forgiving only what cannot change it.

import TutorCore

/// Grades answers: case, spacing, curly apostrophes, final punctuation and contractions
/// ("doesn't" or "does not"; "I'd" as "I would" or "I had", whichever gives the answer) never matter;
/// a multiple-choice answer may be the choice's number or its text. A typo is forgiven only
/// where the answer stays right: one edit, inside a word of at least 5 letters, away from
/// the word's last 3 letters (where -s, -ed and -ing live, which is what most lessons are
/// about), and never when the answer is one of the wrong forms (the learner's original
/// error, a distractor).
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
        case incorrect

        public var isCorrect: Bool { self != .incorrect }
    }

    /// The shortest word a typo is forgiven in.
    static let typoMinimumLength = 5
    /// The last letters of a word, where a change is never a typo.
    static let protectedEndingLength = 3

    /// Grades `answer` for `problem`; `module` supplies the wrong forms a typo must not be and
    /// the taught error a rewrite must fix.
    public static func grade(_ answer: String, for problem: Problem, in module: TeachingModule? = nil) -> Grade {
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
        var wrongForms = Set((problem.choices ?? []).map(normalized)).subtracting([expected])
        if let module {
            wrongForms.insert(normalized(module.focus.original))
            wrongForms.insert(normalized(module.utterance.text))
            for other in module.problems { wrongForms.formUnion((other.choices ?? []).map(normalized)) }
            wrongForms.remove(expected)
        }
        if wrongForms.contains(given) { return .incorrect }
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
            return rewriteWithOtherChanges(given, fix, problem, module, keepsCase: keepsCase) ?? .incorrect
        }
        return .incorrect
    }

    /// A rewrite with the taught fix and the key's other corrections (any of them) and up to
    /// two small changes of the learner's own (`RewriteChanges`); nil for any other rewrite.
    static func rewriteWithOtherChanges(
        _ given: String, _ fix: (text: String, focus: TextSpan), _ problem: Problem, _ module: TeachingModule,
        keepsCase: Bool
    ) -> Grade? {
        // Commas are not words to compare, unless the lesson is a comma.
        let keepsCommas = module.focus.ruleID.hasPrefix("punctuation.")
        func words(_ text: String) -> [String] {
            let folded = normalized(text, keepingCase: keepsCase)
            return (keepsCommas ? folded : withoutCommas(folded)).split(separator: " ").map(String.init)
        }
        let before = words(String(fix.text.unicodeScalars.prefix(fix.focus.start)))
        let through = words(String(fix.text.unicodeScalars.prefix(fix.focus.end)))
        // The fix's words: those the text up to its end has beyond the text before it.
        let focus = before.count..<max(before.count, through.count)
        guard
            let changes = RewriteChanges.extraChanges(
                words(given), taughtOnly: words(fix.text), focus: focus, key: words(problem.answer))
        else { return nil }
        return .taughtErrorFixedWithChanges(changes.map { AnswerChange(from: $0.from, to: $0.to) })
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
