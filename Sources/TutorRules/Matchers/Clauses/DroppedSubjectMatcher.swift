// "Sometimes is difficult" → "Sometimes it is difficult" (pronoun.dropped-subject).

import TutorCore

/// A sentence that opens with an adverb and goes straight on with "is" or "was" and an
/// adjective has lost its subject, which Korean leaves out and English needs: "Sometimes is
/// difficult" → "Sometimes it is difficult", "Usually was very crowded" → "Usually it was".
/// Only adverbs that cannot be a subject themselves ("Today is hot" and "Now is a good time"
/// are right), and only before an adjective, with at most an intensifier between ("Maybe is the
/// best way" may want "this" or "that").
struct DroppedSubjectMatcher: Matcher {
    private static let adverbs: WordSet = [
        "sometimes", "usually", "often", "always", "maybe", "also", "actually", "really", "still", "generally",
        "normally", "honestly", "especially", "perhaps", "probably",
    ]
    private static let intensifiers: WordSet = ["very", "so", "really", "quite", "too", "a", "little", "bit", "not"]

    var triggerWords: Set<String>? { Set(Self.adverbs).union(["is", "but"]) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { adverb -> Match? in
            if adverb.lower == "is" { return openingIs(adverb, in: context) }
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

    /// "Is very beautiful mountain." → "It is very beautiful mountain.": a statement (no "?")
    /// that opens with "Is" and an adjective has lost "it". Only "Is": "Was great!" is a
    /// chat reply English drops its subject from on purpose.
    private func openingIs(_ verb: Token, in context: AnalysisContext) -> Match? {
        guard verb.startsSentence, verb.text == "Is" else { return nil }
        var index = verb.index + 1
        while let token = context.token(at: index), Self.intensifiers.contains(token), token.lower != "a" {
            index += 1
        }
        guard index > verb.index + 1, let adjective = context.token(at: index), adjective.isWord,
            !adjective.isCapitalized, context.lexicon.isAdjective(adjective),
            !context.lexicon.isMainlyNoun(adjective),
            !context.sentence(containing: verb.index).contains(where: { $0.text == "?" })
        else { return nil }
        return context.replacement(of: verb, with: "It is")
    }

    /// "I like the jacket but is too small" → "but it is": after "but", "is" or "was" and an
    /// adjective cannot share the subject of the clause before when that subject is I, you, we
    /// or they ("The jacket is nice but is too small" shares "the jacket" and is right).
    private func isAfterBut(_ but: Token, in context: AnalysisContext) -> Match? {
        guard let verb = context.token(at: but.index + 1), verb.lower == "is" || verb.lower == "was" else {
            return nil
        }
        var index = verb.index + 1
        while let token = context.token(at: index), Self.intensifiers.contains(token), token.lower != "a" {
            index += 1
        }
        let sentence = context.sentence(containing: but.index)
        guard let adjective = context.token(at: index), adjective.isWord, !adjective.isCapitalized,
            context.lexicon.isAdjective(adjective), !context.lexicon.isMainlyNoun(adjective),
            !sentence.contains(where: { $0.text == "?" }),
            // The clause before: its first word is the subject, and no other clause comes between.
            let start = sentence.last(where: { $0.index < but.index && context.startsClause($0.index) }),
            ["i", "you", "we", "they"].contains(start.lower),
            !sentence.contains(where: { $0.index > start.index && $0.index < but.index && $0.endsClause })
        else { return nil }
        return context.insertion("it", before: verb)
    }
}
