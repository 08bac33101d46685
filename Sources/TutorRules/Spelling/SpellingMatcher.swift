// Spelling: a suggestion only when one candidate is clearly the intended word.

import Synchronization
import TutorCore

/// Flags a word no dictionary knows (American or British) and suggests a correction only
/// when one candidate is clearly the intended word: nearest by edit distance, common in
/// everyday English, and far more common than any other candidate as near. Words with a
/// capital (names, places, brands) and known chat words are left alone.
struct SpellingMatcher: Matcher {
    let checkers: [SpellChecker]
    let lists: WordLists
    /// Each unknown word's outcome: learners repeat their misspellings.
    private let outcomes = OutcomeCache()

    init(checkers: [SpellChecker], lists: WordLists) {
        self.checkers = checkers
        self.lists = lists
    }

    /// Zipf × 100 a suggestion needs: about once per million words. Rarer words are seldom
    /// what a learner meant ("minuets" for "minuits").
    static let commonUsage = 300
    /// How much more common (Zipf × 100) the best of several equally near candidates must
    /// be than the next: 10 times.
    static let clearLead = 100

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            let word = token.lower
            // Words with capitals anywhere ("iPad", "eBay") are names and brands.
            guard token.isWord, token.text == word, word.utf8.count >= 3,
                word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
                context.lexicon.usage(of: word) == 0, !context.lexicon.knows(word),
                context.lexicon.properNounUsage(of: word) < ProperNounMatcher.commonName
            else { return nil }
            let outcome = outcomes.outcome(for: word) {
                guard !lists["spelling-ignore"].contains(word), !checkers.contains(where: { $0.isCorrect(word) }) else { return nil }
                return bestCandidate(for: word, lexicon: context.lexicon)
            }
            guard let (best, distance) = outcome else { return nil }
            return Match(span: token.span, suggestions: [best], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
    }

    private func bestCandidate(for word: String, lexicon: Lexicon) -> (String, Int)? {
        // Only the nearest candidates count, so a search within one edit comes first: it is
        // far cheaper, and it settles most words. Two edits away, only words with the same
        // first letter are considered.
        // Learners seldom get a word's first letter wrong, so a candidate that changes it
        // ("amature" → "mature") is not what they meant; swapping the first two is a typo.
        var candidates = lexicon.commonWords.words(near: word, maximumDistance: 1).filter {
            $0.word.first == word.first || ($0.word.count == word.count && $0.word.prefix(2) == String(word.prefix(2).reversed()))
        }
        if candidates.isEmpty, word.count > 4 {
            candidates = lexicon.commonWords.words(near: word, maximumDistance: 2, sameFirstLetter: true)
        }
        guard let nearest = candidates.map(\.distance).min() else { return nil }
        let ranked = candidates.filter { $0.distance == nearest }
            .map { (word: $0.word, usage: lexicon.usage(of: $0.word)) }
            .sorted { $0.usage > $1.usage }
        guard ranked[0].usage >= Self.commonUsage else { return nil }
        if ranked.count > 1, ranked[0].usage - ranked[1].usage < Self.clearLead { return nil }
        return (ranked[0].word, nearest)
    }
}

/// Remembers what the spelling rule decided for each word it did not know, up to a bound.
private final class OutcomeCache: Sendable {
    private static let capacity = 10_000
    private let outcomes = Mutex<[String: (String, Int)?]>([:])

    func outcome(for word: String, deciding: () -> (String, Int)?) -> (String, Int)? {
        if let known = outcomes.withLock({ $0[word] }) { return known }
        let outcome = deciding()
        outcomes.withLock { outcomes in
            if outcomes.count >= Self.capacity { outcomes.removeAll(keepingCapacity: true) }
            outcomes[word] = outcome
        }
        return outcome
    }
}
