// Noun rules: number after a quantity, and nouns that have no plural.

import TutorCore

/// "two book" → "two books", "many friend" → "many friends"; "many stress" → "a lot of
/// stress", as a noun people do not count has no plural to give.
struct NounNumberMatcher: Matcher {
    let lists: WordLists
    private let quantifiers: WordSet
    private let quantityNouns: WordSet
    private let functionWords: WordSet
    private let massNouns: WordSet

    init(lists: WordLists) {
        self.lists = lists
        quantifiers = lists["plural-quantifiers"]
        quantityNouns = lists["quantity-nouns"]
        functionWords = lists["function-words"]
        massNouns = lists["mass-nouns"]
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for quantity in context.tokens where isPluralQuantity(quantity, in: context) {
            guard let noun = context.token(at: quantity.index + 1), noun.isWord, !noun.isCapitalized, !functionWords.contains(noun.lower) else { continue }
            // "so many kind of drinks" → "kinds of": a number or "many" counts the kinds.
            if let match = kindsOf(noun, after: quantity, in: context) {
                matches.append(match)
                continue
            }
            if quantityNouns.contains(noun.lower) { continue }
            // "two bus stops", "three year old": the noun modifies what follows.
            if let next = context.token(at: noun.index + 1), next.isWord,
                context.continuesCompound(next, lists: lists) || next.lower == "old" || next.lower == "of" && quantity.lower == "these"
            { continue }
            if let next = context.token(at: noun.index + 1), next.text == "-" || next.text == "'s" { continue }
            // A noun people do not count has no plural: "many stress" → "a lot of stress".
            let isListedMass = massNouns.contains(noun.lower) || context.lexicon.isUncountable(noun.lower)
            if quantity.lower == "many", isListedMass || MassNoun.isMass(noun.lower, lexicon: context.lexicon) {
                if let match = MassNoun.aLotOf(replacing: quantity, through: noun, noun: noun.lower, in: context) { matches.append(match) }
                continue
            }
            // After a number or "several", a listed one has no sure correction; one that is only
            // mostly uncountable by the word-pair table has a plural that is right often enough
            // ("those energies", "two coffees").
            if isListedMass { continue }
            guard let plural = context.lexicon.countedPlural(of: noun.lower),
                !context.lexicon.isVerbBase(noun.lower) || context.lexicon.nounUse(of: noun.lower) > 2 * (context.lexicon.verb(noun.lower)?.frequency ?? 0),
                // A plural nobody writes ("nows", "pms") means the word is no counted noun here.
                context.lexicon.usage(of: plural) > 0
            else { continue }
            matches.append(context.replacement(of: noun, with: plural))
        }
        return matches
    }

    /// The words that name a variety and take "of" ("two kinds of tea").
    private static let varietyNouns: WordSet = ["kind", "sort", "type"]
    /// Quantities that count varieties in the plural: "these kind of things" is common
    /// enough in speech to be left alone.
    private static let notCountingVarieties: WordSet = ["these", "those"]

    /// "many kind of drinks" → "many kinds of drinks", "three type of" → "types".
    private func kindsOf(_ noun: Token, after quantity: Token, in context: AnalysisContext) -> Match? {
        guard Self.varietyNouns.contains(noun.lower), context.token(at: noun.index + 1)?.lower == "of",
            !Self.notCountingVarieties.contains(quantity.lower), let entry = context.lexicon.noun(singular: noun.lower)
        else { return nil }
        return context.replacement(of: noun, with: entry.plural)
    }

    private func isPluralQuantity(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord || token.kind == .number else { return false }
        if let value = FunctionWords.numberWords[token.lower] {
            // "two hundred", "one of the three": only the last number word counts.
            if let next = context.token(at: token.index + 1), FunctionWords.numberWords[next.lower] != nil { return false }
            if let previous = context.token(at: token.index - 1), ["a", "one", "per"].contains(previous.lower), value >= 100 { return true }
            return true
        }
        if token.kind == .number, let value = Int(token.text), value >= 2, value < 1900 {
            // "a £20 ticket": a price before a noun describes it.
            if let previous = context.token(at: token.index - 1), ["£", "$", "€", "₩", "¥"].contains(previous.text) { return false }
            // "2 pm", "10 o'clock", "5 star": digits are often part of a name or unit.
            return context.token(at: token.index - 1).map { !["at", "page", "room", "number", "no", "chapter", "gate", "line", "bus"].contains($0.lower) } ?? true
        }
        return quantifiers.contains(token.lower)
    }
}

/// Nouns people do not count ("advice", "stress"), and the one safe correction of "many"
/// before one: "a lot of".
enum MassNoun {
    /// Whether learners' English treats the noun as uncountable (besides the nouns of
    /// wordlists/mass-nouns.txt): it is on the uncountable list, or the word-pair table knows "much" before it but not "many" before its plural
    /// ("much stress", never "many stresses"; but "many times" as well as "much time").
    static func isMass(_ noun: String, lexicon: Lexicon) -> Bool {
        if lexicon.isUncountable(noun) { return true }
        guard let plural = lexicon.noun(singular: noun)?.plural, plural != noun, lexicon.isMainlyNoun(noun),
            lexicon.ngrams.count("much", noun) != nil
        else { return false }
        return lexicon.ngrams.count("many", plural) == nil
    }

    /// "many stress" → "a lot of stress": only for "many", and not where "many" is part of a
    /// longer phrase ("how many", "so many", "too many", "as many") that "a lot of" cannot take.
    /// After "there are" the verb goes with it: "There are many traffic" → "There is a lot of
    /// traffic".
    static func aLotOf(replacing many: Token, through last: Token, noun: String, in context: AnalysisContext) -> Match? {
        guard many.lower == "many" else { return nil }
        if let previous = context.token(at: many.index - 1), previous.isWord, notBeforeALotOf.contains(previous.lower) { return nil }
        var first = many
        var phrase = "a lot of " + noun
        if let verb = context.token(at: many.index - 1), let singular = ["are": "is", "were": "was"][verb.lower],
            context.token(at: many.index - 2)?.lower == "there"
        {
            first = verb
            phrase = singular + " " + phrase
        }
        return Match(span: context.span(from: first, to: last), suggestions: [first.isCapitalized ? phrase.capitalizedFirst : phrase])
    }

    /// Words that make "many" part of a phrase "a lot of" cannot replace.
    private static let notBeforeALotOf: WordSet = ["how", "so", "too", "as", "very", "that", "this", "the", "a", "great", "good"]
}

/// "informations" → "information", "many advices" → "a lot of advice".
struct UncountablePluralMatcher: Matcher {
    /// Every word `singular(of:)` can answer for: the lexicon's plurals of uncountable nouns,
    /// and each uncountable noun with "s", or a letter and "s", added ("advices", "advicees").
    let triggerWords: Set<String>?

    init(lexicon: Lexicon) {
        var words = Set(lexicon.nounsByPlural.entries.filter { lexicon.isUncountable($0.1.singular) }.map(\.0))
        for noun in lexicon.uncountable {
            words.insert(noun + "s")
            for letter in "abcdefghijklmnopqrstuvwxyz" { words.insert(noun + String(letter) + "s") }
        }
        triggerWords = words
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for token in context.tokens where token.isWord {
            guard let singular = singular(of: token.lower, in: context) else { continue }
            let previous = context.token(at: token.index - 1)
            // "he researches": a verb after a subject, not a noun; "e-mails": part of a compound.
            if let previous, FunctionWords.subjectPronouns.contains(previous.lower) || previous.text == "-" { continue }
            let replacement = token.isCapitalized ? singular.capitalizedFirst : singular
            if let previous, ["many", "several", "few"].contains(previous.lower) || FunctionWords.numberWords[previous.lower] != nil {
                if let match = MassNoun.aLotOf(replacing: previous, through: token, noun: singular, in: context) { matches.append(match) }
                continue
            }
            if let previous, ["a", "an"].contains(previous.lower) { continue }
            matches.append(Match(span: token.span, suggestions: [replacement]))
        }
        return matches
    }

    private func singular(of word: String, in context: AnalysisContext) -> String? {
        guard word.hasSuffix("s") else { return nil }
        if let entry = context.lexicon.noun(plural: word), context.lexicon.isUncountable(entry.singular) { return entry.singular }
        for candidate in [String(word.dropLast()), String(word.dropLast(2))] where context.lexicon.isUncountable(candidate) {
            return candidate
        }
        return nil
    }
}

/// "an advice" → "advice", "a homework" → "homework", "a useful information" → "useful
/// information": the article's noun is found past the adjectives before it.
struct UncountableArticleMatcher: Matcher {
    let lists: WordLists

    /// Words after "a" that make a quantity of an uncountable noun ("a little money"), so the
    /// article belongs there.
    private static let quantityWords: WordSet = ["little", "few"]
    /// Words that may stand between the article and an adjective ("a very useful advice").
    private static let intensifiers: WordSet = ["very", "really", "quite", "so", "extremely", "truly", "rather", "pretty"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard let noun = headNoun(after: article, in: context) else { continue }
            guard context.lexicon.isUncountable(noun.lower), !lists["uncountable-with-article"].contains(noun.lower) else { continue }
            if let next = context.token(at: noun.index + 1), next.isWord, context.continuesCompound(next, lists: lists) { continue }
            if let deletion = context.deletion(of: article, anchoredToNext: true) { matches.append(deletion) }
        }
        return matches
    }

    /// The first word after the article that is no intensifier and no adjective, or nil when
    /// a word on the way makes the article right ("a little", "a great deal") or ends the phrase.
    private func headNoun(after article: Token, in context: AnalysisContext) -> Token? {
        var index = article.index + 1
        while let token = context.token(at: index), token.isWord {
            if Self.quantityWords.contains(token.lower) { return nil }
            let isModifier = Self.intensifiers.contains(token.lower)
                || (context.lexicon.isAdjective(token.lower) && !context.lexicon.isUncountable(token.lower))
            guard isModifier, index - article.index < 4, let next = context.token(at: index + 1), next.isWord else { return token }
            index += 1
        }
        return nil
    }
}
