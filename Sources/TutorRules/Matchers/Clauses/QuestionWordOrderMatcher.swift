// "Where you are going?" → "Where are you going?" (word-order.question).

import TutorCore

/// "Where you are going?" → "Where are you going?": a question word, then a subject
/// pronoun, then an auxiliary, in a sentence that ends with "?".
struct QuestionWordOrderMatcher: Matcher {
    static let questionWords: WordSet = ["where", "what", "why", "when", "how"]
    static let auxiliaries: WordSet = [
        "are", "is", "am", "was", "were", "can", "will", "would", "could", "should", "do", "does", "did", "have", "has",
    ]

    /// An auxiliary, also contracted with "not" ("don't", "can't", "won't").
    static func isAuxiliary(_ word: String) -> Bool {
        if auxiliaries.contains(word) { return true }
        guard word.hasSuffix("n't") else { return false }
        let stem = String(word.dropLast(3))
        return auxiliaries.contains(stem) || ["ca", "wo"].contains(stem)
    }

    /// Whether the word after an auxiliary shows it is a helping verb: a bare verb after do
    /// and modals, an -ing form or the question's end after be, a participle after have.
    static func completes(_ auxiliary: String, with next: Token, in context: AnalysisContext) -> Bool {
        let stem = auxiliary.hasSuffix("n't") ? String(auxiliary.dropLast(3)) : auxiliary
        let readings = context.lexicon.verbReadings(of: next.lower).map(\.kind)
        switch stem {
        case "are", "is", "am", "was", "were":
            return next.text == "?" || readings.contains(.presentParticiple) || readings.contains(.pastParticiple)
        case "have", "has":
            return readings.contains(.pastParticiple)
        default:
            return next.isWord && readings.contains(.base)
        }
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for question in context.tokens where question.startsSentence && Self.questionWords.contains(question.lower) {
            let sentence = context.sentence(containing: question.index)
            guard sentence.last?.text == "?" else { continue }
            var subjectIndex = question.index + 1
            // "What time you are leaving?", "How much you will pay?"
            if let next = context.token(at: subjectIndex),
                ["time", "much", "many", "long", "often", "kind"].contains(next.lower)
            {
                subjectIndex += 1
            }
            guard let subject = context.token(at: subjectIndex), FunctionWords.subjectPronouns.contains(subject.lower),
                let auxiliary = context.token(at: subjectIndex + 1), Self.isAuxiliary(auxiliary.lower)
            else { continue }
            var last = auxiliary
            var moved = auxiliary.text
            if let negation = context.token(at: auxiliary.index + 1), negation.lower == "n't" {
                last = negation
                moved += negation.text
            }
            // Only a helping verb moves: "Where you are going?" but not "What you did there?",
            // whose "did" is the main verb and needs "do" added instead.
            guard let after = context.token(at: last.index + 1),
                Self.completes(auxiliary.lower, with: after, in: context)
            else { continue }
            let subjectText = subject.text == "I" ? "I" : subject.lower
            matches.append(Match(span: context.span(from: subject, to: last), suggestions: ["\(moved) \(subjectText)"]))
        }
        return matches
    }
}
