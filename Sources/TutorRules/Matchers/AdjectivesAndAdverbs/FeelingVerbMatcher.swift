// "I am interest in music" → "interested", "we were so surprise" → "surprised" (adjective.feeling-verb).

import TutorCore

/// "I was really surprise" → "surprised", "I would be please to" → "pleased": a feeling verb's
/// bare form where a person's feeling takes its -ed adjective. The subject is a person (a
/// pronoun, "people" or a noun of `person-nouns`) before a form of "be", "feel" or "get",
/// perhaps with a modal ("I would be please") and intensifiers ("very", "so") between; a
/// thing's feeling ("it was disappoint") is left alone, as it may take -ing.
struct FeelingVerbMatcher: Matcher {
    let personNouns: WordSet

    init(lists: WordLists) {
        personNouns = lists["person-nouns"]
    }

    private static let feelings: [String: String] = [
        "surprise": "surprised", "please": "pleased", "disappoint": "disappointed", "interest": "interested",
        "excite": "excited", "bore": "bored", "satisfy": "satisfied", "embarrass": "embarrassed",
        "shock": "shocked", "confuse": "confused", "frighten": "frightened", "scare": "scared",
        "amaze": "amazed", "depress": "depressed", "exhaust": "exhausted", "annoy": "annoyed",
        "frustrate": "frustrated", "relax": "relaxed", "terrify": "terrified", "impress": "impressed",
        "disgust": "disgusted", "astonish": "astonished", "worry": "worried", "thrill": "thrilled",
        "delight": "delighted", "fascinate": "fascinated", "irritate": "irritated",
    ]
    private static let intensifiers: WordSet = [
        "very", "so", "really", "quite", "too", "a", "bit", "little", "extremely", "pretty", "not", "n't", "also",
        "all", "still", "totally", "completely", "absolutely", "truly", "deeply", "rather", "more", "most", "never",
    ]
    private static let linkingVerbs: WordSet = [
        "am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re", "'s", "feel", "feels", "felt",
        "feeling", "get", "gets", "got", "getting", "become", "becomes", "became",
    ]

    var triggerWords: Set<String>? { Set(Self.feelings.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for word in context.tokens {
            guard let adjective = Self.feelings[word], word.text == word.lower else { continue }
            var index = word.index - 1
            while let token = context.token(at: index), Self.intensifiers.contains(token) { index -= 1 }
            // "a little" and "a bit" only as a whole: "a surprise" is a noun.
            guard let verb = context.token(at: index), context.token(at: word.index - 1)?.lower != "a",
                BeBaseVerbMatcher.contractedBe[verb] != nil
                    || Self.linkingVerbs.contains(verb)
                        && context.hasPersonSubject(before: verb.index, personNouns: personNouns)
            else { continue }
            // No noun after it: "I was surprise to hear", "I am interest in", but not "get worry beads".
            if let next = context.token(at: word.index + 1), next.isWord, context.tag(at: next.index).hasPrefix("NN") {
                continue
            }
            matches.append(context.replacement(of: word, with: adjective))
        }
        return matches
    }
}
