// Patterns Korean learners carry over from Korean clause linking and adjectives:
// "Although it rained, but we went" (-지만), "Because ..., so ..." (-서), "almost people"
// (대부분), "I am interesting in music" (관심 있다).

import TutorCore

/// "Although it was late, but we stayed" → "..., we stayed"; "Because it rained, so we
/// stayed" → "..., we stayed": English marks the link once, in the first clause.
struct DoubleConjunctionMatcher: Matcher {
    /// A sentence-opening conjunction and the one its main clause must then do without.
    private static let pairs: [String: Set<String>] = ["although": ["but"], "though": ["but"], "because": ["so"], "since": ["so"]]

    var triggerWords: Set<String>? { ["although", "though", "because", "since"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for opener in context.tokens where opener.isWord && opener.startsSentence {
            guard let redundant = Self.pairs[opener.lower] else { continue }
            let sentence = context.sentence(containing: opener.index)
            // The first comma ends the subordinate clause; the redundant word right after it
            // ("..., but we") is the error. "Even though" starts the same way.
            guard let comma = sentence.first(where: { $0.text == "," }), let next = context.token(at: comma.index + 1),
                next.isWord, redundant.contains(next.lower),
                let following = context.token(at: next.index + 1), following.isWord
            else { continue }
            matches.append(Match(span: context.span(from: next, to: following), suggestions: [following.text]))
        }
        return matches
    }
}

/// "almost people" → "most people", "almost of the students" → "most of the students":
/// "almost" modifies "all", "every" or a number, not a noun.
struct AlmostMatcher: Matcher {
    var triggerWords: Set<String>? { ["almost"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { almost -> Match? in
            guard almost.lower == "almost", let next = context.token(at: almost.index + 1), next.isWord, !next.isCapitalized else { return nil }
            let isPluralNoun = context.lexicon.noun(plural: next.lower).map { $0.singular != next.lower && context.lexicon.isMainlyNoun($0.singular) } ?? false
            guard next.lower == "of" || isPluralNoun,
                // "almost the whole", "almost of age": only "of" before a determiner or pronoun.
                next.lower != "of" || context.token(at: next.index + 1).map({ FunctionWords.determiners.contains($0.lower) || ["them", "us", "you"].contains($0.lower) }) == true
            else { return nil }
            return context.replacement(of: almost, with: "most")
        }
    }
}

/// "I am interesting in music" → "interested", "we were very exciting" → "excited": how the
/// speaker feels takes the -ed adjective. Only after "I" and "we": "he is boring" may be meant.
struct FeelingAdjectiveMatcher: Matcher {
    private static let feelings: [String: String] = [
        "interesting": "interested", "boring": "bored", "exciting": "excited", "tiring": "tired",
        "confusing": "confused", "disappointing": "disappointed", "embarrassing": "embarrassed",
        "surprising": "surprised", "satisfying": "satisfied", "frightening": "frightened",
        "annoying": "annoyed", "shocking": "shocked", "worrying": "worried", "depressing": "depressed",
        "exhausting": "exhausted", "amusing": "amused", "terrifying": "terrified", "relaxing": "relaxed",
    ]
    private static let intensifiers: WordSet = ["very", "so", "really", "quite", "too", "a", "bit", "little", "extremely", "pretty", "not"]
    /// What may follow the adjective: the end of the clause, or what the feeling is about.
    private static let followers: WordSet = ["in", "about", "with", "at", "by", "of", "and", "because", "when", "to"]

    var triggerWords: Set<String>? { Set(Self.feelings.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard let adjective = Self.feelings[word.lower], word.text == word.lower else { return nil }
            var index = word.index - 1
            while let token = context.token(at: index), Self.intensifiers.contains(token.lower) { index -= 1 }
            guard let verb = context.token(at: index), ["am", "was", "'m", "are", "were", "'re"].contains(verb.lower),
                let subject = context.token(at: index - 1), ["i", "we"].contains(subject.lower)
            else { return nil }
            if let next = context.token(at: word.index + 1), next.isWord, !Self.followers.contains(next.lower) { return nil }
            return context.replacement(of: word, with: adjective)
        }
    }
}

/// "I study everyday." → "every day": "everyday" is an adjective ("everyday life"); on its
/// own, at the end of a clause, it means "each day".
struct EverydayMatcher: Matcher {
    var triggerWords: Set<String>? { ["everyday"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "everyday", let previous = context.token(at: word.index - 1), previous.isWord else { return nil }
            if let next = context.token(at: word.index + 1), !next.endsClause, !(next.isWord && ["and", "but", "so", "because"].contains(next.lower)) {
                return nil
            }
            return context.replacement(of: word, with: "every day")
        }
    }
}
