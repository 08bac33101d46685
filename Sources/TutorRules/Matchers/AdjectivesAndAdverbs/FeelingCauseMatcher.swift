// "The movie was bored" → "boring" (adjective.feeling-ing).

import TutorCore

/// "The movie was bored" → "boring", "the lecture is so confused" → "confusing": a thing that
/// causes a feeling takes the -ing adjective. The subject must be a determiner and a noun from
/// `feeling-causes` (films, trips, lessons, the weather: never people or animals, which may feel
/// bored; not "relaxed", which a weekend may be), right before "is"/"was"/"are"/"were", or an "it" that
/// opens a joined clause after such a noun ("I watched a movie and it was bored"; not "tired"), or an "it"
/// that stands for a clause after the adjective ("It was embarrassed when I fell"); the adjective must
/// otherwise end its clause (not "the
/// show was interested in", which no thing says, and not a passive: "the game was cancelled").
struct FeelingCauseMatcher: Matcher {
    let lists: WordLists

    private static let feelings: [String: String] = [
        "interested": "interesting", "bored": "boring", "excited": "exciting", "tired": "tiring",
        "confused": "confusing", "disappointed": "disappointing", "embarrassed": "embarrassing",
        "surprised": "surprising", "satisfied": "satisfying", "frightened": "frightening",
        "annoyed": "annoying", "shocked": "shocking", "depressed": "depressing", "exhausted": "exhausting",
        "amused": "amusing", "terrified": "terrifying", "amazed": "amazing",
        "frustrated": "frustrating",
    ]
    private static let intensifiers: WordSet = ["very", "so", "really", "quite", "too", "extremely", "pretty", "not"]
    private static let beForms: WordSet = ["is", "was", "are", "were", "'s"]
    private static let determiners: WordSet = [
        "the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "a", "an",
    ]

    var triggerWords: Set<String>? { Set(Self.feelings.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        let causes = lists["feeling-causes"]
        return context.tokens.compactMap { word -> Match? in
            guard let adjective = Self.feelings[word], word.text == word.lower else { return nil }
            var index = word.index - 1
            while let token = context.token(at: index), Self.intensifiers.contains(token) { index -= 1 }
            guard let verb = context.token(at: index), Self.beForms.contains(verb),
                let noun = context.token(at: index - 1), noun.isWord, !noun.isCapitalized || noun.startsSentence
            else { return nil }
            if noun.lower == "it", opensExtraposedClause(after: word, in: context) {
                return context.replacement(of: word, with: adjective)
            }
            if noun.lower == "it" {
                guard word.lower != "tired", isCause(referredToBy: noun, causes: causes, in: context) else {
                    return nil
                }
            } else {
                guard causes.contains(context.lexicon.noun(plural: noun)?.singular ?? noun.lower),
                    let determiner = context.token(at: index - 2), Self.determiners.contains(determiner)
                else { return nil }
            }
            // The clause ends with the adjective: "The movie was bored." / "..., and".
            if let next = context.token(at: word.index + 1), next.isWord,
                !["and", "but", "because", "so"].contains(next)
            {
                return nil
            }
            return context.replacement(of: word, with: adjective)
        }
    }

    /// Feelings no animal or thing an "it" may name is likely to have.
    private static let extraposedFeelings: WordSet = [
        "embarrassed", "disappointed", "frustrated", "shocked", "confused",
    ]

    /// "It was embarrassed when I fell", "it was so disappointed to lose": an "it" that stands
    /// for the clause after the adjective ("when", "that", "to" and a verb, "for me"), which is
    /// what causes the feeling; only for feelings an animal the "it" might name seldom has.
    private func opensExtraposedClause(after word: Token, in context: AnalysisContext) -> Bool {
        guard Self.extraposedFeelings.contains(word), let next = context.token(at: word.index + 1) else {
            return false
        }
        switch next.lower {
        case "when", "that": return true
        case "to": return context.tag(at: next.index + 1) == "VB"
        case "for": return ["me", "us", "him", "her", "them"].contains(context.token(at: next.index + 1)?.lower ?? "")
        default: return false
        }
    }

    /// Words that join a clause whose "it" may refer back to a noun before them.
    private static let clauseJoiners: WordSet = ["and", "but", "so", ","]

    /// "I watched a movie and it was bored": an "it" that opens a joined clause refers to the
    /// nearest noun before it in the sentence, and that noun is a thing from `feeling-causes`
    /// ("I walked my dog and it was bored" is left alone: the dog may feel bored); a time word
    /// is passed over ("a movie last night and it").
    private func isCause(referredToBy pronoun: Token, causes: WordSet, in context: AnalysisContext) -> Bool {
        guard let joiner = context.token(at: pronoun.index - 1), Self.clauseJoiners.contains(joiner.lower) else {
            return false
        }
        var index = joiner.index - 1
        while let token = context.token(at: index), !token.endsSentence {
            // "a movie last night and it": a time word is no antecedent.
            if lists["time-units"].contains(token) {
                index -= 1
                continue
            }
            if ["NN", "NNS", "NNP", "PRP"].contains(context.tag(at: index)) {
                let singular = context.lexicon.noun(plural: token)?.singular ?? token.lower
                return context.tag(at: index) == "NN" && !token.isCapitalized && causes.contains(singular)
            }
            index -= 1
        }
        return false
    }
}
