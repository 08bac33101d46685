// Decides whether a wrong choice is really wrong, so a multiple choice has one right answer.

import TutorCore

/// A choice put in a blank is wrong when the analyser finds an error in the sentence it makes
/// (the key itself reads clean, so the error is the choice's), or when the word-pair counts
/// shipped with the analyser make it far less likely there than the answer.
struct ChoiceJudge: Sendable {
    let reader: AnswerKey.Reader
    let ngrams: NGramTable

    /// log10 × 100: a choice at least 30 times less likely than the answer between the same
    /// neighbours is not another way to say it.
    static let clearMargin = 150

    /// log10 × 100: a word at most about 3 times less likely than the answer between the same
    /// neighbours, which the analyser finds nothing wrong with, is another right answer.
    static let closeMargin = 50

    /// Whether a choice is as good as the answer: the analyser finds nothing wrong with it and
    /// the word-pair counts make it about as likely.
    func fitsAsWell(_ choice: String, in blanked: String, answer: String) -> Bool {
        guard reader(blanked.replacingOccurrences(of: Problem.blank, with: choice)).isEmpty,
            let around = neighbours(of: blanked)
        else { return false }
        return fit(answer, around) - fit(choice, around) <= Self.closeMargin
    }

    func isWrong(_ choice: String, in blanked: String, answer: String) -> Bool {
        if !reader(blanked.replacingOccurrences(of: Problem.blank, with: choice)).isEmpty { return true }
        guard let around = neighbours(of: blanked) else { return false }
        let answerFit = fit(answer, around)
        let choiceFit = fit(choice, around)
        return answerFit - choiceFit >= Self.clearMargin
    }

    /// The words before and after the blank, lower-cased (nil at the sentence's edge).
    private func neighbours(of blanked: String) -> (String?, String?)? {
        guard let range = blanked.range(of: Problem.blank) else { return nil }
        let before = blanked[..<range.lowerBound].split(whereSeparator: { !$0.isLetter && $0 != "'" }).last.map {
            $0.lowercased()
        }
        let after = blanked[range.upperBound...].split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map {
            $0.lowercased()
        }
        return (before, after)
    }

    /// How well a (possibly several-word) choice fits between the neighbours: each word after
    /// the one before it, and the last also before the word that follows.
    private func fit(_ choice: String, _ around: (String?, String?)) -> Int {
        let words = choice.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return 0 }
        var previous = around.0
        var score = 0
        for word in words.dropLast() {
            score += ngrams.logProbability(of: word, after: previous, secondCount: ngrams.count(word) ?? 0)
            previous = word
        }
        return score + ngrams.fit(of: last, between: previous, and: around.1, wordCount: 0)
    }
}
