// Spelling: a suggestion only when one candidate is clearly the intended word.

import TutorCore

/// Flags a word no dictionary knows (American or British) and suggests a correction only
/// when one candidate is clearly the intended word: nearest by edit distance, common in
/// everyday English, and far more common than any other candidate as near. Capitalised words
/// (names, places, brands) and known chat words are left alone.
struct SpellingMatcher: Matcher {
    let checkers: [SpellChecker]
    let lists: WordLists

    /// Zipf × 100 a suggestion needs: about once per million words. Rarer words are seldom
    /// what a learner meant ("minuets" for "minuits").
    static let commonUsage = 300
    /// How much more common (Zipf × 100) the best of several equally near candidates must
    /// be than the next: 10 times.
    static let clearLead = 100

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.isWord, !token.isCapitalized, token.text.count >= 3,
                token.text.allSatisfy({ $0.isLetter && $0.isASCII }),
                context.lexicon.usage(of: token.lower) == 0, !context.lexicon.knows(token.lower),
                !lists["spelling-ignore"].contains(token.lower),
                !checkers.contains(where: { $0.isCorrect(token.text) })
            else { return nil }
            guard let (best, distance) = bestCandidate(for: token.lower, lexicon: context.lexicon) else { return nil }
            return Match(span: token.span, suggestions: [best], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
    }

    private func bestCandidate(for word: String, lexicon: Lexicon) -> (String, Int)? {
        let maximumDistance = word.count <= 4 ? 1 : 2
        var seen = Set<String>()
        let candidates = checkers.flatMap { $0.suggestions(for: word) }
            .filter { $0.allSatisfy { $0.isLetter && $0.isLowercase } && seen.insert($0).inserted }
            .map { (word: $0, distance: EditDistance.damerau(word, $0), usage: lexicon.usage(of: $0)) }
            .filter { $0.distance <= maximumDistance }
        guard let nearest = candidates.map(\.distance).min() else { return nil }
        let ranked = candidates.filter { $0.distance == nearest }.sorted { $0.usage > $1.usage }
        guard ranked[0].usage >= Self.commonUsage else { return nil }
        if ranked.count > 1, ranked[0].usage - ranked[1].usage < Self.clearLead { return nil }
        return (ranked[0].word, nearest)
    }
}

/// Edit distances between words.
enum EditDistance {
    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of neighbours each cost 1.
    static func damerau(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
