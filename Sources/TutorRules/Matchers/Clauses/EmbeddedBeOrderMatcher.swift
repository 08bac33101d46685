// "Can you tell me where is the station?" → "where the station is" (word-order.embedded-be).

import TutorCore

/// A question inside a sentence keeps the order of a statement, so "be" follows its subject:
/// "Do you know where is the station?" → "where the station is", "I asked why was it closed"
/// → "why it was closed". The question word (where, when, why, how, what, or "what time")
/// must follow a word that takes a question (`EmbeddedQuestionMatcher.takesQuestion`:
/// "know", "wonder", "tell me"), and "be" must follow it at once. The subject is a pronoun,
/// or a noun phrase with a determiner or a name that ends the clause, after at most one
/// phrase with a preposition ("how is the weather in July" → "how the weather is in July")
/// and one stranded preposition ("what is the weather like", not after "how", where "what"
/// was meant): a longer or unclear subject is left alone. Not "who", which may be the
/// subject itself ("I know who is the winner"), nor "it" before a noun phrase it stands for.
struct EmbeddedBeOrderMatcher: Matcher {
    private static let beForms: WordSet = ["am", "is", "are", "was", "were"]
    var triggerWords: Set<String>? { Set(Self.beForms) }

    private static let questionWords: WordSet = ["where", "when", "why", "how", "what"]
    /// Pronouns that can only be the subject here ("where it is"); "this" and "that" only
    /// when no noun follows, where they are determiners.
    private static let subjectPronouns: WordSet = ["i", "you", "he", "she", "it", "we", "they", "this", "that"]
    /// Determiners that open the subject noun phrase.
    private static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ]
    /// Words that may end the clause after the subject, as punctuation does.
    /// Not "and" or "or", which may join a second subject ("where the bank and the post office are").
    private static let clauseEnds: WordSet = ["but", "so", "because", "then"]
    private static let nounTags: Set<String> = ["NN", "NNS", "NNP", "NNPS"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for be in context.tokens where Self.beForms.contains(be) {
            guard let word = context.token(at: be.index - 1), word.isWord,
                let question = questionWord(ending: word, in: context),
                EmbeddedQuestionMatcher.takesQuestion(before: question, in: context),
                let first = context.token(at: be.index + 1), first.isWord,
                let subjectEnd = subjectEnd(from: first, in: context), let last = context.token(at: subjectEnd),
                !(question.lower == "how" && context.token(at: subjectEnd + 1)?.lower == "like")
            else { continue }
            let subject = context.text(from: first, to: last)
            matches.append(Match(span: context.span(from: be, to: last), suggestions: ["\(subject) \(be.text)"]))
        }
        return matches
    }

    /// The question word the word before "be" ends: itself, or "what" of "what time".
    private func questionWord(ending word: Token, in context: AnalysisContext) -> Token? {
        if Self.questionWords.contains(word) { return word }
        guard word.lower == "time", let what = context.token(at: word.index - 1), what.lower == "what" else {
            return nil
        }
        return what
    }

    /// The index of the subject's last word (a phrase with a preposition after it included)
    /// when the subject, starting at `first`, is one this rule reads with certainty; nil
    /// otherwise.
    private func subjectEnd(from first: Token, in context: AnalysisContext) -> Int? {
        let phraseEnd = nounPhraseEnd(from: first.index, in: context)
        // "why was it closed", "where it is", "how is this possible": a pronoun is the subject
        // whatever follows, but "this" and "that" before a noun are its determiners.
        if Self.subjectPronouns.contains(first), phraseEnd == nil || (first.lower != "this" && first.lower != "that") {
            // Not "how is it the relationship": "it" stands for the phrase after it.
            let next = context.token(at: first.index + 1)
            return next.map { Self.determiners.contains($0) } == true ? nil : first.index
        }
        guard let phraseEnd else { return nil }
        // "the weather in July", "the price of the tickets": one phrase with a preposition,
        // which "be" follows only when it is "of" ("how the weather is in July", but "what
        // the price of the tickets is").
        var clauseEnd = phraseEnd
        if let preposition = context.token(at: phraseEnd + 1), preposition.isWord,
            context.tag(at: preposition.index) == "IN",
            let objectEnd = nounPhraseEnd(from: phraseEnd + 2, in: context, determinerOptional: true)
        {
            clauseEnd = objectEnd
        }
        guard endsClause(after: clauseEnd, in: context) else { return nil }
        return context.token(at: phraseEnd + 1)?.lower == "of" ? clauseEnd : phraseEnd
    }

    /// The last word of a noun phrase starting at `index`: a determiner, adjectives and nouns
    /// ("the nearest bus stop"), or a name ("Seoul Station").
    private func nounPhraseEnd(from index: Int, in context: AnalysisContext, determinerOptional: Bool = false)
        -> Int?
    {
        guard let first = context.token(at: index), first.isWord else { return nil }
        var current = index
        if Self.determiners.contains(first) {
            current += 1
        } else if !(first.isCapitalized || determinerOptional) {
            return nil
        }
        while let token = context.token(at: current), token.isWord, context.tag(at: current).hasPrefix("JJ") {
            current += 1
        }
        var end: Int?
        while let token = context.token(at: current), token.isWord, Self.nounTags.contains(context.tag(at: current)) {
            end = current
            current += 1
        }
        return end
    }

    /// Whether the clause ends after the token at `index`: punctuation, the end of the text,
    /// a word that starts another clause, or a stranded preposition before one of those
    /// ("what the weather is like", "where he is from").
    private func endsClause(after index: Int, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: index + 1) else { return true }
        if !next.isWord { return next.endsClause }
        if Self.clauseEnds.contains(next) { return true }
        guard ["like", "from", "about"].contains(next.lower) else { return false }
        guard let after = context.token(at: index + 2) else { return true }
        return after.isWord ? Self.clauseEnds.contains(after) : after.endsClause
    }
}
