// Spelling: a suggestion only when one candidate is clearly the intended word.

import Synchronization
import TutorCore

/// Flags a word no dictionary knows (American or British) and suggests a correction only
/// when one candidate is clearly the intended word: nearest by edit distance, common in
/// everyday English, and far more common than any other candidate as near. Words with a
/// capital (names, places, brands) and known chat words are left alone.
struct SpellingMatcher: Matcher {
    let lists: WordLists
    /// What each unknown word could be: learners repeat their misspellings.
    private let candidateCache = CandidateCache()

    init(lists: WordLists) {
        self.lists = lists
    }

    /// Zipf × 100 a suggestion needs: about once per million words. Rarer words are seldom
    /// what a learner meant ("minuets" for "minuits").
    static let commonUsage = 300
    /// Zipf × 100 a long suggestion (seven letters or more) needs: about once in four million
    /// words. Long words have few neighbours, so a rarer one is still what was meant
    /// ("lukiest" → "luckiest", "recollet" → "recollect").
    static let commonLongUsage = 240
    /// How much more common (Zipf × 100) the best of several equally near candidates must
    /// be than the next: 10 times.
    static let clearLead = 100
    /// The longest word looked up: English words are far shorter (the trie's longest has 22
    /// letters), and the search for joined words costs the square of the length, so one
    /// 4,000-letter "word" took seconds.
    static let longestWordSearched = 30

    func matches(in context: AnalysisContext) -> [Match] {
        // Rare words only: a word the frequency table holds is spelt right.
        context.rareWords.compactMap { token -> Match? in
            let word = token.lower
            guard word.utf8.count >= 3, word.utf8.count <= Self.longestWordSearched, word.isLowercaseASCIIWord,
                !Self.isDrawnOut(word), token.text == word || startsSentenceCapitalized(token),
                !context.lexicon.knows(word),
                context.lexicon.properNounUsage(of: word) < ProperNounMatcher.commonName
            else { return nil }
            // What the word could be is the same wherever it stands; which of those it is
            // depends on its neighbours.
            let candidates = candidateCache.value(for: word) {
                guard !lists["spelling-ignore"].contains(word), !context.lexicon.isSpeltRight(word) else { return nil }
                return Candidates(
                    scored: scoredCandidates(for: word, lexicon: context.lexicon),
                    split: split(word, lexicon: context.lexicon),
                    pairedSplit: pairedSplit(word, lexicon: context.lexicon))
            }
            guard let candidates else { return nil }
            let previous = neighbour(of: token, step: -1, in: context)
            let next = neighbour(of: token, step: 1, in: context)
            let chosen = choose(among: candidates.scored, between: previous, and: next, lexicon: context.lexicon)
            // Two words run together are that pair ("infront" → "in front", not "infant") when
            // the pair is commoner than the nearest single word ("belive" stays "believe").
            let outcome: (String, Int)?
            if let paired = candidates.pairedSplit,
                chosen.map({ paired.count > wordCount($0.0, context.lexicon) }) ?? true
            {
                outcome = (paired.words, 1)
            } else {
                outcome = chosen ?? candidates.split
            }
            guard let (best, distance) = outcome else { return nil }
            if token.text != word, context.lexicon.isSpeltRight(token.text) { return nil }
            let suggestion = token.text == word ? best : best.capitalizedFirst
            return Match(span: token.span, suggestions: [suggestion], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
    }

    /// A word typed long for emphasis, with one letter three times or more in a row ("soooo",
    /// "yesss", "pleeease"): no English word is spelt so, and the nearest word is seldom what was
    /// meant ("soooo good" is not "soon good"), so it is chat style, not a misspelling.
    static func isDrawnOut(_ word: String) -> Bool {
        var previous: UInt8 = 0
        var run = 0
        for byte in word.utf8 {
            run = byte == previous ? run + 1 : 1
            if run >= 3 { return true }
            previous = byte
        }
        return false
    }

    /// The word before (`step` -1) or after (+1) a token, in lower case; nil at the edge of
    /// a sentence or clause.
    private func neighbour(of token: Token, step: Int, in context: AnalysisContext) -> String? {
        guard let other = context.token(at: token.index + step), other.isWord else { return nil }
        return other.lower
    }

    /// A word capitalised only because it starts a sentence ("Unfortunatly, ..."), long
    /// enough not to be a short name that happens to be near a word ("Minsu", "minus").
    /// Elsewhere, words with capitals ("Jiwoo", "iPad", "eBay") are names and brands.
    private func startsSentenceCapitalized(_ token: Token) -> Bool {
        token.startsSentence && token.text.utf8.count >= 6 && token.text.dropFirst() == token.lower.dropFirst()
    }

    /// A word an unknown word could be: how far, how common, and how unusual the slip from it.
    struct Candidate: Sendable {
        var word: String
        var distance: Int
        var usage: Int
        var slip: Int
    }

    /// What an unknown word could be: the nearest words, and two words run together.
    struct Candidates: Sendable {
        var scored: [Candidate]
        var split: (String, Int)?
        /// Two words run together that the word-pair table lists as a pair ("in front"), and
        /// the pair's count (log10 × 100).
        var pairedSplit: (words: String, count: Int)?
    }

    private func scoredCandidates(for word: String, lexicon: Lexicon) -> [Candidate] {
        // Learners seldom get a word's first letter wrong, so a candidate that changes it
        // ("amature" → "mature") is not what they meant; swapping the first two is a typo.
        // Only the nearest candidates count, so a search within one edit comes first: it is
        // far cheaper, and it settles most words. Two edits away, only words with the same
        // first letter are considered.
        // So only the branches of the word's first letter, and of its second (a swap), are searched.
        let letters = Array(word.utf8.prefix(2))
        var candidates = lexicon.commonWords.words(near: word, maximumDistance: 1, firstLetters: letters).filter {
            $0.word.first == word.first
                || ($0.word.count == word.count && $0.word.prefix(2) == String(word.prefix(2).reversed()))
        }
        if candidates.isEmpty, word.count > 4 {
            candidates = lexicon.commonWords.words(
                near: word, maximumDistance: 2, firstLetters: Array(letters.prefix(1)))
        }
        return candidates.map {
            Candidate(
                word: $0.word, distance: $0.distance, usage: lexicon.usage(of: $0.word),
                slip: Self.slipCost(typed: word, meant: $0.word))
        }
    }

    private func choose(
        among candidates: [Candidate], between previous: String?, and next: String?, lexicon: Lexicon
    ) -> (String, Int)? {
        guard !candidates.isEmpty else { return nil }
        // How likely each candidate is, less how unusual the slip that would turn it into
        // what was typed (all as log10 × 100): by how common it is, and by how well it fits
        // between its neighbours. The neighbours decide when they clearly prefer one word
        // ("not goot at" → "good"); otherwise a word far more common than the others, if the
        // neighbours rank it first too.
        let scored = candidates.map { candidate in
            let fit = lexicon.ngrams.fit(
                of: candidate.word, between: previous, and: next, wordCount: candidate.usage + Self.zipfToCount)
            return (candidate: candidate, prior: candidate.usage - candidate.slip, inContext: fit - candidate.slip)
        }
        let inContext = scored.sorted { $0.inContext > $1.inContext }
        let alone = scored.sorted { $0.prior > $1.prior }
        let choice: Candidate
        if inContext.count == 1 || inContext[0].inContext - inContext[1].inContext >= Self.clearLead {
            choice = inContext[0].candidate
        } else if alone[0].prior - alone[1].prior >= Self.clearLead,
            alone[0].candidate.word == inContext[0].candidate.word
        {
            choice = alone[0].candidate
        } else {
            return nil
        }
        guard choice.usage >= (choice.word.utf8.count >= 7 ? Self.commonLongUsage : Self.commonUsage) else {
            return nil
        }
        // Two slips away, a word rarer than those learners typically use is more likely a word
        // the list lacks (Konglish, a name) than the one meant: no allowance for long words.
        if choice.distance >= 2, choice.usage < Self.commonUsage { return nil }
        return (choice.word, choice.distance)
    }

    /// log10 × 100 of how often a word occurs in the n-gram table's corpus, from its Zipf
    /// frequency where the table does not list it.
    private func wordCount(_ word: String, _ lexicon: Lexicon) -> Int {
        lexicon.ngrams.count(word) ?? lexicon.usage(of: word) + Self.zipfToCount
    }

    /// Zipf × 100 to log10 × 100 of a count in the n-gram table's corpus (5.4 × 10¹¹
    /// words: Zipf is per 10⁹).
    static let zipfToCount = NGramTable.corpusSize - 900

    /// "alot" → "a lot", "eachother" → "each other": two common words written as one, when
    /// exactly one way of splitting gives two common words (each at least two letters, or
    /// "a"). Tried only when no single word is near enough.
    private func split(_ word: String, lexicon: Lexicon) -> (String, Int)? {
        let letters = Array(word)
        let splits = (1..<letters.count).compactMap { cut -> String? in
            let first = String(letters[..<cut])
            let second = String(letters[cut...])
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

    /// "infront" → "in front", "realtime" → "real time": the way of splitting the word into
    /// two common words that the word-pair table lists as a pair (the commonest, if several).
    private func pairedSplit(_ word: String, lexicon: Lexicon) -> (words: String, count: Int)? {
        let letters = Array(word)
        var best: (words: String, count: Int)?
        for cut in 1..<max(1, letters.count) {
            let first = String(letters[..<cut])
            let second = String(letters[cut...])
            guard first.count >= 2 || first == "a", second.count >= 2,
                lexicon.usage(of: first) >= Self.commonSplitPart, lexicon.usage(of: second) >= Self.commonSplitPart,
                let count = lexicon.ngrams.count(first, second), count > best?.count ?? Int.min
            else { continue }
            best = (first + " " + second, count)
        }
        return best
    }

    /// How unusual the slips that turn `meant` into `typed` are, as -log10 × 100 of their
    /// relative likelihood, summed over the cheapest way there: a doubled letter typed once
    /// or a single one typed twice ("realy", "writen", "runn") is the commonest slip (0); a
    /// vowel for another vowel, a vowel left out or added, or two letters swapped is common
    /// (30); any other change is ten times rarer (100).
    static func slipCost(typed: String, meant: String) -> Int {
        let a = Array(typed.utf8)
        let b = Array(meant.utf8)
        let vowels = Set("aeiou".utf8)
        // A letter left out of, or added to, `word` at `index`: free next to its twin.
        func gapCost(_ word: [UInt8], _ index: Int) -> Int {
            let letter = word[index]
            if (index > 0 && word[index - 1] == letter) || (index + 1 < word.count && word[index + 1] == letter) {
                return 0
            }
            return vowels.contains(letter) ? 30 : 100
        }
        var costs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count {
            for j in 0...b.count {
                if i == 0 && j == 0 { continue }
                var best = Int.max
                if i > 0 { best = min(best, costs[i - 1][j] + gapCost(a, i - 1)) }
                if j > 0 { best = min(best, costs[i][j - 1] + gapCost(b, j - 1)) }
                if i > 0, j > 0 {
                    let same = a[i - 1] == b[j - 1]
                    let substitution = same ? 0 : (vowels.contains(a[i - 1]) && vowels.contains(b[j - 1]) ? 30 : 100)
                    best = min(best, costs[i - 1][j - 1] + substitution)
                }
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], a[i - 1] != a[i - 2] {
                    best = min(best, costs[i - 2][j - 2] + 30)
                }
                costs[i][j] = best
            }
        }
        return costs[a.count][b.count]
    }
}

/// Remembers what each word the spelling rule did not know could be, up to a bound.
private final class CandidateCache: Sendable {
    private static let capacity = 10_000
    private let entries = Mutex<[String: SpellingMatcher.Candidates?]>([:])

    func value(for word: String, computing: () -> SpellingMatcher.Candidates?) -> SpellingMatcher.Candidates? {
        if let known = entries.withLock({ $0[word] }) { return known }
        let value = computing()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[word] = value
        }
        return value
    }
}
