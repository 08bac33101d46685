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
    /// Adds the time of tagging and chunking when the analyser is timed (`check --timings`).
    private let clock: StageClock?

    init(tokens: [Token], tagger: PartOfSpeechTagger?, clock: StageClock? = nil) {
        self.tokens = tokens
        self.tagger = tagger
        self.clock = clock
    }

    /// Each token's tag: that of its first treebank word ("don't" is VBP, "it's" PRP); empty
    /// strings when no tagger was loaded (rules that need tags then find nothing).
    var tags: [String] {
        if let cachedTags { return cachedTags }
        let started = clock.map { _ in StageClock.now() }
        var tags = [String](repeating: "", count: tokens.count)
        var wordCount = 0
        if let tagger {
            // The words come in token order: a token's first word is the one after another token's.
            var previousToken = -1
            let words = tagger.tagged(tokens)
            wordCount = words.count
            for word in words where word.tokenIndex != previousToken {
                previousToken = word.tokenIndex
                if tags.indices.contains(word.tokenIndex) { tags[word.tokenIndex] = word.tag }
            }
        }
        cachedTags = tags
        if let clock, let started {
            clock.timings.tag += StageClock.now() - started
            clock.timings.taggedUtterances += 1
            clock.timings.taggedWords += wordCount
        }
        return tags
    }

    /// The tag `tags` will surely give the token at `index`, known without tagging (the
    /// tagger's dictionary words: `PartOfSpeechTagger.certainTag(of:)`), or the tag itself once
    /// tagged; nil when only tagging can tell, or there is no such token.
    func certainTag(at index: Int) -> String? {
        guard tokens.indices.contains(index) else { return nil }
        if let cachedTags { return cachedTags[index] }
        return tagger?.certainTag(of: tokens[index])
    }

    /// Whether `tags` has been worked out.
    var isTagged: Bool { cachedTags != nil }

    /// For each token that heads a noun phrase, the phrase; nil for every other token.
    var phrases: [NounPhrase?] {
        if let cachedPhrases { return cachedPhrases }
        let tags = self.tags
        let started = clock.map { _ in StageClock.now() }
        let phrases = Self.chunk(tags)
        cachedPhrases = phrases
        if let clock, let started { clock.timings.structure += StageClock.now() - started }
        return phrases
    }

    /// What a tag is to a noun phrase: a noun, a pronoun, a word that may open or continue a
    /// phrase before its head, or none of them. A switch of short strings, not sets: hashing
    /// three tags a token was most of the chunking's time.
    private enum Part { case noun, pronoun, modifier, other }

    private static func part(_ tag: String) -> Part {
        switch tag {
        case "NN", "NNS", "NNP", "NNPS": .noun
        case "PRP", "EX": .pronoun
        case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS": .modifier
        default: .other
        }
    }

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
            switch part(tag) {
            case .pronoun:
                close()
                phrases[index] = NounPhrase(start: index, head: index)
            case .noun:
                if start == nil { start = index }
                lastNoun = index
            case .modifier:
                // After the head, a determiner or number opens the next phrase ("the book the
                // teacher gave") and an adjective follows it ("something good").
                if lastNoun != nil { close() }
                if start == nil { start = index }
            case .other:
                close()
            }
        }
        close()
        return phrases
    }
}
