// "She explains things very easy." → "easily": how something is done takes an adverb.

import TutorCore

/// An adjective where the manner adverb belongs: a pronoun subject, a verb of doing from
/// `wordlists/manner-verbs.txt` ("explain", "speak", "sing"), its object, then "very"/"so"/
/// "really" and an adjective that ends the clause. Verbs whose object can be followed by an
/// adjective that describes it ("makes it easy", "keeps the room clean", "found it boring")
/// are not on the list, and flat adverbs ("fast", "hard", "late") are no adjectives here.
struct MannerAdverbMatcher: Matcher {
    let lists: WordLists

    private static let intensifiers: WordSet = ["very", "so", "really", "extremely"]
    /// Object pronouns and the pronoun-like nouns a short object may be.
    private static let objectPronouns: WordSet = [
        "it", "them", "him", "her", "me", "us", "you", "this", "that", "everything", "things", "something",
    ]
    /// Words after the adjective that end its clause.
    private static let clauseEnders: WordSet = ["and", "but", "because", "so", "when", "if"]
    /// The adverb of "good" is "well"; the others add -ly.
    private static let irregularAdverbs: [String: String] = ["good": "well"]
    /// How common (Zipf × 100) the adverb must be: learners' adjectives have everyday adverbs.
    private static let minimumAdverbUsage = 300
    /// The most words an object may have ("the whole problem").
    private static let maximumObjectWords = 3

    var triggerWords: Set<String>? { Set(Self.intensifiers) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for intensifier in context.tokens where intensifier.isWord && Self.intensifiers.contains(intensifier) {
            guard let adjective = context.token(at: intensifier.index + 1), adjective.isWord, !adjective.isCapitalized,
                endsClause(after: adjective, in: context), let adverb = adverb(of: adjective.lower, in: context),
                hasMannerVerbAndObject(before: intensifier, in: context)
            else { continue }
            matches.append(context.replacement(of: adjective, with: adverb))
        }
        return matches
    }

    private func endsClause(after adjective: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: adjective.index + 1) else { return true }
        if next.kind == .punctuation { return next.endsClause }
        return next.isWord && Self.clauseEnders.contains(next)
    }

    /// The everyday -ly adverb of a plain adjective ("easy" → "easily", "simple" → "simply",
    /// "beautiful" → "beautifully"), or nil when the word is no such adjective or its adverb
    /// is rare.
    private func adverb(of adjective: String, in context: AnalysisContext) -> String? {
        if let irregular = Self.irregularAdverbs[adjective] { return irregular }
        guard context.lexicon.isAdjective(adjective), !context.lexicon.isMainlyNoun(adjective),
            !lists["flat-adverbs"].contains(adjective),
            !adjective.hasSuffix("ly")
        else { return nil }
        let adverb: String
        if adjective.hasSuffix("y"), let beforeY = adjective.dropLast().last, !"aeiou".contains(beforeY) {
            adverb = adjective.dropLast() + "ily"
        } else if adjective.hasSuffix("le"), adjective.count > 3 {
            adverb = adjective.dropLast() + "y"
        } else if adjective.hasSuffix("ic") {
            adverb = adjective + "ally"
        } else if adjective.hasSuffix("ll") {
            adverb = adjective + "y"
        } else {
            adverb = adjective + "ly"
        }
        guard context.lexicon.usage(of: adverb) >= Self.minimumAdverbUsage, context.lexicon.isSpeltRight(adverb) else {
            return nil
        }
        return adverb
    }

    /// Before the intensifier: an object of one to three words (a pronoun, or a noun phrase
    /// ending in a noun), a verb of doing, and a subject pronoun, in one clause.
    private func hasMannerVerbAndObject(before intensifier: Token, in context: AnalysisContext) -> Bool {
        guard let objectEnd = context.token(at: intensifier.index - 1), objectEnd.isWord else { return false }
        for objectLength in 1...Self.maximumObjectWords {
            let verbIndex = intensifier.index - objectLength - 1
            guard let verb = context.token(at: verbIndex), verb.isWord else { return false }
            let object = (verbIndex + 1..<intensifier.index).compactMap { context.token(at: $0) }
            guard object.allSatisfy(\.isWord), isObject(object, in: context) else { continue }
            if isMannerVerb(verb, in: context), let subject = context.token(at: verbIndex - 1),
                FunctionWords.subjectPronouns.contains(subject)
            {
                return true
            }
        }
        return false
    }

    private func isObject(_ words: [Token], in context: AnalysisContext) -> Bool {
        guard let last = words.last else { return false }
        if words.count == 1, Self.objectPronouns.contains(last) { return true }
        if words.count == 1, last.isCapitalized, lists["languages"].contains(last) { return true }  // "English"
        // "the piano", "my homework", "the new song": ends in a noun, any word before it a
        // determiner or an adjective.
        guard !last.isCapitalized, isNoun(last.lower, in: context) else { return false }
        return words.dropLast().allSatisfy {
            FunctionWords.determiners.contains($0.lower) || context.lexicon.isAdjective($0.lower)
        }
    }

    /// A noun of the lexicon used at least as often as a noun as as a verb or an adjective
    /// ("grammar", "homework"; not "open").
    private func isNoun(_ word: String, in context: AnalysisContext) -> Bool {
        guard let entry = context.lexicon.noun(singular: word) ?? context.lexicon.noun(plural: word) else {
            return false
        }
        return entry.frequency >= entry.verbFrequency && entry.frequency >= entry.adjectiveFrequency
    }

    private func isMannerVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        let readings = context.lexicon.verbReadings(of: verb).filter {
            $0.kind == .base || $0.kind == .thirdPerson || $0.kind == .past
        }
        return readings.contains { lists["manner-verbs"].contains($0.base) }
    }
}
