// "The children who lives next door" → "live" (agreement.relative-clause).

import TutorCore

/// The verb right after "who", "which" or "that" agrees with the noun the clause describes,
/// the noun right before the pronoun: "the children who lives" → "live", "a brother who live
/// in Italy" → "lives", "the shoes which was on sale" → "were", "someone who have" → "has".
///
/// Left alone: ", which" (it may stand for the whole clause before it: "We missed the bus,
/// which was a pity"); a noun after a preposition ("one of the people who", "the price of the
/// tickets which": the clause may describe either noun); names, numbers, group and quantity
/// nouns ("my family, who are"); a singular noun with no determiner that makes it one thing;
/// a bare verb in a sentence told in the past, where the learner may have meant the past
/// ("I met a man who live" → "lived"), or after a subjunctive trigger.
struct RelativeClauseAgreementMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { ["who", "which", "that"] }
    private static let pronouns: WordSet = ["who", "which", "that"]

    private static let toPlural: WordMap<String> = [
        "is": "are", "was": "were", "has": "have", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
        "doesn't": "don't",
    ]
    private static let toSingular: WordMap<String> = [
        "are": "is", "were": "was", "have": "has", "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't",
        "don't": "doesn't",
    ]
    private static let indefinitePronouns: WordSet = [
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one",
    ]
    /// Determiners that make a singular noun one thing ("a friend who", "my brother who").
    private static let singularDeterminers: WordSet = [
        "a", "an", "the", "this", "that", "every", "each", "another", "one", "my", "your", "his", "her", "its", "our",
        "their",
    ]
    private static let pluralBlockers: WordSet = ["a", "an", "every", "each", "this", "that", "one", "another", "all"]

    private enum Number { case singular, plural }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for pronoun in context.tokens where pronoun.isWord && Self.pronouns.contains(pronoun) {
            // The words first: a noun before, a verb after that could disagree with it.
            guard let noun = context.token(at: pronoun.index - 1), noun.isWord, !noun.isCapitalized,
                let verb = context.token(at: pronoun.index + 1), verb.isWord, !verb.isCapitalized,
                let number = numberByWord(noun, in: context),
                let replacement = agreeingForm(of: verb, with: number, in: context)
            else { continue }
            // "that is why", "that's because": "that" stands for what was said, not the noun.
            if pronoun.lower == "that",
                ["why", "because", "how"].contains(context.token(at: verb.index + 1)?.lower ?? "")
            {
                continue
            }
            // "private lessons which is a good job": without its comma, "which" may stand for
            // the whole clause when a noun phrase follows "is".
            if pronoun.lower == "which", number == .plural, ["is", "was"].contains(verb),
                ["a", "an", "one", "the", "what"].contains(context.token(at: verb.index + 1)?.lower ?? "")
            {
                continue
            }
            let sentence = context.sentence(containing: pronoun.index)
            if number == .singular, replacement.isBareVerbChange || verb.lower == "were",
                sentence.contains(where: { lists["subjunctive-triggers"].contains($0.lower) || $0.lower == "if" })
            {
                continue
            }
            if replacement.isBareVerbChange, PastTimeMatcher.hasPastMarker(sentence, lists: lists) { continue }
            // Then the tags: the noun heads its phrase, which no preposition opens, and the
            // verb is a finite verb.
            guard nounTagAgrees(context.tag(at: noun.index), with: number),
                let phrase = context.nounPhrase(headedBy: noun.index),
                !["IN", "TO"].contains(context.tag(at: phrase.start - 1)),
                phraseKeeps(number, phrase: phrase, noun: noun, in: context),
                context.tag(at: verb.index).hasPrefix("VB") || context.tag(at: verb.index) == "MD"
            else { continue }
            if replacement.isBareVerbChange {
                guard ["VBP", "VB"].contains(context.tag(at: verb.index)),
                    !sentence.contains(where: { context.tag(at: $0.index) == "VBD" })
                else { continue }
            }
            if replacement.needsThirdPersonTag, context.tag(at: verb.index) != "VBZ" { continue }
            matches.append(context.replacement(of: verb, with: replacement.word))
        }
        return matches
    }

    /// The number of the noun by its word alone: a plural (`PluralNoun`), or a singular noun with a plural of
    /// its own (or one people do not count: "the information which are"), or an indefinite
    /// pronoun; nil for group and quantity nouns and plural-looking names of one thing.
    private func numberByWord(_ noun: Token, in context: AnalysisContext) -> Number? {
        let word = noun.lower
        if Self.indefinitePronouns.contains(word) { return .singular }
        let singular = context.lexicon.noun(plural: word)?.singular ?? word
        if lists["collective-nouns"].contains(word) || lists["quantity-nouns"].contains(word)
            || lists["collective-nouns"].contains(singular) || lists["quantity-nouns"].contains(singular)
            || PossessivePluralAgreementMatcher.singularInMeaning.contains(word)
        {
            return nil
        }
        // "the people who has", "the discounts which was": the tags must then read a plural noun.
        if PluralNoun.isPlural(word, lexicon: context.lexicon) { return .plural }
        if let entry = context.lexicon.noun(singular: word), entry.plural != word,
            context.lexicon.noun(plural: word) == nil, context.lexicon.isMainlyNoun(word)
        {
            return .singular
        }
        return nil
    }

    private func nounTagAgrees(_ tag: String, with number: Number) -> Bool {
        switch number {
        case .plural: tag == "NNS"
        case .singular: tag == "NN"
        }
    }

    /// Whether the rest of the phrase keeps the noun's number: no word that makes a plural one
    /// thing or a number ("every friends who", "two hours which"), and for a singular noun a
    /// determiner that makes it one ("a friend who"; not "teacher who", where the noun may be
    /// what is wrong).
    private func phraseKeeps(_ number: Number, phrase: NounPhrase, noun: Token, in context: AnalysisContext)
        -> Bool
    {
        let before = (phrase.start..<noun.index).compactMap { context.token(at: $0) }
        if before.contains(where: { context.tag(at: $0.index) == "CD" || $0.kind == .number }) { return false }
        switch number {
        case .plural:
            return !before.contains { Self.pluralBlockers.contains($0.lower) }
        case .singular:
            if Self.indefinitePronouns.contains(noun) { return before.isEmpty }
            guard let determiner = before.first, Self.singularDeterminers.contains(determiner) else {
                return false
            }
            return !before.contains { context.tag(at: $0.index) == "NNS" }
        }
    }

    /// The verb form that agrees, and what it asks of the tags.
    private struct Replacement {
        var word: String
        /// A bare verb given its -s ("live" → "lives"): asked only outside past stories.
        var isBareVerbChange = false
        /// An -s verb given its base ("lives" → "live"): the tagger must read it as a verb.
        var needsThirdPersonTag = false
    }

    private func agreeingForm(of verb: Token, with number: Number, in context: AnalysisContext) -> Replacement? {
        let word = verb.lower
        switch number {
        case .plural:
            if let plural = Self.toPlural[word] { return Replacement(word: plural) }
            if word == "does", ["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? "") {
                return Replacement(word: "do")
            }
            let readings = context.lexicon.verbReadings(of: word)
            guard !readings.isEmpty, readings.allSatisfy({ $0.kind == .thirdPerson }),
                let base = context.lexicon.base(ofForm: word, kind: .thirdPerson)
            else { return nil }
            return Replacement(word: base, needsThirdPersonTag: true)
        case .singular:
            if let singular = Self.toSingular[word] { return Replacement(word: singular) }
            if word == "do", ["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? "") {
                return Replacement(word: "does")
            }
            guard !FunctionWords.beForms.contains(word), !FunctionWords.modals.contains(word),
                !FunctionWords.doForms.contains(word), let forms = context.lexicon.verb(word),
                forms.thirdPerson != word, forms.frequency >= 5,
                context.lexicon.base(ofForm: word, kind: .past) == nil,
                context.lexicon.nounUse(of: word) * 2 <= forms.frequency
            else { return nil }
            return Replacement(word: forms.thirdPerson, isBareVerbChange: true)
        }
    }
}
