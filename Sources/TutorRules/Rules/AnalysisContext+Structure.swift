// What matchers ask of an utterance's grammar: a token's tag, its noun phrase, a verb's subject.

extension AnalysisContext {
    /// The token's Penn tag ("NN", "VBZ", ...), empty when there is none.
    func tag(at index: Int) -> String {
        let tags = structure.tags
        return tags.indices.contains(index) ? tags[index] : ""
    }

    /// The tag the token at `index` will surely have, known without tagging the utterance
    /// (a word of the tagger's dictionary: "the", "and", "is", ","), or its tag when the
    /// utterance is tagged already; nil when only tagging can tell. A rule's word conditions
    /// may use it to skip an utterance before asking for `tag(at:)`.
    func certainTag(at index: Int) -> String? { structure.certainTag(at: index) }

    /// Whether the utterance is tagged already (a rule asked for a tag): then a rule's cheap
    /// bound on what the tags could allow costs more than the tags themselves.
    var isTagged: Bool { structure.isTagged }

    /// The noun phrase the token at `index` heads, if it heads one.
    func nounPhrase(headedBy index: Int) -> NounPhrase? {
        let phrases = structure.phrases
        return phrases.indices.contains(index) ? phrases[index] : nil
    }

    /// The head of a noun phrase with no article that starts at `start` ("tents", "cheap
    /// hotels"): the last of the nouns among its first `wordCount` words, adjectives before
    /// them; nil when another word comes before a noun. Words of `determiners` are passed
    /// over before the head ("some advice"), and a word `endsPhrase` accepts ends the phrase
    /// after one ("asked her some advice yesterday").
    func bareNounPhraseHead(
        from start: Token, wordCount: Int, determiners: WordSet = [], endsPhrase: (Token) -> Bool = { _ in false }
    ) -> Token? {
        var head: Token?
        var index = start.index
        while index < start.index + wordCount, let token = token(at: index), token.isWord {
            if head == nil, determiners.contains(token) {
                index += 1
                continue
            }
            if head != nil, endsPhrase(token) { break }
            let tag = tag(at: index)
            if tag.hasPrefix("NN") {
                head = token
            } else if head != nil || !tag.hasPrefix("JJ") {
                break
            }
            index += 1
        }
        return head
    }

    /// Prepositions whose phrase describes the noun before it ("the students in my class").
    static let postmodifyingPrepositions: WordSet = [
        "of", "in", "at", "on", "from", "with", "near", "about", "around", "without",
    ]

    /// The subject of the finite verb at `verbIndex`: the noun phrase right before it (adverbs
    /// between them skipped: "my mother often helps"), followed back through "of", "in", "with"
    /// and the like to the noun they describe ("the price of the tickets" → "price"), when that phrase starts a clause
    /// and is not the second half of "X and Y". Nil when the verb's subject is not that simple
    /// (a relative clause, a gerund, a prepositional phrase before the verb). With
    /// `joinedClauses`, a phrase after "and" that opens with a determiner ("my", "the") is a
    /// subject too when a finite verb comes between it and its sentence's start or the last
    /// comma: "it took six hours and my legs were", but not "my brother and my sister are".
    func subject(ofVerbAt verbIndex: Int, joinedClauses: Bool = false) -> NounPhrase? {
        var index = verbIndex - 1
        var skipped = 0
        while skipped < 2, tag(at: index) == "RB", token(at: index)?.lower != "not" {
            index -= 1
            skipped += 1
        }
        guard var phrase = nounPhrase(headedBy: index) else { return nil }
        while let preposition = token(at: phrase.start - 1), Self.postmodifyingPrepositions.contains(preposition),
            let owner = nounPhrase(headedBy: preposition.index - 1)
        {
            phrase = owner
        }
        guard startsClause(phrase.start) else { return nil }
        let before = token(at: phrase.start - 1)?.lower ?? ""
        if ["and", "or", "nor", "&", "of"].contains(before) {
            // "the concepts and ideas is": a bare noun after "and" may end a list.
            guard joinedClauses, before == "and", let first = token(at: phrase.start),
                FunctionWords.determiners.contains(first), hasFiniteVerb(before: phrase.start - 1)
            else { return nil }
        }
        return phrase
    }

    /// Whether a finite verb (VBD, VBZ, VBP, MD) stands before `index` in its clause: back to
    /// the sentence's start or the last comma, semicolon or clause-starting conjunction.
    private func hasFiniteVerb(before index: Int) -> Bool {
        var index = index - 1
        while let current = token(at: index) {
            if ["VBD", "VBZ", "VBP", "MD"].contains(tag(at: index)) { return true }
            if current.startsSentence || [",", ";", ":", "and", "or", "but"].contains(current) { return false }
            index -= 1
        }
        return false
    }

    /// The plural noun among the three words from `start` and the verb right after it (or after
    /// one frequency adverb: "one of my friends always say", "most of my friends often goes"),
    /// with the form `agreeing` gives the verb; by the words alone, before any tag is asked.
    /// Nil at a capitalised word or a mark before the noun, or when the verb has no such form.
    func pluralNounAndVerb(from start: Int, agreeing: (Token) -> String?) -> (Token, Token, String)? {
        for nounIndex in start...(start + 2) {
            guard let noun = token(at: nounIndex), noun.isWord, !noun.isCapitalized else { return nil }
            guard PluralNoun.isPlural(noun.lower, lexicon: lexicon) else { continue }
            var verbIndex = nounIndex + 1
            if let adverb = token(at: verbIndex), FunctionWords.frequencyAdverbs.contains(adverb) {
                verbIndex += 1
            }
            guard let verb = token(at: verbIndex), verb.isWord, !verb.isCapitalized, let form = agreeing(verb)
            else { return nil }
            return (noun, verb, form)
        }
        return nil
    }
}
