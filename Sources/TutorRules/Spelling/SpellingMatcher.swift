// Spelling: a suggestion only when one candidate is clearly the intended word.

import TutorCore

/// Flags a word Hunspell does not know and suggests a correction only when one candidate
/// is clearly best: nearest by edit distance, and unique there or far more frequent.
/// Capitalised words (names, places, brands) and known chat words are left alone.
struct SpellingMatcher: Matcher {
    let checker: SpellChecker
    let lists: WordLists

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.isWord, !token.isCapitalized, token.text.count >= 3,
                token.text.allSatisfy({ $0.isLetter && $0.isASCII }),
                !context.lexicon.knows(token.lower), !lists["spelling-ignore"].contains(token.lower),
                !checker.isCorrect(token.text)
            else { return nil }
            guard let (best, distance) = bestCandidate(for: token.lower, lexicon: context.lexicon) else { return nil }
            return Match(span: token.span, suggestions: [best], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
    }

    private func bestCandidate(for word: String, lexicon: Lexicon) -> (String, Int)? {
        let maximumDistance = word.count <= 4 ? 1 : 2
        let candidates = checker.suggestions(for: word)
            .filter { $0.allSatisfy { $0.isLetter && $0.isLowercase } }
            .map { ($0, EditDistance.damerau(word, $0)) }
            .filter { $0.1 <= maximumDistance }
        guard let nearest = candidates.map(\.1).min() else { return nil }
        let closest = candidates.filter { $0.1 == nearest }.map(\.0)
        if closest.count == 1 { return (closest[0], nearest) }
        // Several at the same distance: only a far more common word is clearly meant.
        let ranked = closest.map { ($0, lexicon.frequency(of: $0)) }.sorted { $0.1 > $1.1 }
        guard ranked[0].1 >= 10, ranked[0].1 >= 5 * max(ranked[1].1, 1) else { return nil }
        return (ranked[0].0, nearest)
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
