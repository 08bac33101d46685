// "Sometimes is difficult" → "Sometimes it is difficult" (pronoun.dropped-subject).

import TutorCore

/// A sentence that opens with an adverb and goes straight on with "is" or "was" and an
/// adjective has lost its subject, which Korean leaves out and English needs: "Sometimes is
/// difficult" → "Sometimes it is difficult", "Usually was very crowded" → "Usually it was".
/// Only adverbs that cannot be a subject themselves ("Today is hot" and "Now is a good time"
/// are right), and only before an adjective, with at most an intensifier between ("Maybe is the
/// best way" may want "this" or "that"). An opening phrase of time or place works as the adverb
/// does ("In winter is very cold" → "In winter it is"), but only before an adjective with no
/// "a" ("In the box is a small key" is right); and "Is raining" opens without its "it".
struct DroppedSubjectMatcher: Matcher {
    private static let adverbs: WordSet = [
        "sometimes", "usually", "often", "always", "maybe", "also", "actually", "really", "still", "generally",
        "normally", "honestly", "especially", "perhaps", "probably",
    ]
    private static let intensifiers: WordSet = ["very", "so", "really", "quite", "too", "a", "little", "bit", "not"]

    /// Prepositions that open a phrase of time or place, which cannot be a subject.
    private static let openingPrepositions: WordSet = ["in", "on", "at", "during"]
    /// The weather and change verbs "Is ..." opens a sentence with when "it" is lost: "Is raining".
    private static let weatherGerunds: WordSet = ["raining", "snowing", "pouring"]

    var triggerWords: Set<String>? { Set(Self.adverbs).union(["is", "was", "but"]) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { adverb -> Match? in
            if adverb.lower == "is" || adverb.lower == "was" {
                return openingIs(adverb, in: context) ?? afterOpeningPhrase(adverb, in: context)
            }
            if adverb.lower == "but" { return isAfterBut(adverb, in: context) }
            guard adverb.startsSentence, Self.adverbs.contains(adverb),
                let verb = context.token(at: adverb.index + 1), verb.lower == "is" || verb.lower == "was"
            else { return nil }
            var index = verb.index + 1
            while let token = context.token(at: index), Self.intensifiers.contains(token) { index += 1 }
            guard let adjective = context.token(at: index), adjective.isWord, !adjective.isCapitalized,
                context.lexicon.isAdjective(adjective),
                // "Usually is the bus late?": a question puts the verb first on purpose.
                !context.sentence(containing: adverb.index).contains(where: { $0.text == "?" })
            else { return nil }
            return context.insertion("it", before: verb)
        }
    }

    /// "In winter is very cold" → "In winter it is very cold": "is" or "was" after an opening
    /// phrase of time or place, a preposition and a noun with no determiner, adjectives allowed
    /// ("at home", "in Korea", "in early spring"), and before an intensifier (not "a") and an
    /// adjective that is not mainly a noun, nor "worth". After "In the street is" or "In my town
    /// is" the noun phrase may be the subject meant ("The street is"), so it is left alone.
    private func afterOpeningPhrase(_ verb: Token, in context: AnalysisContext) -> Match? {
        var start = verb.index - 1
        while start >= verb.index - 3, let token = context.token(at: start), token.isWord,
            !Self.openingPrepositions.contains(token)
        {
            start -= 1
        }
        guard start < verb.index - 1, let preposition = context.token(at: start), preposition.startsSentence,
            Self.openingPrepositions.contains(preposition)
        else { return nil }
        // The phrase: adjectives, then one noun right before "is" ("In early spring"); a second
        // noun is the subject ("In my opinion shopping is", "At home everything is").
        for index in (start + 1)..<verb.index {
            let tag = context.tag(at: index)
            guard let word = context.token(at: index) else { return nil }
            if index == verb.index - 1 {
                guard tag == "NN" || tag == "NNS" || (tag == "NNP" && word.isCapitalized) else { return nil }
            } else if tag != "JJ" || word.isCapitalized {
                return nil
            }
        }
        guard let adjective = plainAdjective(after: verb, in: context),
            context.tag(at: adjective.index).hasPrefix("JJ"), adjective.lower != "worth",
            !context.sentence(containing: verb.index).contains(where: { $0.text == "?" })
        else { return nil }
        return context.insertion("it", before: verb)
    }

    /// "Is very beautiful mountain." → "It is very beautiful mountain.": a statement (no "?")
    /// that opens with "Is" and an adjective has lost "it". Only "Is": "Was great!" is a
    /// chat reply English drops its subject from on purpose.
    private func openingIs(_ verb: Token, in context: AnalysisContext) -> Match? {
        guard verb.startsSentence, verb.text == "Is" else { return nil }
        // "Is raining a lot." → "It is raining": the weather needs "it" too.
        if let next = context.token(at: verb.index + 1), Self.weatherGerunds.contains(next),
            !context.sentence(containing: verb.index).contains(where: { $0.text == "?" })
        {
            return context.replacement(of: verb, with: "It is")
        }
        guard let adjective = plainAdjective(after: verb, in: context), adjective.index > verb.index + 1,
            !context.sentence(containing: verb.index).contains(where: { $0.text == "?" })
        else { return nil }
        return context.replacement(of: verb, with: "It is")
    }

    /// The adjective after "is" or "was" and any intensifiers (not "a": "is a small key"), in
    /// lower case and not mainly a noun ("is very cold"; not "is Korea");
    /// nil when another word stands there.
    private func plainAdjective(after verb: Token, in context: AnalysisContext) -> Token? {
        var index = verb.index + 1
        while let token = context.token(at: index), Self.intensifiers.contains(token), token.lower != "a" {
            index += 1
        }
        guard let adjective = context.token(at: index), adjective.isWord, !adjective.isCapitalized,
            context.lexicon.isAdjective(adjective), !context.lexicon.isMainlyNoun(adjective)
        else { return nil }
        return adjective
    }

    /// "I like the jacket but is too small" → "but it is": after "but", "is" or "was" and an
    /// adjective cannot share the subject of the clause before when that subject is I, you, we
    /// or they ("The jacket is nice but is too small" shares "the jacket" and is right).
    private func isAfterBut(_ but: Token, in context: AnalysisContext) -> Match? {
        guard let verb = context.token(at: but.index + 1), verb.lower == "is" || verb.lower == "was" else {
            return nil
        }
        let sentence = context.sentence(containing: but.index)
        guard plainAdjective(after: verb, in: context) != nil, !sentence.contains(where: { $0.text == "?" }),
            // The clause before: its first word is the subject, and no other clause comes between.
            let start = sentence.last(where: { $0.index < but.index && context.startsClause($0.index) }),
            ["i", "you", "we", "they"].contains(start.lower),
            !sentence.contains(where: { $0.index > start.index && $0.index < but.index && $0.endsClause })
        else { return nil }
        return context.insertion("it", before: verb)
    }
}
