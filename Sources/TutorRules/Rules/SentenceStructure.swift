// An utterance's parts of speech and noun phrases, worked out once, when a rule first asks.

/// A noun phrase found from the tags: determiners, numbers and adjectives ending in a noun (its
/// head), or a pronoun on its own. Indices are the analyser's token indices.
struct NounPhrase: Equatable {
    /// The first token of the phrase ("the" of "the old books").
    var start: Int
    /// The noun or pronoun it ends with ("books").
    var head: Int
}

/// The Penn tags of an utterance's tokens and the noun phrases they make. Tagging costs more
/// than most rules, so it happens on the first question, and only for utterances a rule that
/// needs it gets as far as asking about; the answer is kept for the next rule.
///
/// A class so that the struct `AnalysisContext` can hand it to every matcher and the work is
/// shared; it lives for one utterance on one task and is never shared across tasks.
final class SentenceStructure {
    private let tagger: PartOfSpeechTagger?
    private let tokens: [Token]
    private var cachedTags: [String]?
    private var cachedPhrases: [NounPhrase?]?

    init(tokens: [Token], tagger: PartOfSpeechTagger?) {
        self.tokens = tokens
        self.tagger = tagger
    }

    /// Each token's tag: that of its first treebank word ("don't" is VBP, "it's" PRP); empty
    /// strings when no tagger was loaded (rules that need tags then find nothing).
    var tags: [String] {
        if let cachedTags { return cachedTags }
        var tags = [String](repeating: "", count: tokens.count)
        if let tagger {
            var seen = Set<Int>()
            for word in tagger.tagged(tokens)
            where tags.indices.contains(word.tokenIndex) && seen.insert(word.tokenIndex).inserted {
                tags[word.tokenIndex] = word.tag
            }
        }
        cachedTags = tags
        return tags
    }

    /// For each token that heads a noun phrase, the phrase; nil for every other token.
    var phrases: [NounPhrase?] {
        if let cachedPhrases { return cachedPhrases }
        let phrases = Self.chunk(tags)
        cachedPhrases = phrases
        return phrases
    }

    private static let nounTags: Set<String> = ["NN", "NNS", "NNP", "NNPS"]
    private static let pronounTags: Set<String> = ["PRP", "EX"]
    /// Tags that may open or continue a noun phrase before its head.
    private static let modifierTags: Set<String> = ["DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS"]
    /// Maximal runs of modifier and noun tags, each ending at its last noun (its head); a
    /// determiner after a noun starts a new run. A pronoun is a phrase of its own.
    static func chunk(_ tags: [String]) -> [NounPhrase?] {
        var phrases = [NounPhrase?](repeating: nil, count: tags.count)
        var start: Int?
        var lastNoun: Int?
        func close() {
            if let start, let lastNoun { phrases[lastNoun] = NounPhrase(start: start, head: lastNoun) }
            start = nil
            lastNoun = nil
        }
        for (index, tag) in tags.enumerated() {
            if pronounTags.contains(tag) {
                close()
                phrases[index] = NounPhrase(start: index, head: index)
            } else if nounTags.contains(tag) {
                if start == nil { start = index }
                lastNoun = index
            } else if modifierTags.contains(tag) {
                // After the head, a determiner or number opens the next phrase ("the book the
                // teacher gave") and an adjective follows it ("something good").
                if lastNoun != nil { close() }
                if start == nil { start = index }
            } else {
                close()
            }
        }
        close()
        return phrases
    }
}
