// "I bought a bag. Bag is red." → "The bag is red": a noun the text has introduced (determiner.known-noun).

import TutorCore

/// A singular noun that comes back bare as the subject of a verb after the text has already
/// introduced it with "a"/"an" or "the", earlier in the utterance or in the messages just
/// before it: "I bought a bag yesterday. Bag is red." → "The bag is red". The listener now
/// knows which one is meant, so it takes "the". Read only where the bare phrase is the
/// subject (`AnalysisContext.subject(ofVerbAt:)`: it starts its clause and a finite verb
/// follows it), its words are tagged JJ or NN and are no name, and no possessive stands
/// before it. An introduction is "a"/"an"/"the" and at most two words before the noun;
/// "a"/"an" after a form of "be" does not count ("I am a nurse" says what someone is, and a
/// bare "nurse" after it may speak of nurses in general).
struct KnownNounArticleMatcher: Matcher {
    let lists: WordLists
    let sound: ArticleSound
    private var rule: MissingArticleMatcher { MissingArticleMatcher(lists: lists, sound: sound) }
    /// The articles that introduce a noun.
    private static let introducers: WordSet = ["a", "an", "the"]
    /// The most words read between an article and its noun ("a new red bag").
    private static let maximumWordsBetween = 2
    /// Tags of the finite verbs whose subject the phrase may be.
    private static let finiteTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]

    /// Words before a phrase that determine it already ("whose hobby", "which bus").
    private static let determinedAfter: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some",
        "any", "no", "every", "each", "whose", "which", "what", "another", "one",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        let earlier = context.earlierMessages.reduce(into: [String: Set<String>]()) { known, message in
            known.merge(Self.introducedNouns(in: Tokenizer.tokenize(message), lexicon: context.lexicon)) {
                $0.union($1)
            }
        }
        let introduced = Self.wordsAfterIntroducers(in: context.tokens)
        // The words first, the tags last: a counted singular noun after an article before it.
        let candidates = context.tokens.filter { noun in
            guard noun.isWord, !Self.determinedAfter.contains(noun),
                earlier[noun.lower] != nil || hasArticleBefore(noun, introduced: introduced)
            else { return false }
            // A sentence's first word is read in lower case ("Bag is red").
            let word = Token(
                text: noun.lower, lower: noun.lower, kind: noun.kind, span: noun.span, index: noun.index,
                startsSentence: noun.startsSentence)
            return rule.isCountedSingular(word, in: context)
        }
        return candidates.compactMap { noun in
            guard let phrase = bareSubject(headedBy: noun, in: context),
                earlier[noun.lower].map({ modifiers(of: phrase, in: context).isSubset(of: $0) }) == true
                    || isIntroduced(noun, before: phrase, in: context),
                let first = context.token(at: phrase.start)
            else { return nil }
            guard first.isCapitalized else { return context.insertion("the", before: first) }
            return Match(span: first.span, suggestions: ["The " + first.lower])
        }
    }

    /// The phrase `noun` heads when it is bare (adjectives and nouns only, lower-case but for
    /// a sentence's first word, no possessive before it) and is the subject of the finite verb
    /// after it.
    private func bareSubject(headedBy noun: Token, in context: AnalysisContext) -> NounPhrase? {
        guard context.tag(at: noun.index) == "NN", let phrase = context.nounPhrase(headedBy: noun.index),
            context.tag(at: phrase.start - 1) != "POS",
            !Self.determinedAfter.contains(context.token(at: phrase.start - 1)?.lower ?? ""),
            !Self.joinsBefore.contains(context.token(at: phrase.start - 1)?.text ?? "")
        else { return nil }
        for index in phrase.start...phrase.head {
            guard let word = context.token(at: index), word.isWord, ["JJ", "NN"].contains(context.tag(at: index)),
                !word.isCapitalized || (index == phrase.start && word.startsSentence && !word.isAllCaps)
            else { return nil }
        }
        var verbIndex = noun.index + 1
        while context.tag(at: verbIndex) == "RB", verbIndex - noun.index <= 2 { verbIndex += 1 }
        guard Self.finiteTags.contains(context.tag(at: verbIndex)),
            context.subject(ofVerbAt: verbIndex) == phrase || opensJoinedClause(phrase, in: context),
            !saysWhatKindsAreLike(verbAt: verbIndex, in: context)
        else { return nil }
        return phrase
    }

    /// Marks that tie the phrase to the words before it: the second half of a compound
    /// ("a second-class actor") or a word after a quoted one ("this "friendly" match").
    private static let joinsBefore: Set<String> = ["-", "\"", "\u{201D}"]

    /// "I had a dog and dog was smart": the phrase comes right after an "and" that joins two
    /// clauses, as a finite verb stands before the "and" in its own clause ("a cat and dog are"
    /// is a list, with no verb before "and").
    private func opensJoinedClause(_ phrase: NounPhrase, in context: AnalysisContext) -> Bool {
        guard let and = context.token(at: phrase.start - 1), and.lower == "and" else { return false }
        var index = and.index - 1
        while let word = context.token(at: index) {
            if Self.finiteTags.contains(context.tag(at: index)) { return true }
            if word.startsSentence || [",", ";", ":", "and", "or", "but"].contains(word) { return false }
            index -= 1
        }
        return false
    }

    /// Adjectives that speak of a kind of thing in general ("Car is important in the country").
    private static let genericAdjectives: WordSet = [
        "important", "necessary", "essential", "useful", "popular", "common", "dangerous", "healthy", "helpful",
        "good", "bad", "expensive", "cheap",
    ]

    /// A sentence about a kind of thing, not the one introduced: "be" + "a"/"an" ("Dog is a
    /// loyal animal": "A dog" or "Dogs" was meant, and "Teacher is a hard job" is not about the
    /// teacher met), or "be" + an adjective of `genericAdjectives` ("Car is important here").
    private func saysWhatKindsAreLike(verbAt index: Int, in context: AnalysisContext) -> Bool {
        guard let verb = context.token(at: index), FunctionWords.beForms.contains(verb),
            let next = context.token(at: index + 1)
        else { return false }
        return ["a", "an"].contains(next) || Self.genericAdjectives.contains(next)
    }

    /// Whether an article in the utterance comes before an earlier use of the noun's word (at
    /// most `maximumWordsBetween` words after it, and not right before the noun), by the words
    /// alone (the tags then decide); `introduced` is `wordsAfterIntroducers` of the tokens.
    private func hasArticleBefore(_ noun: Token, introduced: [Token]) -> Bool {
        introduced.contains { $0.index < noun.index - 1 && $0.lowerHash == noun.lowerHash && $0.lower == noun.lower }
    }

    /// The tokens that stand at most `maximumWordsBetween` + 1 tokens after an article
    /// (`introducers`), in order: found once per utterance, where asking of each token anew
    /// read every token before it.
    private static func wordsAfterIntroducers(in tokens: [Token]) -> [Token] {
        var found: [Token] = []
        // Far enough before the first token that it counts as no article.
        var lastArticle = -(maximumWordsBetween + 2)
        for index in tokens.indices {
            if index - lastArticle <= maximumWordsBetween + 1 { found.append(tokens[index]) }
            if introducers.contains(tokens[index]) { lastArticle = index }
        }
        return found
    }

    /// The words before the head of a bare phrase ("small" of "Small dog"), in lower case. A
    /// phrase that describes its noun speaks of the one introduced only when the introduction
    /// said so too: after "a medium dog", "Small dog is too weak" is another dog, or small
    /// dogs in general, and "The small dog" would point at one never mentioned.
    private func modifiers(of phrase: NounPhrase, in context: AnalysisContext) -> Set<String> {
        Set((phrase.start..<phrase.head).compactMap { context.token(at: $0)?.lower })
    }

    /// Whether an article before `phrase` in the utterance introduces the noun's word: the word
    /// stands in a noun phrase (by the tags) that starts with the article, not after a form of
    /// "be" for "a"/"an" ("a new bag yesterday": the chunk's head may be a later noun), with
    /// every word that describes the bare phrase's noun (`modifiers(of:in:)`).
    private func isIntroduced(_ noun: Token, before phrase: NounPhrase, in context: AnalysisContext) -> Bool {
        let described = modifiers(of: phrase, in: context)
        return context.tokens[..<phrase.start].contains { word in
            guard word.lower == noun.lower,
                let introduced = (word.index...word.index + Self.maximumWordsBetween).lazy.compactMap({
                    context.nounPhrase(headedBy: $0)
                }).first,
                introduced.start < word.index, let article = context.token(at: introduced.start),
                Self.introducers.contains(article)
            else { return false }
            let before = context.token(at: article.index - 1)?.lower ?? ""
            let introducedWith = Set(context.tokens[(article.index + 1)..<word.index].map(\.lower))
            return (article.lower == "the" || !FunctionWords.beForms.contains(before))
                && described.isSubset(of: introducedWith)
        }
    }

    /// The nouns introduced in an earlier message, by the words alone (it is not tagged): after
    /// "a", "an" or "the", at most two adjectives, then the last of the nouns that follow
    /// ("a new bus stop" → "stop"), each with the words before it in its phrase ("new", "bus");
    /// "a"/"an" right after a form of "be" introduces none.
    static func introducedNouns(in tokens: [Token], lexicon: Lexicon) -> [String: Set<String>] {
        var introduced: [String: Set<String>] = [:]
        for (position, article) in tokens.enumerated() where article.isWord && introducers.contains(article) {
            if article.lower != "the", position > 0, FunctionWords.beForms.contains(tokens[position - 1].lower) {
                continue
            }
            var index = position + 1
            while index < tokens.count, index - position <= maximumWordsBetween, tokens[index].isWord,
                lexicon.isAdjective(tokens[index].lower), !lexicon.isMainlyNoun(tokens[index].lower)
            {
                index += 1
            }
            var head: String?
            while index < tokens.count, tokens[index].isWord, lexicon.isMainlyNoun(tokens[index].lower) {
                head = tokens[index].lower
                index += 1
            }
            if let head {
                let described = tokens[(position + 1)..<(index - 1)].map(\.lower)
                introduced[head, default: []].formUnion(described)
            }
        }
        return introduced
    }
}
