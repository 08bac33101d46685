// "this things" → "these things" (determiner.this-these).

import TutorCore

/// "this things" → "these things", "that books" → "those books", "this two activities" →
/// "these two activities", "this new questions" → "these new questions": the demonstrative
/// agrees with the plural noun its phrase ends in. Between them may stand a number above one
/// and up to two adjectives. A noun that is also a verb ("questions", "plans") counts only
/// where the tagger reads it as a plural noun ("this plans to" is a verb too), and the noun
/// must end its phrase ("this sports club" is one club), and its singular must be counted
/// ("this informations" is left to the plural rules). "That" is read only where it cannot
/// join a clause: at the start, after punctuation, or after a preposition ("in that places");
/// not "so that students can", "the book that students like", "I think, that girls".
struct DemonstrativeNumberMatcher: Matcher {
    let lists: WordLists
    var triggerWords: Set<String>? { ["this", "that"] }

    /// Words after which "that" is a determiner, not a conjunction or a relative pronoun.
    private static let determinerThatAfter: WordSet = [
        "in", "on", "at", "of", "for", "with", "from", "about", "during", "all", "like", "into",
    ]
    /// Nouns of two parts, plural for one thing ("these jeans are", "those glasses"), which
    /// have no singular of their own for the lexicon to pair them with.
    private static let pairNouns: WordSet = [
        "jeans", "pants", "trousers", "shorts", "leggings", "pajamas", "pyjamas", "scissors", "sunglasses",
    ]
    /// The most adjectives read between the demonstrative and the noun.
    private static let maximumAdjectives = 2

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for word in context.tokens where word.lower == "this" || word.lower == "that" {
            guard isDeterminer(word, in: context), let noun = pluralHead(after: word, in: context) else { continue }
            matches.append(context.replacement(of: word, with: word.lower == "this" ? "these" : "those"))
            if let verb = singularVerb(after: noun, of: word, in: context) { matches.append(verb) }
        }
        return matches
    }

    /// The singular verb right after the phrase, put in the plural with it: "this jeans is" →
    /// "these jeans are" in one pass, not "these jeans is" (agreement.subject-head explains it,
    /// as it does "these jeans is"). Only a form of be, have or do that needs no reading.
    private static let toPlural: [String: String] = [
        "is": "are", "was": "were", "has": "have", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
        "doesn't": "don't",
    ]

    private func singularVerb(after noun: Token, of demonstrative: Token, in context: AnalysisContext) -> Match? {
        // The phrase is the verb's subject only where it opens its clause ("I think this jeans
        // is"), not after a preposition ("The reason for this two activities is").
        guard
            context.startsClause(demonstrative.index)
                || context.token(at: demonstrative.index - 1).map({ lists["opinion-verbs"].contains($0) }) ?? false,
            let verb = context.token(at: noun.index + 1), let plural = Self.toPlural[verb.lower],
            !context.sentence(containing: verb.index).contains(where: { $0.text == "?" })
        else { return nil }
        var match = context.replacement(of: verb, with: plural)
        match.explainedBy = "agreement.subject-head"
        if Self.pairNouns.contains(noun) { match.message = SubjectHeadAgreementMatcher.pluralOnlyMessage(noun.lower) }
        return match
    }

    /// No determiner before it ("during the this years"); "that" only at the start, after
    /// punctuation other than a comma ("I think, that ..." joins a clause), or after a
    /// preposition or "all".
    private func isDeterminer(_ word: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: word.index - 1) else { return true }
        if previous.isWord, FunctionWords.determiners.contains(previous) { return false }
        guard word.lower == "that" else { return true }
        guard previous.isWord else { return previous.text != "," }
        return Self.determinerThatAfter.contains(previous)
    }

    /// The plural noun that ends the demonstrative's phrase, after at most a number above one
    /// and two adjectives; nil when the phrase ends otherwise.
    private func pluralHead(after word: Token, in context: AnalysisContext) -> Token? {
        var index = word.index + 1
        if let count = context.token(at: index), isNumberAboveOne(count) { index += 1 }
        var adjectives = 0
        while let adjective = context.token(at: index), adjectives < Self.maximumAdjectives,
            isPlainAdjective(adjective, in: context)
        {
            index += 1
            adjectives += 1
        }
        guard let noun = context.token(at: index), noun.isWord, !noun.isCapitalized,
            !lists["function-words"].contains(noun),
            Self.pairNouns.contains(noun)
                || context.lexicon.clearPlural(noun.lower).map({ !isMass($0.singular, in: context) }) ?? false,
            endsPhrase(noun, in: context)
        else { return nil }
        // "questions", "plans": a verb form too, so the tagger decides ("this plans to fail").
        if !context.lexicon.verbReadings(of: noun).isEmpty || index > word.index + 1 {
            guard context.tag(at: noun.index) == "NNS" else { return nil }
        }
        return noun
    }

    /// A noun mostly not counted, whose plural the learner may have meant as the singular
    /// ("this informations" → "this information", "at that times" → "at that time").
    private func isMass(_ singular: String, in context: AnalysisContext) -> Bool {
        lists["mass-nouns"].contains(singular) || MassNoun.isMass(singular, lexicon: context.lexicon)
            || singular == "time"
    }

    /// "two", "20": a number of more than one.
    private func isNumberAboveOne(_ token: Token) -> Bool {
        if token.kind == .number { return (Int(token.text) ?? 0) > 1 }
        return token.isWord && FunctionWords.numberWords[token] != nil
    }

    /// An adjective that is not mainly a noun or a function word ("new", "bad"; not "kind").
    private func isPlainAdjective(_ token: Token, in context: AnalysisContext) -> Bool {
        token.isWord && !token.isCapitalized && context.lexicon.isAdjective(token)
            && !context.lexicon.isMainlyNoun(token) && !FunctionWords.determiners.contains(token)
            && !lists["function-words"].contains(token)
    }

    /// Nothing after the noun continues the phrase: no possessive, no noun of a compound.
    private func endsPhrase(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if next.text == "'" || next.text == "'s" || next.text == "-" { return false }
        guard next.isWord, context.continuesCompound(next, lists: lists) else { return true }
        return !context.tag(at: next.index).hasPrefix("NN")
    }
}
