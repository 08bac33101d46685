// Noun number fixed by the phrase around the noun: "one of my friend" → "friends",
// "every students" → "student", "a lot of problem" → "problems".

import TutorCore

/// A countable noun in the singular that the phrase before it needs in the plural: "one of
/// the/my (best) friend" → "friends"; after "a lot of" / "lots of" only nouns people mostly
/// count ("a lot of problem", but "a lot of time" and "a lot of work" stay).
struct PluralAfterPhraseMatcher: Matcher {
    let lists: WordLists

    enum Phrase: String, Sendable { case oneOf = "one-of", aLotOf = "a-lot-of" }
    let phrase: Phrase

    /// How much rarer (Zipf × 100) a noun's plural may be than its singular for "a lot of" to
    /// want the plural: a third as common ("friends", "problems"; not "times", "works").
    static let countedNounGap = 50

    var triggerWords: Set<String>? { phrase == .oneOf ? ["one"] : ["lot", "lots"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard let start = nounPhraseStart(after: token, in: context), let noun = headNoun(from: start, in: context),
                let plural = context.lexicon.countedPlural(of: noun.lower), !lists["quantity-nouns"].contains(noun.lower)
            else { return nil }
            if phrase == .aLotOf,
                context.lexicon.usage(of: plural) < context.lexicon.usage(of: noun.lower) - Self.countedNounGap { return nil }
            return context.replacement(of: noun, with: plural)
        }
    }

    /// Where the noun phrase starts: after "one of the/my/these", or after "a lot of" / "lots of".
    private func nounPhraseStart(after token: Token, in context: AnalysisContext) -> Int? {
        let word = { (offset: Int) in context.token(at: token.index + offset)?.lower }
        switch phrase {
        case .oneOf:
            guard token.lower == "one", word(1) == "of", let determiner = word(2),
                ["the", "these", "those"].contains(determiner) || FunctionWords.possessives.contains(determiner)
            else { return nil }
            return token.index + 3
        case .aLotOf:
            if token.lower == "lot", word(-1) == "a", word(1) == "of" { return token.index + 2 }
            if token.lower == "lots", word(1) == "of" { return token.index + 2 }
            return nil
        }
    }

    /// The noun the phrase ends in, after any adjectives ("best", "most beautiful"), when it
    /// ends there: not "one of my friend's", "one of the bus stops".
    private func headNoun(from index: Int, in context: AnalysisContext) -> Token? {
        var index = index
        while let token = context.token(at: index), token.isWord, !token.isCapitalized,
            token.lower == "most" || token.lower == "more" || context.lexicon.isSuperlative(token.lower) || context.lexicon.isComparative(token.lower)
                || (context.lexicon.isAdjective(token.lower) && !context.lexicon.isMainlyNoun(token.lower))
        {
            index += 1
        }
        guard let noun = context.token(at: index), noun.isWord, !noun.isCapitalized else { return nil }
        if let next = context.token(at: index + 1) {
            if next.text == "'s" || next.text == "'" || next.text == "-" { return nil }
            if next.isWord, context.continuesCompound(next, lists: lists) { return nil }
        }
        return noun
    }
}

/// "every students" → "every student", "each countries" → "each country".
struct SingularAfterEveryMatcher: Matcher {
    var triggerWords: Set<String>? { ["every", "each"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.lower == "every" || token.lower == "each", let noun = context.token(at: token.index + 1), noun.isWord,
                !noun.isCapitalized, let entry = context.lexicon.clearPlural(noun.lower)
            else { return nil }
            // "each others" is "each other"'s plural slip, and belongs to another rule.
            if entry.singular == "other" { return nil }
            if let next = context.token(at: noun.index + 1), next.text == "'" { return nil }
            return context.replacement(of: noun, with: entry.singular)
        }
    }
}

/// "this things" → "these things", "that books" → "those books": the demonstrative agrees
/// with its noun.
struct DemonstrativeNumberMatcher: Matcher {
    var triggerWords: Set<String>? { ["this", "that"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "this" || word.lower == "that", let noun = context.token(at: word.index + 1), noun.isWord, !noun.isCapitalized,
                context.lexicon.clearPlural(noun.lower) != nil, context.lexicon.verbReadings(of: noun.lower).isEmpty
            else { return nil }
            // "so that students can", "the book that students like": "that" joins a clause.
            if word.lower == "that", let previous = context.token(at: word.index - 1), previous.isWord { return nil }
            if let next = context.token(at: noun.index + 1), next.text == "'" || next.text == "'s" { return nil }
            return context.replacement(of: word, with: word.lower == "this" ? "these" : "those")
        }
    }
}

/// "people is" → "people are", "children has" → "children have": nouns that are plural
/// without an -s, where they are the head of the subject. Not "The relation between parents
/// and children is ...", "one of the people is", nor "He loves children is ...": after a
/// preposition, "and" or a verb, the noun is not what the verb agrees with.
struct PluralSubjectAgreementMatcher: Matcher {
    private static let subjects: WordSet = ["people", "children", "men", "women"]
    private static let plural: [String: String] = ["is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"]

    var triggerWords: Set<String>? { Set(Self.subjects) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { subject -> Match? in
            guard Self.subjects.contains(subject.lower), let verb = context.token(at: subject.index + 1),
                let replacement = Self.plural[verb.lower]
            else { return nil }
            guard startsSubject(subject, in: context) else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    /// Words that may stand before the noun in its own subject ("The young children", "Most
    /// Korean people").
    private static let modifiers: WordSet = [
        "the", "these", "those", "many", "most", "some", "all", "few", "several", "other", "such", "our", "my", "your", "their",
        "his", "her", "its", "both", "young", "old", "older", "elderly", "local", "korean", "foreign", "rich", "poor",
    ]

    /// Whether the noun heads the subject of its clause: the noun phrase it ends (the noun
    /// and the determiners and adjectives before it) starts a clause, and not after "and" or "or".
    private func startsSubject(_ noun: Token, in context: AnalysisContext) -> Bool {
        var first = noun.index
        while let previous = context.token(at: first - 1), previous.isWord,
            Self.modifiers.contains(previous.lower) || context.lexicon.isAdjective(previous.lower) && !context.lexicon.isVerbBase(previous.lower)
        {
            first -= 1
        }
        guard let previous = context.token(at: first - 1) else { return true }
        if ["and", "or", "nor", "&", "of"].contains(previous.lower) { return false }
        return context.startsClause(first) || Self.clauseTakingVerbs.contains(previous.lower)
    }

    /// Verbs followed by a clause without "that": "I think people is ..." still has
    /// "people" as its subject.
    private static let clauseTakingVerbs: WordSet = [
        "think", "thought", "believe", "believed", "know", "knew", "feel", "felt", "say", "said", "guess", "hope", "mean", "heard", "realized", "realised",
    ]
}
