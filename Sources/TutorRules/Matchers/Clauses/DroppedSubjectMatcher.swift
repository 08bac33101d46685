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

    var triggerWords: Set<String>? { Set(Self.adverbs) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { adverb -> Match? in
            guard adverb.startsSentence, Self.adverbs.contains(adverb.lower),
                let verb = context.token(at: adverb.index + 1), verb.lower == "is" || verb.lower == "was"
            else { return nil }
            var index = verb.index + 1
            while let token = context.token(at: index), Self.intensifiers.contains(token.lower) { index += 1 }
            guard let adjective = context.token(at: index), adjective.isWord, !adjective.isCapitalized,
                context.lexicon.isAdjective(adjective.lower),
                // "Usually is the bus late?": a question puts the verb first on purpose.
                !context.sentence(containing: adverb.index).contains(where: { $0.text == "?" })
            else { return nil }
            return context.insertion("it", before: verb)
        }
    }
}
