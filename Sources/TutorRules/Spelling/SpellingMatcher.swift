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
        // Rare words only: a word the frequency table holds is spelt right.
        context.rareWords.compactMap { token -> Match? in
            let word = token.lower
            guard word.utf8.count >= 3, word.isLowercaseASCIIWord,
                token.text == word || startsSentenceCapitalized(token), !context.lexicon.knows(word),
                context.lexicon.properNounUsage(of: word) < ProperNounMatcher.commonName
            else { return nil }
            let outcome = outcomes.outcome(for: word) {
                guard !lists["spelling-ignore"].contains(word), !checkers.accept(word) else { return nil }
                return bestCandidate(for: word, lexicon: context.lexicon) ?? split(word, lexicon: context.lexicon)
            }
            guard let (best, distance) = outcome else { return nil }
            if token.text != word, checkers.accept(token.text) { return nil }
            let suggestion = token.text == word ? best : best.capitalizedFirst
            return Match(span: token.span, suggestions: [suggestion], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
    }

    /// A word capitalised only because it starts a sentence ("Unfortunatly, ..."), long
    /// enough not to be a short name that happens to be near a word ("Minsu", "minus").
    /// Elsewhere, words with capitals ("Jiwoo", "iPad", "eBay") are names and brands.
    private func startsSentenceCapitalized(_ token: Token) -> Bool {
        token.startsSentence && token.text.utf8.count >= 6 && token.text.dropFirst() == token.lower.dropFirst()
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
        // How likely each candidate is: how common it is, less how unusual the slip that
        // would turn it into what was typed (both as Zipf × 100, i.e. log10 × 100).
        let ranked = candidates.filter { $0.distance == nearest }
            .map { (word: $0.word, usage: lexicon.usage(of: $0.word), score: lexicon.usage(of: $0.word) - Self.slipCost(typed: word, meant: $0.word)) }
            .sorted { $0.score > $1.score }
        guard ranked[0].usage >= Self.commonUsage else { return nil }
        if ranked.count > 1, ranked[0].score - ranked[1].score < Self.clearLead { return nil }
        return (ranked[0].word, nearest)
    }

    /// "alot" → "a lot", "eachother" → "each other": two common words written as one, when
    /// exactly one way of splitting gives two common words (each at least two letters, or
    /// "a"). Tried only when no single word is near enough.
    private func split(_ word: String, lexicon: Lexicon) -> (String, Int)? {
        let letters = Array(word)
        let splits = (1..<letters.count).compactMap { cut -> String? in
            let first = String(letters[..<cut]), second = String(letters[cut...])
            guard first.count >= 2 || first == "a", second.count >= 2,
                lexicon.usage(of: first) >= Self.commonSplitPart, lexicon.usage(of: second) >= Self.commonSplitPart
            else { return nil }
            return first + " " + second
        }
        guard splits.count == 1, let only = splits.first else { return nil }
        return (only, 1)
    }

    /// Zipf × 100 each part of a split word needs: about sixty times per million words (the
    /// 1,500 or so commonest words).
    static let commonSplitPart = 480

    /// How unusual the one-edit slip from `meant` to `typed` is, as -log10 × 100 of its
    /// relative likelihood: a doubled letter typed once or a single one typed twice
    /// ("realy", "writen", "runn") is the commonest slip (0); a vowel for another vowel or
    /// two letters swapped is common (30); any other change is ten times rarer (100).
    /// Candidates two edits away all cost the same (0), as nothing tells them apart here.
    static func slipCost(typed: String, meant: String) -> Int {
        let a = Array(typed.utf8), b = Array(meant.utf8)
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let vowels = Set("aeiou".utf8)
        if a.count + 1 == b.count || a.count == b.count + 1 {
            // One letter more or less: which one, and is it next to its twin?
            let (long, short) = a.count > b.count ? (a, b) : (b, a)
            guard Array(long[(prefix + 1)...]) == Array(short[prefix...]) else { return 0 }
            let letter = long[prefix]
            if (prefix > 0 && long[prefix - 1] == letter) || (prefix + 1 < long.count && long[prefix + 1] == letter) { return 0 }
            return vowels.contains(letter) ? 30 : 100
        }
        guard a.count == b.count, prefix < a.count else { return 0 }
        if prefix + 1 < a.count, a[prefix] == b[prefix + 1], a[prefix + 1] == b[prefix], a[(prefix + 2)...] == b[(prefix + 2)...] {
            return 30
        }
        guard a[(prefix + 1)...] == b[(prefix + 1)...] else { return 0 }
        return vowels.contains(a[prefix]) && vowels.contains(b[prefix]) ? 30 : 100
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
